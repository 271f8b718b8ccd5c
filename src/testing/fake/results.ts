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

/** Thrown by {@link signedIn} when a rule that needs a user runs without one (the router prevents it). */
export class FakeRuleError extends Error {
  override name = 'FakeRuleError';
}

/** The signed-in user of a call (the router answers 401 before a session rule runs without one). */
export function signedIn<N extends UserMethodName>(call: FakeCall<N>): FakeUserRecord {
  if (!call.user) throw new FakeRuleError(fakeUserMessages.notSignedIn);
  return call.user;
}
