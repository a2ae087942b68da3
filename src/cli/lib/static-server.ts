/**
 * A static file server that behaves like a static host: the site under a base path, gzip for
 * text, the site's 404 page, and the headers from <dir>/_headers (so tests see the real CSP).
 * With `log`, appends one JSON line per response (path, status, bytes) for the benchmark.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseHeadersFile, headersFor } from './headers-file.ts';

export interface StaticServerOptions {
  dir: string;
  port: number;
  base?: string;
  log?: string | undefined;
}

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
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

export function startStaticServer(options: StaticServerOptions): Promise<http.Server> {
  const root = path.resolve(options.dir);
  const port = options.port;
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const log = options.log;
  const headerRules = fs.existsSync(path.join(root, '_headers')) ? parseHeadersFile(fs.readFileSync(path.join(root, '_headers'), 'utf8')) : [];
  const gzipCache = new Map<string, Buffer>();
  // Files are read once: a static host does not hit the disk per request either, and the
  // benchmark should measure the site, not this server.
  const fileCache = new Map<string, Buffer>();
  const read = (file: string) => {
    let data = fileCache.get(file);
    if (!data) fileCache.set(file, (data = fs.readFileSync(file)));
    return data;
  };
  const resolved = new Map<string, string | undefined>();

  function fileFor(urlPath: string): string | undefined {
    if (resolved.has(urlPath)) return resolved.get(urlPath);
    const file = findFile(urlPath);
    resolved.set(urlPath, file);
    return file;
  }

  function findFile(urlPath: string): string | undefined {
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

  // Generous header limit, like CDNs: long search URLs are part of what the tests throw at the site.
  const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let status = 200;
    let file: string | undefined;
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: base });
      return res.end();
    }
    if (url.pathname.startsWith(base)) {
      const rel = `/${url.pathname.slice(base.length)}`;
      if (!rel.endsWith('/') && !path.extname(rel) && fileFor(`${rel}/`)) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = fileFor(rel);
    }
    if (!file) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const ext = path.extname(file);
    let body: Buffer = read(file);
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

  // Idle connections are kept longer than clients keep them (undici: 4 s), so the server never
  // closes a socket the client is reusing at that moment (ECONNRESET in long benchmark runs).
  server.keepAliveTimeout = 30_000;
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
