import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, htaccessFile } from '../lib/security/csp.ts';

/**
 * Writes the site's security headers (the full CSP with frame-ancestors, which a <meta> tag
 * cannot carry) into the output as the files static hosts read: `_headers` for Netlify and
 * Cloudflare Pages, `.htaccess` for Apache. Runs after the offline integration, so the service
 * worker does not precache them.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFile(base));
        writeFileSync(join(out, '.htaccess'), htaccessFile(base));
        logger.info('security headers written: _headers, .htaccess');
      },
    },
  };
}
