/**
 * Small HTTP servers on 127.0.0.1 that make a setup go wrong on purpose in front of the fake User server: a proxy
 * that changes what passes through (headers of the request or the answer, its own preflight answers, a gateway
 * clock), a page server, a server that never answers, a closed port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running test server. */
export interface TestServer {
  url: string;
  /** Every request it received: method, path and headers. */
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

async function listen(handler: http.RequestListener, requests: TestServer['requests']): Promise<TestServer> {
  const server = http.createServer((request, response) => {
    requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** What a {@link startProxy} changes. */
export interface ProxyOptions {
  /** Changes the request headers before they are forwarded (the `Host` is kept unless this changes it). */
  request?: (headers: http.OutgoingHttpHeaders) => http.OutgoingHttpHeaders;
  /** Changes the answer's headers before they are sent back. */
  response?: (headers: http.OutgoingHttpHeaders) => http.OutgoingHttpHeaders;
  /** Answers `OPTIONS` itself with these headers (status 204), given the request's `Origin`. */
  preflight?: (origin: string) => http.OutgoingHttpHeaders;
  /** The proxy's clock is this many ms off: its `Date` header says so. */
  clockOffset?: number;
  /** Refuses (403 `Invalid request signature`) requests whose `x-fp-date` is over 5 minutes from the proxy's clock. */
  refuseStaleDates?: boolean;
}

/** `20261202T121500Z` → ms. */
const signingDate = (value: string) => Date.parse(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

/** A proxy in front of `target` (an `http://127.0.0.1:<port>` URL), passing everything through except what `options` changes. */
export function startProxy(target: string, options: ProxyOptions = {}): Promise<TestServer> {
  const { port } = new URL(target);
  const now = () => Date.now() + (options.clockOffset ?? 0);
  const dateHeader = (headers: http.OutgoingHttpHeaders) => (options.clockOffset === undefined ? headers : { ...headers, date: new Date(now()).toUTCString() });
  return listen((request, response) => {
    if (request.method === 'OPTIONS' && options.preflight) {
      response.writeHead(204, dateHeader(options.preflight(request.headers.origin ?? '')));
      response.end();
      return;
    }
    const fpDate = request.headers['x-fp-date'];
    if (options.refuseStaleDates && typeof fpDate === 'string' && Math.abs(signingDate(fpDate) - now()) > 300_000) {
      response.writeHead(403, dateHeader({ 'content-type': 'application/json' }));
      response.end(JSON.stringify({ message: 'Invalid request signature' }));
      return;
    }
    const headers = options.request ? options.request({ ...request.headers }) : { ...request.headers };
    const upstream = http.request({ host: '127.0.0.1', port, method: request.method, path: request.url, headers }, (answer) => {
      const answerHeaders = dateHeader({ ...answer.headers });
      response.writeHead(answer.statusCode ?? 502, options.response ? options.response(answerHeaders) : answerHeaders);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  }, []);
}

/** A server that answers every request with `status` and an HTML page, as a storefront's page server does. */
export function startPageServer(status = 200): Promise<TestServer> {
  return listen((_request, response) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html><head><title>Shop</title></head><body><div id="root"></div></body></html>');
  }, []);
}

/** A server that accepts connections and never answers. */
export function startSilentServer(): Promise<TestServer> {
  return listen(() => undefined, []);
}

/** The URL of a port on 127.0.0.1 where nothing listens (a server was there and closed). */
export async function closedPortUrl(): Promise<string> {
  const server = await listen(() => undefined, []);
  await server.close();
  return server.url;
}

/** CORS headers as a well-configured API answers them for `origin`. */
export const goodCors = (origin: string): http.OutgoingHttpHeaders => ({
  'access-control-allow-origin': origin,
  'access-control-allow-credentials': 'true',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE',
  'access-control-allow-headers': 'authorization, content-type, x-fp-date, x-fp-signature',
  vary: 'Origin',
});
