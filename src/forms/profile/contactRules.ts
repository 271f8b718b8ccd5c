import type { MessageKey } from '../../i18n/messages';
import type { Email, PhoneNumber, UserSchema } from '../../schemas/common';
import { EMAIL_PATTERN } from '../identifier';

/*
 * The rules the User service applies to a user's email addresses and mobile numbers, as pure functions, so that
 * the UI can show every one of them before sending anything (a disabled button saying why, a field error).
 * They mirror the fake service exactly (src/testing/fake/profile.ts), which a table-driven test checks call by call:
 * - a contact is added unverified and not primary; one already on the account answers 409;
 * - only a verified contact can become primary; an absent one answers 404;
 * - the primary contact cannot be deleted, nor the last verified one (counting emails and mobile numbers together);
 * - a verification link is only for a contact that is not verified yet.
 * What only the server knows (an address used by another account) is left to its answer.
 */

/** What a rule says: allowed, or not with the key of the message saying why. */
export type ContactRuleResult = { ok: true } | { ok: false; reason: MessageKey };

/** A mobile number as the rules read it. */
export interface PhoneRef {
  phone?: string | undefined;
  country_code?: string | number | undefined;
}

const allowed: ContactRuleResult = { ok: true };
const refused = (reason: MessageKey): ContactRuleResult => ({ ok: false, reason });

/**
 * An email address as the service compares them: trimmed, lower case.
 * @example
 * normalizeEmail(' Ana@Example.com'); // 'ana@example.com'
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A country code as digits; `91` when empty, as the service defaults it.
 * @example
 * normalizeCountryCode('+91'); // '91'
 */
