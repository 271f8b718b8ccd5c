import { createUserClient, type UserClient, type UserClientOptions } from '../client/createUserClient';
import { userMethods } from '../client/methods';
import type { PlatformSchema } from '../schemas/config';
import type { DoctorOptions } from './DoctorReport';

/** One HTTP answer as the doctor saw it, before the kit read it. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  bodyText: string;
  /** The URL that answered (after redirects). */
  url: string;
  redirected: boolean;
  /** The local clock when the headers arrived, in ms. */
  receivedAt: number;
}

/** One request of the doctor: the answer, when there was one, and what the call gave or threw. */
export interface Probe<T = unknown> {
  /** The URL requested. */
  url: string;
  /** The last HTTP answer, `undefined` when none came (DNS, TLS, refused, timeout). */
  answer: RawAnswer | undefined;
  /** The parsed result of a call that succeeded. */
  data: T | undefined;
  /** What the call threw, `undefined` when it succeeded. */
  error: unknown;
  /** How long the request took, in ms. */
  ms: number;
}

/** The headers a browser asks for in the preflight of the kit's POST requests. */
export const PREFLIGHT_HEADERS = ['authorization', 'content-type', 'x-fp-date', 'x-fp-signature'] as const;

/** Application credentials that no application has: to learn in which order a gateway checks. */
const FOREIGN_CREDENTIALS = { applicationId: 'fdk-doctor-no-such-application', applicationToken: 'fdk-doctor-no-such-token' };

/**
 * What the checks share: the options (normalised), the parsed URLs and the doctor's requests, each made at most
 * once and only when a check asks for it. Every API request goes through the kit's own `createUserClient`, so it
 * carries the credentials and the signature exactly as the kit sends them.
 */
export interface DoctorContext {
  readonly options: DoctorOptions & { timeout: number; fetch: typeof globalThis.fetch; now: () => number };
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
  /** The storefront origin (`URL.origin` of `--origin`), when given and valid. */
  readonly origin: string | undefined;
  /** Whether the storefront origin differs from the base URL's origin. */
  readonly crossOrigin: boolean;
  /** The URL of `getPlatformConfig` (with `?name=` when a platform name is given). */
  readonly configUrl: string;
  /** `getPlatformConfig`, signed, with the given credentials (and `Origin` when cross-origin). */
  config(): Promise<Probe<PlatformSchema>>;
  /** The same call unsigned. */
  unsigned(): Promise<Probe<PlatformSchema>>;
  /** The same call signed, with credentials no application has. */
  foreignCredentials(): Promise<Probe<PlatformSchema>>;
  /** The same call signed with the server's clock (the local clock corrected by the skew). */
  serverClock(): Promise<Probe<PlatformSchema>>;
  /** A CORS preflight of a POST of the kit (`loginWithOTP`) from the storefront origin. */
  preflight(): Promise<Probe<Response>>;
  /** `loginWithEmailAndPassword` with the test account (`--test-login`). */
  login(): Promise<Probe<unknown>>;
  /** Signs out the session of the given `Cookie` header. */
  logout(cookie: string): Promise<Probe<unknown>>;
  /** The server's `Date` minus the local clock, in ms, from the answer of `config()`; `undefined` without a `Date`. */
  skew(): Promise<number | undefined>;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

function parseOrigin(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function baseOrigin(baseUrl: string): string | undefined {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return undefined;
  }
}

/**
 * Makes the context of one run of the doctor. Nothing is requested until a check asks.
 * @example
 * const ctx = createDoctorContext({ baseUrl: 'https://api.fynd.com', applicationId: 'app', applicationToken: 'token' });
 * const { answer } = await ctx.config();
 */
export function createDoctorContext(given: DoctorOptions): DoctorContext {
  const options = { ...given, timeout: given.timeout ?? 10_000, fetch: given.fetch ?? globalThis.fetch, now: given.now ?? Date.now };
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  const origin = parseOrigin(options.origin);
  const crossOrigin = origin !== undefined && origin !== baseOrigin(baseUrl);
  const platformArgs = options.platformName === undefined ? {} : { name: options.platformName };
  const configUrl = `${baseUrl}${userMethods.getPlatformConfig.path}${options.platformName === undefined ? '' : `?name=${encodeURIComponent(options.platformName)}`}`;

  /** Runs one request with a `fetch` that keeps the raw answer. */
  async function probe<T>(url: string, run: (fetch: typeof globalThis.fetch) => Promise<T>): Promise<Probe<T>> {
    let answer: RawAnswer | undefined;
    const recording: typeof globalThis.fetch = async (input, init) => {
      const response = await options.fetch(input, init);
      const receivedAt = options.now();
      const bodyText = await response
        .clone()
        .text()
        .catch(() => '');
      answer = { status: response.status, headers: response.headers, bodyText, url: response.url, redirected: response.redirected, receivedAt };
      return response;
    };
    const started = options.now();
    try {
      const data = await run(recording);
      return { url, answer, data, error: undefined, ms: options.now() - started };
    } catch (error) {
      return { url, answer, data: undefined, error, ms: options.now() - started };
    }
  }

  function client(fetch: typeof globalThis.fetch, overrides: Partial<UserClientOptions> = {}): UserClient {
    return createUserClient({
      baseUrl,
      applicationId: options.applicationId,
      applicationToken: options.applicationToken,
      timeout: options.timeout,
      retry: false,
      fetch,
      // A browser sends `Origin` on every cross-origin request: the answers must then carry the CORS headers.
      ...(crossOrigin && origin ? { headers: { origin } } : {}),
      ...overrides,
    });
  }

  const config = once(() => probe(configUrl, (fetch) => client(fetch).getPlatformConfig(platformArgs)));
  const skew = once(async () => {
    const { answer } = await config();
    const date = answer?.headers.get('date');
    const server = date ? Date.parse(date) : Number.NaN;
    return answer && Number.isFinite(server) ? server - answer.receivedAt : undefined;
  });
  const loginUrl = `${baseUrl}${userMethods.loginWithEmailAndPassword.path}`;

  return {
    options,
    baseUrl,
    origin,
    crossOrigin,
    configUrl,
    config,
    unsigned: once(() => probe(configUrl, (fetch) => client(fetch, { sign: false }).getPlatformConfig(platformArgs))),
    foreignCredentials: once(() => probe(configUrl, (fetch) => client(fetch, FOREIGN_CREDENTIALS).getPlatformConfig(platformArgs))),
    serverClock: once(async () => {
      const offset = (await skew()) ?? 0;
      return probe(configUrl, (fetch) => client(fetch, { now: () => new Date(options.now() + offset) }).getPlatformConfig(platformArgs));
    }),
    preflight: once(() => {
      const url = `${baseUrl}${userMethods.loginWithOTP.path}`;
      return probe(url, (fetch) =>
        fetch(url, {
          method: 'OPTIONS',
          headers: { origin: origin ?? '', 'access-control-request-method': 'POST', 'access-control-request-headers': PREFLIGHT_HEADERS.join(', ') },
          signal: AbortSignal.timeout(options.timeout),
        }),
      );
    }),
    login: once(() => {
      const { username = '', password = '' } = options.testLogin ?? {};
      return probe(loginUrl, (fetch) => client(fetch).loginWithEmailAndPassword({ body: { username, password } }));
    }),
    logout: (cookie) => probe(`${baseUrl}${userMethods.logout.path}`, (fetch) => client(fetch).logout({}, { headers: { cookie } })),
    skew,
  };
}
