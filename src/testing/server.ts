import { createFakeUserService, type FakeUserService, type FakeUserServiceOptions } from './createFakeUserService';
import { setCookieHeaders } from './fake/cookies';

/** Options of {@link startFakeUserServer}: the service's options, a port, an existing service, the allowed origins. */
export interface FakeUserServerOptions extends FakeUserServiceOptions {
  /** Port on 127.0.0.1. Default 0 (a free port). */
  port?: number;
  /** Serve this service instead of creating one (its options win; the service options here are then ignored). */
  service?: FakeUserService;
  /**
   * The other origins whose pages may call this server from a browser, such as `['http://127.0.0.1:5173']` for a
   * dev server on another port. Default: none. The server runs on developers' machines and answers one-time codes
   * (`GET /_fake/inbox`), so any other origin is refused (403, no CORS headers), which keeps every website the
   * developer visits from reading the codes or driving the fake. Same-origin requests (a page served by a proxy
   * in front of this server, with `Origin` equal to the server's URL) and requests without `Origin` (Node, curl)
   * are always served. Each entry must be an origin (`scheme://host[:port]`; a path is ignored); anything else
   * throws. An allowed origin's host may also be used as the `Host` header (a proxy that keeps it); other `Host`s
   * than 127.0.0.1, localhost and [::1] are refused (DNS rebinding).
   */
  allowedOrigins?: string[];
}

/** A running fake User server. */
export interface FakeUserServer {
  /** `http://127.0.0.1:<port>`: the client's `baseUrl`. */
  url: string;
  /** The service behind it (inbox, faults, presets, users). */
  service: FakeUserService;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Headers a browser may send cross-origin (answer of preflights). */
export const FAKE_SERVER_ALLOWED_HEADERS = 'authorization, content-type, x-fp-date, x-fp-signature, x-fp-sdk-version';

/** The attributes of the session cookie the server sets. */
export const FAKE_SERVER_COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Lax';

/** The largest request body the server reads, in bytes (1 MiB); a larger one is answered 413 without being read. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Host names that are this machine. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/*
 * The few parts of `node:http` the server uses, typed here so that the library's declarations (built without
 * @types/node) and browser projects importing `fdk-user-react/testing` need no Node types.
 */
interface IncomingMessageLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  socket: { destroy(): void } | null;
  pause(): unknown;
}

interface ServerResponseLike {
  readonly destroyed: boolean;
  readonly writableEnded: boolean;
  readonly headersSent: boolean;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  end(body?: string, callback?: () => void): unknown;
}

interface ServerLike {
  listen(port: number, host: string, callback: () => void): unknown;
  once(event: 'error', listener: (error: unknown) => void): unknown;
  off(event: 'error', listener: (error: unknown) => void): unknown;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): unknown;
  closeAllConnections(): void;
}

interface NodeHttpLike {
  createServer(listener: (request: IncomingMessageLike, response: ServerResponseLike) => void): ServerLike;
}

/**
 * `node:http`, loaded only when a server starts, so that importing `fdk-user-react/testing` in a browser (for the
 * MSW handlers) never loads it. The specifier is computed (not a literal, which the library build would inline)
 * so that browser bundlers (esbuild, Rollup, webpack) do not try to resolve it for the web.
 */
async function loadNodeHttp(): Promise<NodeHttpLike> {
  const specifier = ['node', 'http'].join(':');
  return (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as NodeHttpLike;
}

/** Reads the body, or answers `too-large` as soon as it passes {@link MAX_BODY_BYTES} (the rest is never read). */
async function readBody(request: IncomingMessageLike): Promise<string | null | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(bytes);
  }
  if (chunks.length === 0) return null;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The origin of each `allowedOrigins` entry; throws for an entry that is not an `http(s)` origin. */