export function normalizeCountryCode(countryCode: string | number | undefined): string {
  if (countryCode === undefined || countryCode === '') return '91';
  return String(countryCode).replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

/**
 * A mobile number as digits.
 * @example
 * normalizePhone('98765 43210'); // '9876543210'
 */
export function normalizePhone(phone: string | undefined): string {
  return (phone ?? '').replace(/\D/g, '');
}

/**
 * Whether two mobile numbers are the same contact (same digits and country code).
 * @example
 * samePhone({ phone: '98765-43210', country_code: '+91' }, { phone: '9876543210', country_code: 91 }); // true
 */
export function samePhone(a: PhoneRef, b: PhoneRef): boolean {
  return normalizePhone(a.phone) === normalizePhone(b.phone) && normalizeCountryCode(a.country_code) === normalizeCountryCode(b.country_code);
}

/**
 * How many of the user's contacts (emails and mobile numbers together) are verified.
 * @example
 * verifiedContactCount(user); // 2 for the seeded Ana (her email and her mobile number)
 */
export function verifiedContactCount(user: UserSchema | null | undefined): number {
  const emails = user?.emails?.filter((entry) => entry.verified).length ?? 0;
  const phones = user?.phone_numbers?.filter((entry) => entry.verified).length ?? 0;
  return emails + phones;
}

/**
 * The user's entry for an email address, if any (compared as the service does).
 * @example
 * findEmail(user, 'ANA@example.com')?.primary; // true
 */
export function findEmail(user: UserSchema | null | undefined, email: string): Email | undefined {
  const wanted = normalizeEmail(email);
  return user?.emails?.find((entry) => normalizeEmail(entry.email ?? '') === wanted);
}

/**
 * The user's entry for a mobile number, if any.
 * @example
 * findPhone(user, { phone: '9876543210', country_code: '91' })?.verified; // true
 */
export function findPhone(user: UserSchema | null | undefined, phone: PhoneRef): PhoneNumber | undefined {
  return user?.phone_numbers?.find((entry) => samePhone(entry, phone));
}

function canDelete(entry: { primary?: boolean | undefined; verified?: boolean | undefined } | undefined, user: UserSchema | null | undefined, kind: 'emails' | 'phones'): ContactRuleResult {
  if (!entry) return refused(`${kind}NotFound`);
  if (entry.primary) return refused(`${kind}DeleteDisabledPrimary`);
  if (entry.verified && verifiedContactCount(user) <= 1) return refused(`${kind}DeleteDisabledLast`);
  return allowed;
}

function canMakePrimary(entry: { primary?: boolean | undefined; verified?: boolean | undefined } | undefined, kind: 'emails' | 'phones'): ContactRuleResult {
  if (!entry) return refused(`${kind}NotFound`);
  if (!entry.verified) return refused(`${kind}PrimaryDisabledUnverified`);
  // The service accepts it (nothing changes); the UI has no reason to offer it.
  if (entry.primary) return refused(`${kind}PrimaryDisabledAlready`);
  return allowed;
}

function canSendLink(entry: { verified?: boolean | undefined } | undefined, kind: 'emails' | 'phones'): ContactRuleResult {
  if (!entry) return refused(`${kind}NotFound`);
  if (entry.verified) return refused(`${kind}AlreadyVerified`);
  return allowed;
}

/**
 * Whether an email address can be removed: not the primary one, not the last verified contact.
 * @example
 * const rule = canDeleteEmail(user, 'ana@example.com');
 * if (!rule.ok) showHint(messages[rule.reason]); // 'This is your primary email address. …'
 */
export function canDeleteEmail(user: UserSchema | null | undefined, email: string): ContactRuleResult {
  return canDelete(findEmail(user, email), user, 'emails');
}

/**
 * Whether a mobile number can be removed: not the primary one, not the last verified contact.
 * @example
 * canDeletePhone(user, { phone: '9876543210', country_code: 91 }); // { ok: false, reason: 'phonesDeleteDisabledPrimary' }
 */
export function canDeletePhone(user: UserSchema | null | undefined, phone: PhoneRef): ContactRuleResult {
  return canDelete(findPhone(user, phone), user, 'phones');
}

/**
 * Whether an email address can become the primary one: only a verified one that is not primary already.
 * @example
 * canMakeEmailPrimary(user, 'new@example.com'); // { ok: false, reason: 'emailsPrimaryDisabledUnverified' }
 */
export function canMakeEmailPrimary(user: UserSchema | null | undefined, email: string): ContactRuleResult {
  return canMakePrimary(findEmail(user, email), 'emails');
}

/**
 * Whether a mobile number can become the primary one: only a verified one that is not primary already.
 * @example
 * canMakePhonePrimary(user, { phone: '9123456780', country_code: '91' });
 */
export function canMakePhonePrimary(user: UserSchema | null | undefined, phone: PhoneRef): ContactRuleResult {
  return canMakePrimary(findPhone(user, phone), 'phones');
}

/**
 * Whether a verification link can be sent to an email address: only one of the user's that is not verified yet.
 * @example
 * canSendEmailLink(user, 'new@example.com'); // { ok: true }
 */
export function canSendEmailLink(user: UserSchema | null | undefined, email: string): ContactRuleResult {
  return canSendLink(findEmail(user, email), 'emails');
}

/**
 * Whether a verification link can be sent to a mobile number: only one of the user's that is not verified yet.
 * @example
 * canSendPhoneLink(user, { phone: '9123456780', country_code: '91' });
 */
export function canSendPhoneLink(user: UserSchema | null | undefined, phone: PhoneRef): ContactRuleResult {
  return canSendLink(findPhone(user, phone), 'phones');
}

/**
 * Whether an email address can be added: a valid address not already on the account. (One used by another
 * account is refused by the server with 409; only it knows.)
 * @example
 * canAddEmail(user, 'ANA@example.com '); // { ok: false, reason: 'emailsAlreadyAdded' }
 */
export function canAddEmail(user: UserSchema | null | undefined, email: string): ContactRuleResult {
  if (!EMAIL_PATTERN.test(email.trim())) return refused('validationEmail');
  if (findEmail(user, email)) return refused('emailsAlreadyAdded');
  return allowed;
}

/**
 * Whether a mobile number can be added: 6 to 15 digits, a country code, not already on the account.
 * @example
 * canAddPhone(user, { phone: '98765 43210', country_code: '+91' }); // { ok: false, reason: 'phonesAlreadyAdded' }
 */
export function canAddPhone(user: UserSchema | null | undefined, phone: PhoneRef): ContactRuleResult {
  if (!/^\d{6,15}$/.test(normalizePhone(phone.phone))) return refused('validationMobile');
  if (!/^\d+$/.test(normalizeCountryCode(phone.country_code))) return refused('validationCountryCode');
  if (findPhone(user, phone)) return refused('phonesAlreadyAdded');
  return allowed;
}
