// A tiny static file server on 127.0.0.1 for built sites (Storybook, the demo): used by the screenshot script,
// the end-to-end tests and the benchmark. Serves index.html for unknown paths when `spa` is set, and forwards the
// paths of `proxy` to another server (the fake User server), as a storefront's own origin does for its API.
import { createServer, request as forwardRequest } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * Forwards a request to `target` as it came (method, path, headers with the `Host`, body) and its answer back as
 * it comes (status, headers with every `Set-Cookie`, body). The `Host` is kept, so the server behind writes links
 * on this origin. A server that cannot be reached answers 502; a connection it drops is dropped here too.
 */
function forward(request, response, target) {
  const upstream = forwardRequest(new URL(request.url ?? '/', target), { method: request.method, headers: request.headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', (error) => {
    if (error.code === 'ECONNREFUSED' && !response.headersSent) {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(`Bad gateway: nothing listens at ${target}`);
    } else {
      request.socket.destroy();
    }
  });
  request.pipe(upstream);
}

/**
 * Serves `root` on 127.0.0.1 (a free port unless given). `proxy` maps path prefixes to the origin that answers
 * them (`{ '/service/': 'http://127.0.0.1:4010', '/_fake/': 'http://127.0.0.1:4010' }`).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { port = 0, spa = false, proxy = {} } = {}) {
  const base = path.resolve(root);
  const routes = Object.entries(proxy);
  const server = createServer(async (request, response) => {
    const route = routes.find(([prefix]) => (request.url ?? '/').startsWith(prefix));
    if (route) {
      forward(request, response, route[1]);
      return;
    }
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      let file = path.join(base, decodeURIComponent(pathname));
      if (!file.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info && spa && !path.extname(pathname)) {
        file = path.join(base, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
