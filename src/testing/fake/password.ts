import { FdkConfigError } from '../../client/errors';
import { fakeUserMessages } from './messages';
import { fail } from './results';
import type { FakeRuleResult } from './types';

/** A password rule: a function that accepts a password, or a regular expression it must match. */
export type FakePasswordRule = RegExp | ((password: string) => boolean);

/**
 * Fynd's password rule, the fake's default (flows.md F11, what Fynd's storefront kit checks before submit):
 * at least 8 characters, with a letter (A–Z, a–z), a digit and a special character (neither a letter, a digit
 * nor a space), and no spaces.
 * @example
 * fakePasswordRule('Passw0rd!'); // true
 * fakePasswordRule('Password1'); // false: no special character
 */
export function fakePasswordRule(password: string): boolean {
  return (
    password.length >= 8 &&
    /[A-Za-z]/.test(password) &&
    /\d/.test(password) &&
    /[^\p{L}\p{N}\s]/u.test(password) &&
    !/\s/.test(password)
  );
}

/**
 * What the fake answers (400 `{ message }`) when a new password breaks the rule, in `registerWithForm`,
 * `forgotPassword` and `updatePassword`.
 * @example
 * await expect(client.updatePassword({ body: { new_password: 'short' } })).rejects.toMatchObject({ serverMessage: fakePasswordRuleMessage });
 */
export const fakePasswordRuleMessage: string = fakeUserMessages.passwordRule;

/** The rule as a function (a regular expression is tested without its global or sticky state). */
export function toPasswordRule(rule: FakePasswordRule | undefined): (password: string) => boolean {
  if (rule === undefined) return fakePasswordRule;
  if (rule instanceof RegExp) {
    const pattern = new RegExp(rule.source, rule.flags.replace(/[gy]/g, ''));
    return (password) => pattern.test(password);
  }
  if (typeof rule === 'function') return rule;
  throw new FdkConfigError('passwordRule must be a function or a regular expression');
}

/** A 400 answer when a new password breaks the rule (or is missing), else `undefined`. */
export function checkNewPassword(rule: (password: string) => boolean, password: string | undefined): FakeRuleResult | undefined {
  return password !== undefined && rule(password) ? undefined : fail(400, fakeUserMessages.passwordRule);
}
