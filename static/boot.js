// Loads the WebAssembly app. Kept in its own file because the Content-Security-Policy
// allows no inline script.
import init from '../claimlens.js';

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
