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

// The page as the app drew it when this tab or another was last hidden (src/ui/storage.rs,
// DRAWN_KEY), shown while the module loads when it is the saved version of the document the
// app is about to open: the same tab's document, else the one opened last, at the same stamp.
// The app's own drawing replaces it as soon as the module is up (a few hundred ms for a long
// article); a shared link opens something else, so then nothing is shown early.
function showDrawn() {
  try {
    const kept = localStorage.getItem('claimlens:v1:drawn');
    if (!kept || location.hash.startsWith('#share=')) return;
    const line = kept.indexOf('\n');
    const [id, stamp] = kept.slice(0, line).split(' ');
    const list = JSON.parse(localStorage.getItem('claimlens:v1:library'));
    const tab = sessionStorage.getItem('claimlens:v1:tab-open');
    const open = list.some((e) => e.id === tab) ? tab : localStorage.getItem('claimlens:v1:open');
    if (open === id && list.some((e) => e.id === id && e.stamp === stamp)) {
      const app = document.getElementById('app');
      app.innerHTML = kept.slice(line + 1);
      // To be read, not used: a click or a selection made on it would be lost when the app
      // takes its place, so it takes none (the app replaces the element, and so this too).
      for (const el of app.children) el.inert = true;
      // Keys pressed meanwhile (J to the first sentence, as soon as the text shows) are not
      // lost: they are handed to the app once it listens for them (it says so by an event;
      // the end of init() can come before, on a busy machine).
      const early = [];
      const keep = (e) => early.push(e);
      addEventListener('keydown', keep, true);
      addEventListener('claimlens:keys', () => {
        removeEventListener('keydown', keep, true);
        for (const e of early) document.body.dispatchEvent(new KeyboardEvent('keydown', e));
      }, { once: true });
    }
  } catch {
    // Storage switched off or a malformed list: the app starts as it would without the copy.
  }
}

showDrawn();
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
