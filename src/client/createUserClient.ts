import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type {
  FdkError} from './errors';
import {
  FdkAbortError,
  FdkConfigError,
  FdkNetworkError,
  FdkRequestValidationError,
  FdkTimeoutError,
  isFdkError,
  isFdkUnauthorizedError,
  type FdkErrorContext,
  type FdkUnauthorizedError,
} from './errors';
import { responseNeeds, userMethods, userMethodNames, wireQuery, type MethodArgs, type MethodResult, type MethodSpec, type UserMethodName } from './methods';
import { errorFromResponse, parseSuccess, toIssues } from './responses';
import { formatSigningDate, signRequest } from './signing';

/** Retry settings for idempotent GET requests (other verbs are never retried). */
export interface RetryOptions {
  /** How many times to retry a GET after a network error, a 5xx or a 429. Default 2. */
  limit?: number;
  /** The longest `Retry-After` wait honoured, in ms; longer waits are cut to this. Default 10 000. */
  maxRetryAfter?: number;
  /** Delay before retry number `attempt` (from 1), in ms. Default 300 ms doubling. */
  delay?: (attempt: number) => number;
}

/** Options of {@link createUserClient}. */
export interface UserClientOptions {
  /** The application's API domain (`https://api.fynd.com`) or the storefront's own origin. Required: there is no default host. */
  baseUrl: string;
  /** The application id. Required. */
  applicationId: string;
  /** The application token (5 characters or more). Required. */
  applicationToken: string;
  /** Sign every request with `x-fp-date`/`x-fp-signature`. Default `true`. */
  sign?: boolean;
  /** Time allowed for each attempt, in ms. Default 15 000. */
  timeout?: number;
  /** Retry for GETs: a count, `false` for none, or {@link RetryOptions}. Default 2 retries. POST/PUT/DELETE are never retried. */
  retry?: number | false | RetryOptions;
  /** A custom `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request. `x-fp-*` ones are signed too. */
  headers?: Record<string, string>;
  /** Called with the error on every 401 answer. */
  onUnauthorized?: (error: FdkUnauthorizedError) => void;
  /** Clock used for `x-fp-date` (tests). Default `() => new Date()`. */
  now?: () => Date;
}

