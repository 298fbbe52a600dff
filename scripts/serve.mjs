// Serves the built site (dist/, or OUT_DIR) at http://localhost:4321 (PORT), under BASE if set.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.pf_meta': 'application/octet-stream', '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.wasm': 'application/wasm', '.atom': 'application/atom+xml; charset=utf-8',
};

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
  process.exit(1);
}

// The headers the build wrote for static hosts (_headers, Netlify/Cloudflare format), sent as a
// host would, so that the site is tested under its full Content-Security-Policy.
const headerRules = [];
const headersPath = join(root, '_headers');
if (existsSync(headersPath)) {
  for (const line of readFileSync(headersPath, 'utf8').split('\n')) {
    if (/^\//.test(line)) headerRules.push({ path: line.trim(), headers: {}, detach: [] });
    else if (/^\s+!\s*[\w-]+/.test(line) && headerRules.length) headerRules.at(-1).detach.push(line.replace(/[\s!]/g, '').toLowerCase());
    else if (/^\s+[\w-]+:/.test(line) && headerRules.length) {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      headerRules.at(-1).headers[name.toLowerCase()] = value;
    }
  }
}
function headersFor(urlPath) {
  const matches = (rule) => (rule.path.endsWith('*') ? urlPath.startsWith(rule.path.slice(0, -1)) : urlPath === rule.path);
  // As Cloudflare Pages does: a rule's "! Name" lines drop what earlier rules set for that header.
  const headers = {};
  for (const rule of headerRules.filter(matches)) {
    for (const name of rule.detach) delete headers[name];
    Object.assign(headers, rule.headers);
  }
  return headers;
}

function send(res, status, file, urlPath) {
  res.writeHead(status, { ...headersFor(urlPath), 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    if (path === '/' || path === base.slice(0, -1)) { res.writeHead(302, { location: base }); res.end(); return; }
    res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not under the site base path'); return;
  }
  path = normalize(path.slice(base.length - 1));
  let file = join(root, path);
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) { res.writeHead(301, { location: `${url.pathname}/${url.search}` }); res.end(); return; }
    file = join(file, 'index.html');
  }
  if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file, url.pathname);
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) return send(res, 404, notFound, url.pathname);
  res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not found');
});

server.listen(port, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base} (Ctrl+C to stop)`);
});
