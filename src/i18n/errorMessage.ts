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
import { formatMessage } from './formatMessage';
import type { Messages } from './messages';
import { messages as defaultMessages } from './messages';
import { serverTextMessageKeys, serverTextName } from './serverTexts';

/** What kind of failure an error is, for choosing how to show it. */
export type ErrorKind = 'validation' | 'unauthorized' | 'rate-limited' | 'network' | 'timeout' | 'server' | 'rejected' | 'unknown';

/** What {@link errorMessage} returns. */
export interface FriendlyError {
  /** The text to show the shopper. */
  message: string;
  /** The server's own `message` (trimmed), when it sent one, even where `message` is a kit text. */
  serverMessage?: string;
  /** Whether trying again (the same call, later) may work: show a "Try again" button. */
  retryable: boolean;
  /** What kind of failure it is. */
  kind: ErrorKind;
  /** For `rate-limited`: the seconds to wait, when the server said. */
  retryAfter?: number;
}

const trimmed = (value: string | undefined) => {
  const text = value?.trim();
  return text ? text : undefined;
};

/**
 * Turns anything thrown by the kit (or anything at all) into a text for the shopper:
 *
 * | error | kind | message | retryable |
 * | --- | --- | --- | --- |
 * | `FdkRateLimitError` (429) | `rate-limited` | `errorRateLimited` with `{seconds}` (`errorRateLimitedSoon` without `retryAfter`) | yes |
 * | `FdkUnauthorizedError` (401) | `unauthorized` | `errorSessionExpired` | no |
 * | `FdkApiError` 5xx, or any status whose body had no readable message (HTML, invalid JSON, empty) | `server` | `errorServer` | yes |
 * | `FdkApiError` 4xx with a server message | `rejected` | a known server text (`serverTexts`) in the kit's wording (`serverOtpInvalid` …), else the server's message, trimmed | as the error says (408: yes) |
 * | `FdkNetworkError` | `network` | `errorOffline` | yes |
 * | `FdkTimeoutError` | `timeout` | `errorTimeout` | yes |
 * | `FdkRequestValidationError` | `validation` | `errorInvalidInput` | no |
 * | `FdkResponseValidationError` (unexpected answer) | `server` | `errorServer` | yes |
 * | `FdkAbortError`, `FdkConfigError`, other errors and thrown values | `unknown` | `errorGeneric` | yes, except `FdkConfigError` |
 *
 * The server's message, when there was one, is also in `serverMessage`. Kit texts never include an error's own
 * `message` (which may be technical), and nothing is ever `[object Object]`.
 * @example
 * const { message, retryable } = errorMessage(mutation.error, resolveMessages(overrides));
 */
export function errorMessage(error: unknown, messages: Messages = defaultMessages): FriendlyError {
  if (isFdkApiError(error)) {
    // Read before the narrower guards: the subclasses have the same shape, so TypeScript narrows to `never` after them.
    const { status, retryable } = error;
    const serverMessage = trimmed(typeof error.serverMessage === 'string' ? error.serverMessage : undefined);
    const withServer = <T extends FriendlyError>(result: T): T => (serverMessage === undefined ? result : { ...result, serverMessage });
    if (isFdkRateLimitError(error)) {
      const retryAfter = typeof error.retryAfter === 'number' && Number.isFinite(error.retryAfter) && error.retryAfter > 0 ? error.retryAfter : undefined;
      return withServer({
        kind: 'rate-limited',
        retryable: true,
        message:
          retryAfter === undefined
            ? messages.errorRateLimitedSoon
            : formatMessage(messages.errorRateLimited, { seconds: Math.ceil(retryAfter) }),
        ...(retryAfter === undefined ? {} : { retryAfter }),
      });
    }
    if (isFdkUnauthorizedError(error)) return withServer({ kind: 'unauthorized', retryable: false, message: messages.errorSessionExpired });
    if (status >= 500 || serverMessage === undefined) return withServer({ kind: 'server', retryable: true, message: messages.errorServer });
    // A text the User service is known to send is shown in the kit's wording (a message key the storefront translates).
    const known = serverTextName(serverMessage);
    return { kind: 'rejected', retryable: retryable === true, message: known ? messages[serverTextMessageKeys[known]] : serverMessage, serverMessage };
  }
  if (isFdkNetworkError(error)) return { kind: 'network', retryable: true, message: messages.errorOffline };
  if (isFdkTimeoutError(error)) return { kind: 'timeout', retryable: true, message: messages.errorTimeout };
  if (isFdkRequestValidationError(error)) return { kind: 'validation', retryable: false, message: messages.errorInvalidInput };
  if (isFdkResponseValidationError(error)) return { kind: 'server', retryable: true, message: messages.errorServer };
  if (isFdkAbortError(error)) return { kind: 'unknown', retryable: true, message: messages.errorGeneric };
  if (isFdkError(error)) return { kind: 'unknown', retryable: error.code !== 'CONFIG_ERROR', message: messages.errorGeneric };
  return { kind: 'unknown', retryable: true, message: messages.errorGeneric };
}
