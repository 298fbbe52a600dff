import { describe, expect, it } from 'vitest';
import { BUILDS, htmlPages } from '../helpers/built-site.ts';

describe('every page has a Content-Security-Policy without unsafe-inline or unsafe-eval', () => {
  for (const { path, html } of htmlPages(BUILDS[0].dir)) {
    it(path, () => {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, 'no CSP meta tag').toBeTruthy();
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).toMatch(/style-src 'self'/);
      // 'wasm-unsafe-eval' only lets Pagefind compile its WebAssembly; JavaScript eval stays forbidden.
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(html).not.toMatch(/\sstyle="/); // blocked by the CSP: it would silently not apply
      expect(html).not.toMatch(/\son[a-z]+="/); // inline handlers would be blocked too
    });
  }
});
