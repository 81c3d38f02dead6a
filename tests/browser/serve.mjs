// A tiny static file server for browser tests: serves one built site folder on 127.0.0.1
// (random free port), like a plain web host would. Shared by the browser tests.
//
//   import { serve } from './serve.mjs';
//   const server = await serve('/tmp/out');   // { url: 'http://127.0.0.1:PORT/', close(), requests }
//   ... await server.close();
//
// Options: { headers: { name: value } } adds headers to every response (e.g. a CSP).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export async function serve(root, options = {}) {
  const base = path.resolve(root);
  const extraHeaders = options.headers ?? {};
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = path.join(base, rel);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      let stat = await fs.stat(file);
      if (stat.isDirectory()) {
        if (!rel.endsWith('/')) {
          res.writeHead(301, { Location: url.pathname + '/' + url.search, ...extraHeaders }).end();
          return;
        }
        file = path.join(file, 'index.html');
        stat = await fs.stat(file);
      }
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': body.length,
                           'Cache-Control': 'no-store', ...extraHeaders });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      let body = 'not found';
      try {
        body = await fs.readFile(path.join(base, '404.html'));
      } catch { /* no 404 page */ }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...extraHeaders }).end(body);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
