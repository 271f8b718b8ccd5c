import { isAccountDisabledError } from '../client/accountDisabled';
import {
  isFdkAbortError,
  isFdkApiError,
  isFdkError,
  isFdkNetworkError,
  isFdkRateLimitError,
  isFdkRequestValidationError,
  isFdkResponseValidationError,
  isFdkTimeoutError,
  isFdkUnauthorizedError,
} from '../client/errors';
import { isReadableText } from '../client/readableText';
import { formatMessage } from './formatMessage';
import type { Messages } from './messages';
import { commonMessages } from './messages/common';
import { errorMessages } from './messages/errors';
import { serverTextName, type ServerTextName } from '../client/serverTexts';
import { serverTextMessageKeys } from './serverTextMessages';

/** What kind of failure an error is, for choosing how to show it. */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'account-disabled'
  | 'rate-limited'
  | 'network'
  | 'timeout'
  | 'server'
  | 'rejected'
  | 'unknown';

/** What {@link errorMessage} returns. */
export interface FriendlyError {
  /** The text to show the shopper. Never the server's raw text: see {@link errorMessage}. */
  message: string;
  /**
   * The server's own `message` (trimmed), when it sent one that reads as a short human sentence, even where
   * `message` is a kit text. Safe to show; `undefined` for stack traces, dumps, markup and the like.
   */
  serverMessage?: string;
  /** The known server text (flows.md F9) the server answered, by name, when it was one. */
  serverText?: ServerTextName;
  /** Whether trying again (the same call, later) may work: show a "Try again" button. */
  retryable: boolean;
  /** What kind of failure it is. */
  kind: ErrorKind;
  /** For `rate-limited`: the seconds to wait, when the server said. */
  retryAfter?: number;
}

/**
 * Turns anything thrown by the kit (or anything at all) into a text for the shopper:
 *
 * | error | kind | message | retryable |
 * | --- | --- | --- | --- |
 * | a 4xx whose body has `meta.is_deleted: true` or whose text is "This account has been disabled" (`isAccountDisabledError`) | `account-disabled` | `serverAccountDisabled` | no |
 * | `FdkRateLimitError` (429) | `rate-limited` | `errorRateLimited` with `{seconds}` (`errorRateLimitedSoon` without `retryAfter`) | yes |
 * | a 4xx (401 included) whose text is a known server text (`serverTexts`, flows.md F9) | `rejected` | that text's message key (`serverOtpInvalid` …), `serverText` names it | as the error says |
 * | `FdkUnauthorizedError` (401) | `unauthorized` | `errorSessionExpired` | no |
 * | `FdkApiError` 5xx, or a 4xx whose body had no `message` at all (HTML, invalid JSON, empty) | `server` | `errorServer` | yes |
 * | `FdkApiError` 4xx with a readable server message | `rejected` | the server's message, trimmed | as the error says (408: yes) |
 * | `FdkApiError` 4xx with any other server message (stack trace, dump, markup, too long …) | `rejected` | by status: `errorTimeout` (408), `errorRejected` (any other 4xx) | as the error says |
 * | `FdkNetworkError` | `network` | `errorOffline` | yes |
 * | `FdkTimeoutError` | `timeout` | `errorTimeout` | yes |
 * | `FdkRequestValidationError` | `validation` | `errorInvalidInput` | no |
 * | `FdkResponseValidationError` (unexpected answer) | `server` | `errorServer` | yes |
 * | `FdkAbortError`, `FdkConfigError`, other errors and thrown values | `unknown` | `errorGeneric` | yes, except `FdkConfigError` |
 *
 * A server text is shown only when it reads as a short human sentence (`isReadableText`: letters and spaces
 * mostly, nothing code-like, at most 200 characters), checked here again so that errors made elsewhere (another
 * copy of the kit, by hand) are safe too. That text, when there was one, is also in `serverMessage`. Kit texts
 * never include an error's own `message` (which may be technical), and nothing is ever `[object Object]`.
 * @example
 * const { message, retryable } = errorMessage(mutation.error, resolveMessages(overrides));
 */
export function errorMessage(error: unknown, given: Messages = commonMessages as Messages): FriendlyError {
  // The texts of failures come with this function (their pack, `messages/errors`); the caller's own texts (a
  // translation, overrides) win over them.
  const messages = { ...errorMessages, ...given } as Messages;
  if (isFdkApiError(error)) {
    // Read before the narrower guards: the subclasses have the same shape, so TypeScript narrows to `never` after them.
    const { status, retryable } = error;
    // `rawServerMessage` is never blank; an error from an older copy of the kit has `serverMessage` only.
    const raw = error.rawServerMessage ?? (String(error.serverMessage ?? '').trim() || undefined);
    const serverMessage = isReadableText(raw) ? raw?.trim() : undefined;
    const serverText = status < 500 ? serverTextName(raw) : undefined;
    const withServer = <T extends FriendlyError>(result: T): T => {
      if (serverMessage !== undefined) result.serverMessage = serverMessage;
      if (serverText !== undefined) result.serverText = serverText;
      return result;
    };
    // `as unknown`: a guard's false branch would narrow `error` to `never` for the checks below.
    if (isAccountDisabledError(error as unknown)) return withServer({ kind: 'account-disabled', retryable: false, message: messages.serverAccountDisabled });
    if (isFdkRateLimitError(error)) {
      const retryAfter = typeof error.retryAfter === 'number' && Number.isFinite(error.retryAfter) && error.retryAfter > 0 ? error.retryAfter : undefined;
      return withServer({
        kind: 'rate-limited',
        retryable: true,
        message:
          retryAfter === undefined
            ? messages.errorRateLimitedSoon
            : formatMessage(messages.errorRateLimited, { seconds: Math.ceil(retryAfter) }, messages.locale),
        ...(retryAfter === undefined ? {} : { retryAfter }),
      });
    }
    if (serverText !== undefined) return withServer({ kind: 'rejected', retryable: retryable === true, message: messages[serverTextMessageKeys[serverText]] });
    if (isFdkUnauthorizedError(error)) return withServer({ kind: 'unauthorized', retryable: false, message: messages.errorSessionExpired });
    if (status >= 500 || raw === undefined) return withServer({ kind: 'server', retryable: true, message: messages.errorServer });
    return withServer({ kind: 'rejected', retryable: retryable === true, message: serverMessage ?? (status === 408 ? messages.errorTimeout : messages.errorRejected) });
  }
  if (isFdkNetworkError(error)) return { kind: 'network', retryable: true, message: messages.errorOffline };
  if (isFdkTimeoutError(error)) return { kind: 'timeout', retryable: true, message: messages.errorTimeout };
  if (isFdkRequestValidationError(error)) return { kind: 'validation', retryable: false, message: messages.errorInvalidInput };
  if (isFdkResponseValidationError(error)) return { kind: 'server', retryable: true, message: messages.errorServer };
  if (isFdkAbortError(error)) return { kind: 'unknown', retryable: true, message: messages.errorGeneric };
  if (isFdkError(error)) return { kind: 'unknown', retryable: error.code !== 'CONFIG_ERROR', message: messages.errorGeneric };
  return { kind: 'unknown', retryable: true, message: messages.errorGeneric };
}
