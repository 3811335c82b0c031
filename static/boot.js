// Loads the WebAssembly app. Kept in its own file because the Content-Security-Policy
// allows no inline script.
import init from '../claimlens.js';

// Offline after the first visit. Registered once the app is up and the page idle: installing
// fetches every file of the app again, which on a first visit would compete with the app's
// own start (about 40 ms of a first render on two cores). A failure only means no offline copy.
function registerOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((err) => console.warn('Claimlens works online only:', err));
}
function whenIdle(f) {
  if ('requestIdleCallback' in window) requestIdleCallback(f, { timeout: 3000 });
  else setTimeout(f, 1000);
}

init().then(() => whenIdle(registerOffline), (err) => {
  const app = document.getElementById('app');
  if (app) {
    app.textContent = '';
    const p = document.createElement('p');
    p.className = 'loading';
    p.textContent = 'Claimlens could not start in this browser (' + err + '). It needs WebAssembly.';
    app.appendChild(p);
  }
  console.error(err);
});
