/**
 * One error model for the whole kit. Every error thrown by the client, the hooks and the forms is an
 * {@link FdkError} with a stable `code`; the guards (`isFdkApiError` …) check `name`, so they work across
 * realms and duplicated bundles where `instanceof` does not.
 *
 * What may be shown to a shopper, and what is for logs only:
 *
 * | field | who it is for |
 * | --- | --- |
 * | `message` of `FdkApiError` (and its 401/429 subclasses) | safe to show, but English: a generic kit text by status, or the server's text when it reads as a short human sentence (`isReadableText`); prefer `errorMessage(error, messages)`, which is translated |
 * | `message` of the other classes | for developers: English, and technical for validation and configuration errors (field paths, option names); show `errorMessage(error, messages).message` instead |
 * | `serverMessage` (`FdkApiError`) | safe to show: the server's `message`, trimmed, only when it reads as a short human sentence; `undefined` otherwise |
 * | `code`, `status`, `retryable`, `retryAfter`, `method` | safe: fixed values, for choosing what to do |
 * | `rawServerMessage` (`FdkApiError`) | logs only: the server's `message` exactly as sent, which may be a stack trace, a database error or a dump |
 * | `body`, `bodyText` (`FdkApiError`), `body`, `issues` (`FdkResponseValidationError`) | logs only: what the server sent |
 * | `issues` (`FdkRequestValidationError`), `request`, `cause` | logs only: for developers |
 */

import { isReadableText } from './readableText';

/** Stable, machine-readable error codes. */
export type FdkErrorCode =
  | 'API_ERROR'
  | 'UNAUTHORIZED'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'REQUEST_VALIDATION'
  | 'RESPONSE_VALIDATION'
  | 'CONFIG_ERROR';

/** One problem found while validating a value: where (`path`, dotted) and what. */
export interface FdkIssue {
  /** Dotted path of the field, such as `body.mobile`; empty for the value itself. */
  path: string;
  /** What is wrong with it. */
  message: string;
}

/** Where an error happened: the method and the request, when there was one. */
export interface FdkErrorContext {
  /** The client method that failed, such as `loginWithOTP`. */
  method?: string;
  /** The HTTP verb and URL of the request. */
  request?: { method: string; url: string };
}

/**
 * Base class of every error the kit throws.
 * @example
 * try { await client.getLoggedInUser(); } catch (e) { if (isFdkError(e)) console.log(e.code); }
 */
export class FdkError extends Error {
  override name = 'FdkError';
  /** Stable machine-readable code. */
  readonly code: FdkErrorCode;
  /** The client method that failed, if any. */
  readonly method: string | undefined;
  /** The request that failed, if any. */
  readonly request: { method: string; url: string } | undefined;
  /** Whether trying the same call again later may succeed. */
  readonly retryable: boolean;

  constructor(code: FdkErrorCode, message: string, options: { cause?: unknown; retryable?: boolean } & FdkErrorContext = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.method = options.method;
    this.request = options.request;
    this.retryable = options.retryable ?? false;
  }
}

/**
 * The server answered with a non-2xx status. `message` and `serverMessage` are the server's own `message` only
 * when it sent JSON with one that reads as a short human sentence (`isReadableText`); otherwise `message` is a
 * generic text by status and `serverMessage` is `undefined`. What the server sent stays, for logs, in
 * `rawServerMessage`, `body` and `bodyText` (see the table at the top of this module).
 */
export class FdkApiError extends FdkError {
  override name = 'FdkApiError';
  /** HTTP status. */
  readonly status: number;
  /** Safe to show: the server's `message`, trimmed, when it reads as a short human sentence. */
  readonly serverMessage: string | undefined;
  /** Logs only: the server's `message` exactly as sent (any text), when the body was JSON with a string one. */
  readonly rawServerMessage: string | undefined;
  /** Logs only: the parsed JSON body, or `undefined` when it was not JSON. */
  readonly body: unknown;
  /** Logs only: the raw body text (at most 2,000 characters); never shown to users. */
  readonly bodyText: string;

  /**
   * `details.serverMessage` is the server's `message` as received: it is kept in `rawServerMessage`, and in
   * `serverMessage` and `message` only when it reads as a short human sentence.
   */
  constructor(
    status: number,
    details: { serverMessage?: string; body?: unknown; bodyText?: string; code?: FdkErrorCode; retryable?: boolean; cause?: unknown } & FdkErrorContext,
  ) {
    const raw = typeof details.serverMessage === 'string' && details.serverMessage.trim() !== '' ? details.serverMessage : undefined;
    const readable = isReadableText(raw) ? raw?.trim() : undefined;
    super(details.code ?? 'API_ERROR', readable ?? genericStatusMessage(status), {
      ...details,
      // A server that explains itself refused on purpose; one that sends no message (a proxy page …) may recover.
      retryable: details.retryable ?? (raw === undefined || status >= 500 || status === 408),
    });
    this.status = status;
    this.serverMessage = readable;
    this.rawServerMessage = raw;
    this.body = details.body;
    this.bodyText = (details.bodyText ?? '').slice(0, 2000);
  }
}

/** The request needed a signed-in user and there is none (HTTP 401). */
export class FdkUnauthorizedError extends FdkApiError {
  override name = 'FdkUnauthorizedError';
  constructor(details: ConstructorParameters<typeof FdkApiError>[1]) {
    super(401, { ...details, code: 'UNAUTHORIZED', retryable: false });
  }
}