function allowedOriginsOf(entries: unknown): Set<string> {
  if (entries === undefined) return new Set();
  if (!Array.isArray(entries)) throw new TypeError('startFakeUserServer: allowedOrigins must be a list of origins such as ["http://127.0.0.1:5173"].');
  return new Set(
    entries.map((entry: unknown) => {
      let origin: string | undefined;
      try {
        origin = typeof entry === 'string' && /^https?:\/\//i.test(entry) ? new URL(entry).origin : undefined;
      } catch {
        origin = undefined;
      }
      if (!origin || origin === 'null') {
        throw new TypeError(`startFakeUserServer: allowedOrigins entry ${JSON.stringify(entry)} is not an origin such as "http://127.0.0.1:5173".`);
      }
      return origin;
    }),
  );
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** How a request stands with respect to origins, decided from its `Host` and `Origin` headers. */
function originCheck(request: IncomingMessageLike, allowed: ReadonlySet<string>): { refusal?: FakeAnswer; cors: Record<string, string>; crossOrigin: boolean } {
  const host = single(request.headers.host) ?? '';
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  if (!LOOPBACK_HOSTS.includes(hostname) && !allowed.has(`http://${host.toLowerCase()}`) && !allowed.has(`https://${host.toLowerCase()}`)) {
    return {
      refusal: json(403, `Host ${JSON.stringify(host)} is not this machine: the fake User server answers 127.0.0.1, localhost and [::1] only (or a host of allowedOrigins).`),
      cors: {},
      crossOrigin: true,
    };
  }
  const origin = single(request.headers.origin);
  if (origin === undefined || origin === `http://${host}`) return { cors: {}, crossOrigin: false };
  if (!allowed.has(origin)) {
    return {
      refusal: json(403, `Origin ${origin} is not allowed: start the fake User server with allowedOrigins: [${JSON.stringify(origin)}] to let its pages call it.`),
      cors: {},
      crossOrigin: true,
    };
  }
  return {
    cors: { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'retry-after', vary: 'Origin' },
    crossOrigin: true,
  };
}

interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

const json = (status: number, message: string): FakeAnswer => ({ status, headers: { ...JSON_HEADERS }, text: JSON.stringify({ message }) });

/** Writes an answer of the server itself (not of the service); `close` ends the connection once it is sent. */
function send(request: IncomingMessageLike, response: ServerResponseLike, answer: FakeAnswer, close = false): void {
  // Node may detach the socket from the request once the answer is out: keep it to close it then.
  const socket = request.socket;
  response.writeHead(answer.status, { ...answer.headers, vary: 'Origin', ...(close ? { connection: 'close' } : {}) });
  response.end(answer.text, () => {
    if (close) socket?.destroy();
  });
}

async function respond(service: FakeUserService, request: IncomingMessageLike, response: ServerResponseLike, fallbackHost: string, allowed: ReadonlySet<string>): Promise<void> {
  const { refusal, cors, crossOrigin } = originCheck(request, allowed);
  const method = request.method ?? 'GET';
  // A browser may send a "simple" cross-origin POST (text/plain, a form) without asking first: that is how a page
  // elsewhere signs a shopper in to its own account (login CSRF) or resets the fake. JSON needs a preflight.
  const contentType = single(request.headers['content-type']) ?? '';
  if (crossOrigin && method === 'POST' && !/^application\/json\s*(;|$)/i.test(contentType)) {
    send(request, response, json(415, 'A cross-origin POST must be sent as Content-Type: application/json.'), true);
    return;
  }
  if (refusal) {
    send(request, response, refusal, true);
    return;
  }
  if (method === 'OPTIONS') {
    response.writeHead(204, {
      ...cors,
      vary: 'Origin',
      'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': FAKE_SERVER_ALLOWED_HEADERS,
      'access-control-max-age': '600',
    });
    response.end();
    return;
  }
  const declared = Number(single(request.headers['content-length']));
  const bodyText = declared > MAX_BODY_BYTES ? 'too-large' : await readBody(request);
  if (bodyText === 'too-large') {
    request.pause();
    send(request, response, { ...json(413, 'The request body is over 1 MiB.'), headers: { ...JSON_HEADERS, ...cors } }, true);
    return;
  }
  const answer = await service.handle({
    method,
    url: `http://${request.headers.host ?? fallbackHost}${request.url ?? '/'}`,
    headers: request.headers,
    bodyText,
  });
  if (answer.drop) {
    request.socket?.destroy();
    return;
  }
  if (response.destroyed || response.writableEnded) return;
  const headers: Record<string, string | string[]> = { ...cors, ...answer.headers };
  const cookies = setCookieHeaders(answer, FAKE_SERVER_COOKIE_ATTRIBUTES);
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  response.writeHead(answer.status, headers);
  response.end(answer.text ?? JSON.stringify(answer.body));
}

/**
 * Starts the fake User service on `http://127.0.0.1:<port>` with `node:http` (Node only): real `Set-Cookie`
 * (`fdk_session`, `HttpOnly; SameSite=Lax; Path=/`), dropped connections for the `drop` fault, and the `/_fake/*`
 * control routes (`GET /_fake/inbox`, `POST /_fake/preset`, `POST /_fake/faults` …, their input checked).
 *
 * It runs on developers' machines and in test suites, so it defends itself:
 * - browsers: same-origin pages, and the origins of `allowedOrigins` (reflected, with credentials, preflights
 *   answered); every other `Origin` is refused with 403 and no CORS headers, on every route;
 * - a cross-origin `POST` that is not `Content-Type: application/json` (a form or `text/plain` post, which
 *   browsers send without a preflight: login CSRF) is refused with 415 before anything is done;
 * - a `Host` other than 127.0.0.1, localhost or [::1] (or a host of `allowedOrigins`) is refused with 403 (DNS
 *   rebinding);
 * - a body over 1 MiB is answered 413 without being read (the connection is then closed).
 *
 * Browsers send the `SameSite=Lax` cookie only to the same site: serve the page from `127.0.0.1` too (any port),
 * or proxy `/service` to the fake server.
 *
 * @example
 * const fake = await startFakeUserServer({ preset: 'otpOnly', allowedOrigins: ['http://127.0.0.1:5173'] });
 * const client = createUserClient({ baseUrl: fake.url, ...fakeApplication });
 * await client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
 * const otp = fake.service.lastCode('9876543210');
 * await fake.close();
 */
export async function startFakeUserServer(options: FakeUserServerOptions = {}): Promise<FakeUserServer> {
  const nodeHttp = await loadNodeHttp();
  const { port = 0, service: given, allowedOrigins, ...serviceOptions } = options;
  const allowed = allowedOriginsOf(allowedOrigins);
  const service = given ?? createFakeUserService(serviceOptions);
  let host = `127.0.0.1:${port}`;
  const server = nodeHttp.createServer((request, response) => {
    response.on('error', () => undefined);
    respond(service, request, response, host, allowed).catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return;
      response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ message: `Fake server error: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  host = `127.0.0.1:${actualPort}`;
  return {
    url: `http://${host}`,
    service,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