/** Per-call options, the second argument of every client method. */
export interface CallOptions {
  /** Aborts the request; the call then rejects with `FdkAbortError`. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

type MethodFunction<N extends UserMethodName> =
  Record<never, never> extends MethodArgs<N>
    ? (args?: MethodArgs<N>, options?: CallOptions) => Promise<MethodResult<N>>
    : (args: MethodArgs<N>, options?: CallOptions) => Promise<MethodResult<N>>;

/**
 * A User API client: one method per documented method, named and called as in the official SDK's
 * `applicationClient.user`, each resolving to the parsed response or rejecting with an `FdkError`.
 */
export type UserClient = { readonly [N in UserMethodName]: MethodFunction<N> } & {
  /** The options the client was made with (token included; do not log). */
  readonly options: Readonly<UserClientOptions>;
};

function checkOptions(options: UserClientOptions | undefined): asserts options is UserClientOptions {
  if (!options || typeof options !== 'object') throw new FdkConfigError('createUserClient needs an options object with baseUrl, applicationId and applicationToken.');
  if (typeof options.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new FdkConfigError('createUserClient: `baseUrl` is required (the application API domain, e.g. https://api.fynd.com).');
  }
  if (typeof options.applicationId !== 'string' || options.applicationId.trim() === '') {
    throw new FdkConfigError('createUserClient: `applicationId` is required.');
  }
  if (typeof options.applicationToken !== 'string' || options.applicationToken.trim() === '') {
    throw new FdkConfigError('createUserClient: `applicationToken` is required.');
  }
  if (options.applicationToken.length < 5) {
    throw new FdkConfigError('createUserClient: `applicationToken` is too short (it has at least 5 characters).');
  }
  if (options.timeout !== undefined && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
    throw new FdkConfigError('createUserClient: `timeout` must be a positive number of milliseconds.');
  }
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function retrySettings(retry: UserClientOptions['retry']) {
  const given = typeof retry === 'number' ? { limit: retry } : retry === false ? { limit: 0 } : (retry ?? {});
  return {
    limit: given.limit ?? 2,
    methods: ['get'],
    statusCodes: [429, 500, 502, 503, 504],
    afterStatusCodes: [429, 503],
    maxRetryAfter: given.maxRetryAfter ?? 10_000,
    ...(given.delay ? { delay: given.delay } : {}),
  };
}

function createKy(options: UserClientOptions): KyInstance {
  const now = options.now ?? (() => new Date());
  const prefixUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  return ky.create({
    prefixUrl,
    credentials: 'include',
    timeout: options.timeout ?? 15_000,
    retry: retrySettings(options.retry),
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: {
      ...options.headers,
      accept: 'application/json',
      authorization: `Bearer ${base64(`${options.applicationId}:${options.applicationToken}`)}`,
    },
    hooks: {
      beforeRequest:
        options.sign === false
          ? []
          : [
              async (request) => {
                request.headers.set('x-fp-date', formatSigningDate(now()));
                const headers: Record<string, string> = {};
                request.headers.forEach((value, name) => {
                  headers[name] = value;
                });
                const body = request.body ? await request.clone().text() : null;
                request.headers.set('x-fp-signature', await signRequest({ method: request.method, url: request.url, body, headers }));
              },
            ],
    },
  });
}

/** Strict percent-encoding, as the official SDK's query-string writes it (a space is `%20`, not `+`). */
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** `?a=1&b=2` with keys sorted, as the official SDK sends it; empty for no query. */
function queryString(query: Record<string, string>): string {
  const keys = Object.keys(query).sort();
  return keys.length === 0 ? '' : `?${keys.map((key) => `${encode(key)}=${encode(query[key]!)}`).join('&')}`;
}

function mapThrown(error: unknown, context: FdkErrorContext, timeout: number, signal: AbortSignal | undefined): FdkError {
  if (isFdkError(error)) return error;
  if (error instanceof TimeoutError) return new FdkTimeoutError(timeout, { ...context, cause: error });
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) return new FdkAbortError({ ...context, cause: error });
  return new FdkNetworkError({ ...context, cause: error });
}

/**
 * Creates a client for the User application API. Every request carries the application's credentials,
 * is sent with the session cookie (`credentials: 'include'`), and is signed unless `sign: false`.
 *
 * @throws FdkConfigError when a required option is missing or wrong.
 * @example
 * const client = createUserClient({ baseUrl: 'https://api.fynd.com', applicationId: 'app', applicationToken: 'token' });
 * const { request_id } = await client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' }, platform: 'Fynd' });
 */
export function createUserClient(options: UserClientOptions): UserClient {
  checkOptions(options);
  const http = createKy(options);
  const timeout = options.timeout ?? 15_000;
  const notifyUnauthorized = (error: FdkUnauthorizedError) => {
    try {
      options.onUnauthorized?.(error);
    } catch (listenerError) {
      // A failing listener must not replace the 401 the caller is waiting for.
      console.error('fdk-user-react: onUnauthorized threw', listenerError);
    }
  };

  async function call(spec: MethodSpec, rawArgs: unknown, callOptions: CallOptions = {}): Promise<unknown> {
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) throw new FdkRequestValidationError(toIssues(parsed.error.issues, rawArgs ?? {}), { method: spec.name });
    const args = parsed.data as Record<string, unknown>;
    const context: FdkErrorContext = { method: spec.name, request: { method: spec.http, url: `${options.baseUrl.replace(/\/+$/, '')}${spec.path}` } };
    try {
      const response = await http(spec.path.slice(1) + queryString(wireQuery(spec, args)), {
        method: spec.http,
        ...(spec.body ? { body: JSON.stringify(args.body), headers: { 'content-type': 'application/json', ...callOptions.headers } } : { headers: callOptions.headers ?? {} }),
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
      });
      const text = await response.text();
      return parseSuccess(spec.response, response.status, text, context, responseNeeds[spec.name as UserMethodName]);
    } catch (error) {
      const failure = error instanceof HTTPError ? await errorFromResponse(error.response, context) : mapThrown(error, context, timeout, callOptions.signal);
      if (isFdkUnauthorizedError(failure)) notifyUnauthorized(failure);
      throw failure;
    }
  }

  const client: Record<string, unknown> = { options: Object.freeze({ ...options }) };
  for (const name of userMethodNames) {
    const spec = userMethods[name] as unknown as MethodSpec;
    client[name] = (args?: unknown, callOptions?: CallOptions) => call(spec, args, callOptions);
  }
  return client as UserClient;
}
