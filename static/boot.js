// Loads the WebAssembly app. Kept in its own file because the Content-Security-Policy
// allows no inline script.
import init from '../claimlens.js';

// Offline after the first visit. A failure here only means no offline copy.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((err) => console.warn('Claimlens works online only:', err));
}

init().catch((err) => {
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