/** Too many requests (HTTP 429). `retryAfter` is in seconds, from `Retry-After` or the body, when given. */
export class FdkRateLimitError extends FdkApiError {
  override name = 'FdkRateLimitError';
  /** Seconds to wait before trying again, when the server said. */
  readonly retryAfter: number | undefined;
  constructor(details: ConstructorParameters<typeof FdkApiError>[1] & { retryAfter?: number }) {
    super(429, { ...details, code: 'RATE_LIMITED', retryable: true });
    this.retryAfter = details.retryAfter;
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class FdkNetworkError extends FdkError {
  override name = 'FdkNetworkError';
  constructor(options: { cause?: unknown } & FdkErrorContext = {}) {
    super('NETWORK_ERROR', 'The network request failed. Check the connection and try again.', { ...options, retryable: true });
  }
}

/** The server did not answer within the client's `timeout`. */
export class FdkTimeoutError extends FdkError {
  override name = 'FdkTimeoutError';
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;
  constructor(timeout: number, options: { cause?: unknown } & FdkErrorContext = {}) {
    super('TIMEOUT', `The server did not answer within ${timeout} ms.`, { ...options, retryable: true });
    this.timeout = timeout;
  }
}

/** The caller aborted the request (an `AbortSignal` fired). */
export class FdkAbortError extends FdkError {
  override name = 'FdkAbortError';
  constructor(options: { cause?: unknown } & FdkErrorContext = {}) {
    super('ABORTED', 'The request was aborted.', options);
  }
}

/** The arguments of a call did not fit the method's schema; nothing was sent. */
export class FdkRequestValidationError extends FdkError {
  override name = 'FdkRequestValidationError';
  /** Each field that is wrong. */
  readonly issues: FdkIssue[];
  constructor(issues: FdkIssue[], options: FdkErrorContext = {}) {
    super('REQUEST_VALIDATION', `Invalid arguments${options.method ? ` for ${options.method}` : ''}: ${formatIssues(issues)}`, options);
    this.issues = issues;
  }
}

/** The server answered 2xx with a body that does not fit the method's response schema at all. */
export class FdkResponseValidationError extends FdkError {
  override name = 'FdkResponseValidationError';
  /** What did not fit. */
  readonly issues: FdkIssue[];
  /** The body as received (parsed JSON, or the text when it was not JSON). */
  readonly body: unknown;
  /** HTTP status of the answer. */
  readonly status: number;
  constructor(status: number, body: unknown, issues: FdkIssue[], options: FdkErrorContext = {}) {
    super('RESPONSE_VALIDATION', `Unexpected response${options.method ? ` from ${options.method}` : ''}: ${formatIssues(issues)}`, {
      ...options,
      retryable: true,
    });
    this.status = status;
    this.body = body;
    this.issues = issues;
  }
}

/** The client was set up wrongly (missing `baseUrl`, `applicationId`, a short `applicationToken` …). */
export class FdkConfigError extends FdkError {
  override name = 'FdkConfigError';
  constructor(message: string) {
    super('CONFIG_ERROR', message);
  }
}

function formatIssues(issues: FdkIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

/** The generic message for a status whose body gave none. */
export function genericStatusMessage(status: number): string {
  if (status >= 500) return `The server had a problem (HTTP ${status}). Please try again.`;
  return `The request failed (HTTP ${status}).`;
}

const isNamed =
  <T extends FdkError>(...names: string[]) =>
  (error: unknown): error is T =>
    typeof error === 'object' && error !== null && names.includes((error as { name?: unknown }).name as string) && 'code' in error;

/** True for any error thrown by the kit: an object with a `code` whose `name` is `Fdk…Error` (every class above). */
export const isFdkError = (error: unknown): error is FdkError =>
  typeof error === 'object' && error !== null && /^Fdk[A-Za-z]*Error$/.test(String((error as { name?: unknown }).name)) && 'code' in error;
/** True for an error answer of the server (any non-2xx, including 401 and 429). */
export const isFdkApiError = /* @__PURE__ */ isNamed<FdkApiError>('FdkApiError', 'FdkUnauthorizedError', 'FdkRateLimitError');
/** True for a 401. */
export const isFdkUnauthorizedError = /* @__PURE__ */ isNamed<FdkUnauthorizedError>('FdkUnauthorizedError');
/** True for a 429. */
export const isFdkRateLimitError = /* @__PURE__ */ isNamed<FdkRateLimitError>('FdkRateLimitError');
/** True when the request got no answer. */
export const isFdkNetworkError = /* @__PURE__ */ isNamed<FdkNetworkError>('FdkNetworkError');
/** True when the request timed out. */
export const isFdkTimeoutError = /* @__PURE__ */ isNamed<FdkTimeoutError>('FdkTimeoutError');
/** True when the caller aborted the request. */
export const isFdkAbortError = /* @__PURE__ */ isNamed<FdkAbortError>('FdkAbortError');
/** True when a call's arguments were refused before sending. */
export const isFdkRequestValidationError = /* @__PURE__ */ isNamed<FdkRequestValidationError>('FdkRequestValidationError');
/** True when a 2xx answer did not fit its schema. */
export const isFdkResponseValidationError = /* @__PURE__ */ isNamed<FdkResponseValidationError>('FdkResponseValidationError');
/** True when the client was set up wrongly. */
export const isFdkConfigError = /* @__PURE__ */ isNamed<FdkConfigError>('FdkConfigError');
