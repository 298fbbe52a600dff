// Registers the service worker that keeps the site readable offline (src/offline/service-worker.js),
// from the pages that import this module. Its scope is the site's base, so the site works the same
// at / and under a sub-path; once it is installed, every page of the lessons works offline.
import { joinBase } from '../lib/paths.ts';

const base = joinBase(import.meta.env.BASE_URL, '');

// Not from an embed (src/layouts/EmbedLayout.astro): a course page framing the timeline must not
// make every student's browser save the whole site in the background.
const embedded = document.documentElement.classList.contains('embed');

if ('serviceWorker' in navigator && !embedded) {
  if (import.meta.env.DEV) {
    // The development server has no sw.js; a worker left by a built copy on the same port would serve stale pages.
    void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
  } else {
    // After the page has loaded: saving the site must not compete with showing it.
    const register = () =>
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
        // Without a worker the site still works online; there is nothing to tell the reader.
      });
    if (document.readyState === 'complete') void register();
    else globalThis.addEventListener('load', () => void register(), { once: true });
  }
}
