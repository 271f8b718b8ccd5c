import { serverTexts } from '../../client/serverTexts';
import { fakeUserMessages } from './messages';
import { fail } from './results';
import { digits, normalizeEmail } from './store';
import type { FakeEmailTarget, FakeOtpTarget, FakeRuleResult, FakeSmsTarget } from './types';

/**
 * The longest email address the service takes; a longer one answers 400 `Email cannot exceed 50 characters`.
 * @example
 * await client.addEmail({ body: { email: `${'a'.repeat(MAX_EMAIL_LENGTH)}@example.com` } }); // 400
 */
export const MAX_EMAIL_LENGTH = 50;

/**
 * Genders the service takes (any case); anything else, `other` included, answers 400. A storefront sends an
 * "other" choice as `unisex` (flows.md F10).
 * @example
 * FAKE_GENDERS.includes('unisex'); // true
 */
export const FAKE_GENDERS = ['male', 'female', 'unisex'] as const;

/** A country code such as `'91'`, `'+91'` or `91` as a number; `NaN` when there are no digits. */
export function countryCodeOf(value: string | number | undefined, fallback = 91): number {
  if (value === undefined || value === '') return fallback;
  const text = digits(String(value));
  return text === '' ? Number.NaN : Number(text);
}

/** Whether text looks like an email address. */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** Whether digits look like a national mobile number. */
export function isMobile(phone: string): boolean {
  return /^\d{6,15}$/.test(phone);
}

/** Whether a form value was given (not absent, not blank). */
export function isFilled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * A phone target from the API's `mobile`/`phone` and `country_code`, or a 400 answer: `Mobile number is
 * required` when there is none, `Invalid Mobile Number` when it is malformed (the server's texts).
 */
export function phoneTarget(mobile: string | undefined, countryCode: string | undefined): FakeSmsTarget | FakeRuleResult {
  if (!isFilled(mobile)) return fail(400, serverTexts.mobileRequired);
  const phone = digits(mobile);
  const code = countryCodeOf(countryCode);
  if (/[a-z]/i.test(mobile) || !isMobile(phone) || !Number.isFinite(code) || code <= 0 || code > 9999) return fail(400, serverTexts.mobileInvalid);
  return { channel: 'sms', countryCode: code, phone };
}

/**
 * An email target, or a 400 answer: `Email is required` when there is none, `Email cannot exceed 50
 * characters`, `Invalid email address` (the server's texts).
 */
export function emailTarget(email: string | undefined): FakeEmailTarget | FakeRuleResult {
  if (!isFilled(email)) return fail(400, fakeUserMessages.emailRequired);
  const text = normalizeEmail(email);
  if (text.length > MAX_EMAIL_LENGTH) return fail(400, serverTexts.emailTooLong);
  if (!isEmail(text)) return fail(400, serverTexts.emailInvalid);
  return { channel: 'email', email: text };
}

/** Whether a value is a target (not an error answer). */
export function isTarget<T extends FakeOtpTarget>(value: T | FakeRuleResult): value is T {
  return 'channel' in value;
}

/** A gender the service takes, lower-cased, or `undefined` for any other value. */
export function genderOf(value: string): (typeof FAKE_GENDERS)[number] | undefined {
  const gender = value.trim().toLowerCase();
  return (FAKE_GENDERS as readonly string[]).includes(gender) ? (gender as (typeof FAKE_GENDERS)[number]) : undefined;
}

/** Whether two targets are the same contact. */
export function sameTarget(a: FakeOtpTarget | undefined, b: FakeOtpTarget | undefined): boolean {
  if (!a || !b) return false;
  if (a.channel === 'sms' && b.channel === 'sms') return a.countryCode === b.countryCode && a.phone === b.phone;
  return a.channel === 'email' && b.channel === 'email' && a.email === b.email;
}

function isPastDate(text: string, now: number): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && time < now;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The profile fields a registration or a profile edit may carry. */
export interface ProfileFields {
  first_name?: string | undefined;
  gender?: string | undefined;
  dob?: string | undefined;
  profile_pic_url?: string | undefined;
}

/** Checks the profile fields given; a 400 answer naming the first bad one. */
export function checkProfileFields(now: number, body: ProfileFields): FakeRuleResult | undefined {
  if (body.first_name !== undefined && body.first_name.trim() === '') return fail(400, fakeUserMessages.emptyName('first_name'));
  if (body.gender !== undefined && genderOf(body.gender) === undefined) return fail(400, fakeUserMessages.invalidGender);
  if (body.dob !== undefined && !isPastDate(body.dob, now)) return fail(400, fakeUserMessages.invalidDob);
  if (body.profile_pic_url !== undefined && !isHttpUrl(body.profile_pic_url)) return fail(400, fakeUserMessages.invalidPictureUrl);
  return undefined;
}
