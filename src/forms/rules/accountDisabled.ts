import { isFdkApiError } from '../../client/errors';

/**
 * Whether a failure says the account has been disabled (Fynd answers `meta.is_deleted: true`, with the text
 * "This account has been disabled"): the sign-in then goes to the "account locked" step.
 */
export function isAccountDisabled(cause: unknown): boolean {
  if (!isFdkApiError(cause)) return false;
  const body = cause.body as { meta?: { is_deleted?: unknown } } | undefined;
  return body?.meta?.is_deleted === true;
}
