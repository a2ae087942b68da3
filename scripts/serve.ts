/**
 * Serves a built site on 127.0.0.1 the way a static host would: under a base path, gzip for
 * text, the site's 404 page, and the headers from dist/_headers (so tests see the real CSP).
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321] [--base /preview/pr-1/]
 * Set DOUM_SERVE_LOG=<file> to append one JSON line per response (path, bytes) for the benchmark.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHeadersFile, headersFor } from './lib/headers-file.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const root = path.resolve(args.get('dir') ?? 'dist');
const port = Number(args.get('port') ?? process.env.PORT ?? 4321);
const base = (args.get('base') ?? process.env.DOUM_BASE ?? '/').replace(/\/?$/, '/');
const log = process.env.DOUM_SERVE_LOG;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);
const headerRules = fs.existsSync(path.join(root, '_headers')) ? parseHeadersFile(fs.readFileSync(path.join(root, '_headers'), 'utf8')) : [];
const gzipCache = new Map<string, Buffer>();

function resolve(urlPath: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return fs.existsSync(index) ? index : undefined;
  }
  return fs.existsSync(file) ? file : undefined;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let status = 200;
  let file: string | undefined;
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base });
    return res.end();
  }
  if (url.pathname.startsWith(base)) {
    const rel = `/${url.pathname.slice(base.length)}`;
    if (!rel.endsWith('/') && !path.extname(rel) && resolve(`${rel}/`)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    file = resolve(rel);
  }
  if (!file) {
    status = 404;
    file = path.join(root, '404.html');
  }
  const ext = path.extname(file);
  let body = fs.readFileSync(file);
  const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  for (const [name, value] of headersFor(headerRules, `/${path.relative(root, file).split(path.sep).join('/')}`)) headers[name] = value;
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let gz = gzipCache.get(file);
    if (!gz) gzipCache.set(file, (gz = zlib.gzipSync(body)));
    body = gz;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  if (log) fs.appendFileSync(log, `${JSON.stringify({ path: url.pathname, status, bytes: body.length })}\n`);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`doum: http://127.0.0.1:${port}${base} (${path.relative(process.cwd(), root) || '.'})`);
});
