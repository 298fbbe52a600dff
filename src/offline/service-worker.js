// The site's service worker: it keeps every page a lesson needs readable with no network.
// src/integrations/offline.ts writes it into the build as /sw.js (under the base), filling in the
// version, the list of addresses to save at install, and the offline page.
//
// - Saved at install (precache): served from the cache first, so a slide, an event page or the
//   timeline opens at once and whatever the Wi-Fi does. A new build changes VERSION, the browser
//   installs the new worker, and the old caches are deleted.
// - Everything else: from the network, kept in a second cache as it goes, and served from
//   there when the network fails (or takes more than NETWORK_TIMEOUT_MS and a copy exists).

const VERSION = '__VERSION__';
const PRECACHE_URLS = ['__PRECACHE__'];
const OFFLINE_URL = '__OFFLINE__';

const PREFIX = 'nea-timeline-';
const PRECACHE = `${PREFIX}precache-${VERSION}`;
const RUNTIME = `${PREFIX}runtime-${VERSION}`;
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(PRECACHE)
      .then((cache) => cache.addAll(PRECACHE_URLS.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== PRECACHE && key !== RUNTIME).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(new URL(self.registration.scope).pathname)) return;
  event.respondWith(respond(request));
});

/** A precached copy (whatever the query string: ?event=… picks a slide in the page itself), or the network. */
async function respond(request) {
  const cached = await caches.match(request, { cacheName: PRECACHE, ignoreSearch: true });
  if (cached) return cached;
  return fromNetwork(request);
}

async function fromNetwork(request) {
  const runtime = await caches.open(RUNTIME);
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') runtime.put(request, response.clone());
    return response;
  });
  const saved = () => runtime.match(request, { ignoreSearch: request.mode === 'navigate' });
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, 'slow'));
  try {
    const first = await Promise.race([network, slow]);
    if (first !== 'slow') return first;
    return (await saved()) ?? (await network);
  } catch (error) {
    const copy = await saved();
    if (copy) return copy;
    if (request.mode === 'navigate') {
      const offline = await caches.match(OFFLINE_URL, { cacheName: PRECACHE });
      if (offline) return offline;
    }
    throw error;
  }
}
