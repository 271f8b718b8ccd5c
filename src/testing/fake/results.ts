import { serverTexts } from '../../client/serverTexts';
import { fakeUserMessages } from './messages';
import type { FakeCall, FakeRuleResult, FakeUserRecord } from './types';
import type { UserMethodName } from '../../client/methods';

/** A 200 answer. */
export function ok(body: unknown, extra: Omit<FakeRuleResult, 'body'> = {}): FakeRuleResult {
  return { status: 200, body, ...extra };
}

/** An error answer with a JSON `{ message }` (and extra fields). */
export function fail(status: number, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): FakeRuleResult {
  return { status, body: { message, ...extra }, ...(headers ? { headers } : {}) };
}

/** Whether a value is an answer (an error to send back) rather than a result to go on with. */
export function isAnswer(value: object): value is FakeRuleResult {
  return 'body' in value;
}

/** The answer to a sign-in of a disabled account: 403, the server's text and `meta.is_deleted` (flows.md F8). */
export function accountDisabled(): FakeRuleResult {
  return fail(403, serverTexts.accountDisabled, { meta: { is_deleted: true } });
}

/** Signs a user in with this answer body, unless the account is disabled (then {@link accountDisabled}). */
export function signIn(user: FakeUserRecord, body: Record<string, unknown>): FakeRuleResult {
  return user.active ? ok(body, { login: user }) : accountDisabled();
}

/** Thrown by {@link signedIn} when a rule that needs a user runs without one (the router prevents it). */
export class FakeRuleError extends Error {
  override name = 'FakeRuleError';
}

/** The signed-in user of a call (the router answers 401 before a session rule runs without one). */
export function signedIn<N extends UserMethodName>(call: FakeCall<N>): FakeUserRecord {
  if (!call.user) throw new FakeRuleError(fakeUserMessages.notSignedIn);
  return call.user;
}
