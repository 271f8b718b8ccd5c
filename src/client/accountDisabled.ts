import { isFdkApiError, type FdkApiError } from './errors';
import { serverTextName } from './serverTexts';

/**
 * True for a 4xx that says the shopper's account is disabled or deleted (flows.md F8): the body's
 * `meta.is_deleted` is `true`, or the server's text is the known "This account has been disabled" (any case or
 * punctuation). Show an "account locked" page rather than the sign-in form again.
 * @example
 * if (isAccountDisabledError(error)) navigate('/account-locked');
 */
export function isAccountDisabledError(error: unknown): error is FdkApiError {
  return (
    isFdkApiError(error) &&
    error.status >= 400 &&
    error.status < 500 &&
    ((error.body as { meta?: { is_deleted?: unknown } } | null | undefined)?.meta?.is_deleted === true ||
      serverTextName(error.rawServerMessage ?? error.serverMessage) === 'accountDisabled')
  );
}
