import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, htmlPages } from '../helpers/built-site.ts';
import { CSP_DIRECTIVES, cspHeader, headersFor, SEARCH_SCRIPT_SOURCE } from '../../src/lib/security/csp.ts';

/** A policy as a map from directive name to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...sources] = part.split(/\s+/);
    return [name!, sources];
  }));
}

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
      // The complete policy: every kind of resource is limited, not only scripts and styles.
      const policy = directives(csp!);
      for (const directive of ['default-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'base-uri', 'form-action']) expect(policy.get(directive), directive).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-src')).toEqual(["'none'"]);
      // Only the search page runs Pagefind's WebAssembly.
      expect(policy.get('script-src')!.includes(SEARCH_SCRIPT_SOURCE), 'wasm-unsafe-eval').toBe(path === 'search/index.html');
      // What the header policy ('self', no hashes) must allow too: no inline script or <style>.
      expect(html).not.toMatch(/<style[\s>]/);
      expect([...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\ssrc=/.test(m[1]!) && !/type="application\/(?:ld\+)?json"/.test(m[1]!)).map((m) => m[0])).toEqual([]);
      // No request leaves the site: no remote images, frames or script-like links.
      expect(html).not.toMatch(/<img[^>]+src="(?:https?:)?\/\//);
      expect(html).not.toMatch(/<(?:iframe|object|embed\b|base[^>]+href|form[^>]+action="https?:)/);
      // Only the embed pages set a default target, so that their links leave the frame.
      expect(/<base\b/.test(html), '<base target>').toBe(path.startsWith('embed/'));
      expect(html).not.toMatch(/href="\s*(?:javascript|data|vbscript):/i);
    });
  }
});

describe('the headers static hosts read carry the full policy, with frame-ancestors', () => {
  for (const build of BUILDS) {
    it(`${build.name}: _headers`, () => {
      const file = readFileSync(join(build.dir, '_headers'), 'utf8');
      expect(file).toContain(`${build.base}*\n  Content-Security-Policy: ${cspHeader({ search: true })}\n`);
      const policy = directives(cspHeader({ search: true }));
      expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
      for (const directive of CSP_DIRECTIVES) expect(cspHeader()).toContain(directive);
      expect(file).toContain('X-Content-Type-Options: nosniff');
      expect(file).toContain('X-Frame-Options: SAMEORIGIN');
    });
    it(`${build.name}: _headers lets any site frame the embed pages, and only them`, () => {
      const file = readFileSync(join(build.dir, '_headers'), 'utf8');
      const embedRule = file.slice(file.indexOf(`\n${build.base}embed/*\n`));
      expect(embedRule).toContain(`  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ${cspHeader({ embed: true })}\n`);
      expect(directives(cspHeader({ embed: true })).get('frame-ancestors')).toEqual(['*']);
      expect(embedRule).not.toContain('X-Frame-Options:');
      expect(Object.keys(headersFor({ embed: true }))).not.toContain('X-Frame-Options');
    });
    it(`${build.name}: .htaccess`, () => {
      expect(existsSync(join(build.dir, '.htaccess'))).toBe(true);
      const file = readFileSync(join(build.dir, '.htaccess'), 'utf8');
      expect(file).toContain(`Header always set Content-Security-Policy "${cspHeader()}"`);
      expect(file).toContain(`m#^${build.base}search/#`);
      expect(file).toContain(`Header always set Content-Security-Policy "${cspHeader({ search: true })}"`);
      expect(file).toContain(`m#^${build.base}embed/#">\n    Header always set Content-Security-Policy "${cspHeader({ embed: true })}"\n    Header always unset X-Frame-Options`);
    });
  }
});
