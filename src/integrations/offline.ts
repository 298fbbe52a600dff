import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUrl, PRECACHE_BUDGET_BYTES, renderServiceWorker, selectPrecache } from '../lib/offline/precache.ts';

/** Every file below a directory, as '/'-separated paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Offline reading: after the build, writes sw.js at the root of the base with the list of built
 * files to precache and a version made from their contents (Workbox's "injectManifest" works
 * the same way). Pages that already run a script register it (src/scripts/offline.ts): the
 * classroom pages do; event pages stay free of scripts.
 */
export function offline(): AstroIntegration {
  let root: URL;
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { files, leftOut } = selectPrecache(listFiles(out), (file) => statSync(join(out, file)).size);
        const hash = createHash('sha256');
        let bytes = 0;
        for (const file of files) {
          const content = readFileSync(join(out, file));
          bytes += content.length;
          hash.update(`${file}\0`).update(content);
        }
        const template = readFileSync(new URL('./src/offline/service-worker.js', root), 'utf8');
        const worker = renderServiceWorker(template, {
          version: hash.digest('hex').slice(0, 16),
          urls: files.map((file) => fileUrl(file, base)),
          offlineUrl: fileUrl('offline/index.html', base),
        });
        writeFileSync(join(out, 'sw.js'), worker);
        logger.info(`service worker: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) saved for offline use`);
        for (const group of leftOut) {
          logger.info(`service worker: not saved on install, but as visited, being over the ${PRECACHE_BUDGET_BYTES / 1e6} MB budget: ${group.name} (${(group.bytes / 1e6).toFixed(1)} MB)`);
        }
      },
    },
  };
}
