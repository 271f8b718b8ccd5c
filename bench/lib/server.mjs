// The bench's one origin on 127.0.0.1: the built pages (gzip-encoded, like a CDN would send them), the fake User
// service behind `/service` and `/_fake` (proxied to `startFakeUserServer`, so the storefront and its API share an
// origin and no CORS preflight is counted), and a stub Supabase API behind `/supabase` that logs what it is asked.
import { createServer, request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * @param {{ root: string, fakeUrl: string }} options `root`: the built pages; `fakeUrl`: the fake User server.
 * @returns {Promise<{ url: string, apiLog: { method: string, path: string }[], close: () => Promise<void> }>}
 */
export async function startBenchServer({ root, fakeUrl }) {
  const base = path.resolve(root);
  const fake = new URL(fakeUrl);
  const cache = new Map();
  /** API requests that reached the server (the fake User service and the Supabase stub), in order. */
  const apiLog = [];

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (pathname.startsWith('/service/') || pathname.startsWith('/_fake/')) {
        if (pathname.startsWith('/service/')) apiLog.push({ method: req.method ?? 'GET', path: pathname });
        const upstream = httpRequest(
          { host: fake.hostname, port: fake.port, method: req.method, path: req.url, headers: { ...req.headers, host: fake.host } },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.writeHead(502).end());
        req.pipe(upstream);
        return;
      }
      if (pathname.startsWith('/supabase/')) {
        apiLog.push({ method: req.method ?? 'GET', path: pathname });
        // Nothing the Auth UI needs before the user types; answer anything with an empty JSON object.
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      const file = path.join(base, pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
      if (!file.startsWith(base)) throw new Error('outside root');
      let entry = cache.get(file);
      if (!entry) {
        const body = await readFile(file);
        entry = { body, gzip: gzipSync(body, { level: 9 }), type: types[path.extname(file)] ?? 'application/octet-stream' };
        cache.set(file, entry);
      }
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': entry.type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gzip ? entry.gzip : entry.body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    apiLog,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
