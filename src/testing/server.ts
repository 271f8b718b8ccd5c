import { createFakeUserService, type FakeUserService, type FakeUserServiceOptions } from './createFakeUserService';
import { setCookieHeaders } from './fake/cookies';

/** Options of {@link startFakeUserServer}: the service's options, a port, or an existing service. */
export interface FakeUserServerOptions extends FakeUserServiceOptions {
  /** Port on 127.0.0.1. Default 0 (a free port). */
  port?: number;
  /** Serve this service instead of creating one (its options win; the service options here are then ignored). */
  service?: FakeUserService;
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

/*
 * The few parts of `node:http` the server uses, typed here so that the library's declarations (built without
 * @types/node) and browser projects importing `fdk-user-react/testing` need no Node types.
 */
interface IncomingMessageLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  socket: { destroy(): void };
}

interface ServerResponseLike {
  readonly destroyed: boolean;
  readonly writableEnded: boolean;
  readonly headersSent: boolean;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  end(body?: string): unknown;
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

async function readBody(request: IncomingMessageLike): Promise<string | null> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  if (chunks.length === 0) return null;
  const size = chunks.reduce((total, chunk) => total + chunk.byteLength, 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

async function respond(service: FakeUserService, request: IncomingMessageLike, response: ServerResponseLike, fallbackHost: string): Promise<void> {
  const origin = typeof request.headers.origin === 'string' ? request.headers.origin : undefined;
  const cors: Record<string, string> = origin
    ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'retry-after', vary: 'Origin' }
    : {};
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': FAKE_SERVER_ALLOWED_HEADERS,
      'access-control-max-age': '600',
    });
    response.end();
    return;
  }
  const bodyText = await readBody(request);
  const answer = await service.handle({
    method: request.method ?? 'GET',
    url: `http://${request.headers.host ?? fallbackHost}${request.url ?? '/'}`,
    headers: request.headers,
    bodyText,
  });
  if (answer.drop) {
    request.socket.destroy();
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
 * (`fdk_session`, `HttpOnly; SameSite=Lax; Path=/`), CORS for browsers (the `Origin` reflected, credentials
 * allowed, preflights answered), dropped connections for the `drop` fault, and the `/_fake/*` control routes
 * (`GET /_fake/inbox`, `POST /_fake/preset`, `POST /_fake/faults` …).
 *
 * Browsers send the `SameSite=Lax` cookie only to the same site: serve the page from `127.0.0.1` too (any port),
 * or proxy `/service` to the fake server.
 *
 * @example
 * const fake = await startFakeUserServer({ preset: 'otpOnly' });
 * const client = createUserClient({ baseUrl: fake.url, ...fakeApplication });
 * await client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
 * const otp = fake.service.lastCode('9876543210');
 * await fake.close();
 */
export async function startFakeUserServer(options: FakeUserServerOptions = {}): Promise<FakeUserServer> {
  const nodeHttp = await loadNodeHttp();
  const { port = 0, service: given, ...serviceOptions } = options;
  const service = given ?? createFakeUserService(serviceOptions);
  let host = `127.0.0.1:${port}`;
  const server = nodeHttp.createServer((request, response) => {
    response.on('error', () => undefined);
    respond(service, request, response, host).catch((error: unknown) => {
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
