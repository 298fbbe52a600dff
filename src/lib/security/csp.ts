// The site's Content-Security-Policy, written down once. Astro writes it into every page as a
// <meta> tag (astro.config.mjs), adding the hashes of its own scripts and styles; the build also
// writes the same policy as HTTP headers for static hosts (src/integrations/security-headers.ts),
// because a <meta> policy cannot carry frame-ancestors.
//
// Allowlist: everything comes from the site itself; nothing may be framed, posted or embedded
// from elsewhere. Pagefind's search compiles WebAssembly, which needs 'wasm-unsafe-eval'
// (WebAssembly only; JavaScript's eval stays forbidden) and only the search page gets it.

/** The directives of every page besides script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources of script-src on every page. */
export const SCRIPT_SOURCES = ["'self'"] as const;

/** What the search page adds to script-src, so that Pagefind can compile its WebAssembly. */
export const SEARCH_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/** Sources of style-src on every page (all CSS is in files: no <style> elements, no style="…"). */
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives only an HTTP header can carry: who may frame the site (only the site itself). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/** Who may frame the embed pages (under embed/): any site, which is what they are for. */
export const EMBED_FRAME_ANCESTORS = 'frame-ancestors *';

/** The site path under which every page may be framed by any site. */
export const EMBED_PATH = 'embed/';

/**
 * The policy as one header value. `search` adds 'wasm-unsafe-eval'. A host that cannot vary
 * headers by path sends the search variant everywhere: a browser enforces both the header and
 * the page's <meta> policy, so the other pages stay without 'wasm-unsafe-eval'.
 */
export function cspHeader(options: { search?: boolean; embed?: boolean } = {}): string {
  const script = [...SCRIPT_SOURCES, ...(options.search ? [SEARCH_SCRIPT_SOURCE] : [])];
  return [
    CSP_DIRECTIVES[0],
    `script-src ${script.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...CSP_DIRECTIVES.slice(1),
    ...(options.embed ? [EMBED_FRAME_ANCESTORS] : HEADER_ONLY_DIRECTIVES),
  ].join('; ');
}

/** The other headers a host should send with every file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The policy header and the others, for one kind of page. The embed pages leave out
 * X-Frame-Options, which has no value for "any site"; their frame-ancestors says it.
 */
export function headersFor(options: { search?: boolean; embed?: boolean } = {}): Record<string, string> {
  const { 'X-Frame-Options': frameOptions, ...others } = SECURITY_HEADERS;
  return { 'Content-Security-Policy': cspHeader(options), ...(options.embed ? {} : { 'X-Frame-Options': frameOptions }), ...others };
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages). One rule for the whole site, with the search
 * page's policy: Cloudflare joins the values of every matching rule (two policies, both
 * enforced) while Netlify keeps the last, so a second rule for /search/ would break search on
 * one of them. The header is the ceiling; each page's <meta> policy narrows it, and a browser
 * enforces both, so 'wasm-unsafe-eval' still applies only on the search page.
 * The embed pages need a second rule (any site may frame them). It comes last, so Netlify's
 * last match wins; on Cloudflare its "! Header" lines first detach the site-wide values.
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Written by the build from src/lib/security/csp.ts; see README.md, "Deploying".',
    `${root}*`,
    ...lines(headersFor({ search: true })),
    `# The embed pages: any site may frame them (README.md, "Embed a timeline").`,
    `${root}${EMBED_PATH}*`,
    '  ! Content-Security-Policy',
    '  ! X-Frame-Options',
    ...lines(headersFor({ embed: true })),
    '',
  ].join('\n');
}

/** An .htaccess file for Apache (mod_headers): the same headers, the search page's policy by path. */
export function htaccessFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const set = (headers: Record<string, string>, indent = '  ') => Object.entries(headers).map(([name, value]) => `${indent}Header always set ${name} "${value.replace(/"/g, '\\"')}"`).join('\n');
  return [
    '# Security headers for Apache (mod_headers). Written by the build from src/lib/security/csp.ts.',
    '<IfModule mod_headers.c>',
    set(headersFor()),
    `  <If "%{REQUEST_URI} =~ m#^${root.replace(/[.]/g, '\\.')}search/#">`,
    set({ 'Content-Security-Policy': cspHeader({ search: true }) }, '    '),
    '  </If>',
    `  <If "%{REQUEST_URI} =~ m#^${root.replace(/[.]/g, '\\.')}${EMBED_PATH}#">`,
    set({ 'Content-Security-Policy': cspHeader({ embed: true }) }, '    '),
    '    Header always unset X-Frame-Options',
    '  </If>',
    '</IfModule>',
    '',
  ].join('\n');
}
