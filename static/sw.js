// Claimlens service worker: keeps the app's own files so it opens and works offline after
// the first visit. The build replaces __VERSION__ with a hash of the app's files, so a new
// release installs a new cache and removes the old one. Documents never pass through here:
// they live in the page's storage and in link fragments, which are never requested.
const CACHE = 'claimlens-__VERSION__';
const FILES = ['./', 'index.html', 'claimlens.js', 'claimlens_bg.wasm', 'static/style.css', 'static/boot.js',
  'static/icon.svg', 'static/icon-192.png', 'static/icon-512.png', 'static/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('claimlens-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first. The cache holds one release, fetched whole at install, so its files always
// match one another; refreshing them one by one from the network could mix two releases
// (a new claimlens.js beside an old wasm) and would fetch the 0.9 MB module on every visit.
// A new release comes with a new sw.js, which the browser checks for on each visit.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const key = req.mode === 'navigate' ? 'index.html' : req;
      return (await cache.match(key, { ignoreSearch: true })) || fetch(req);
    }),
  );
});
