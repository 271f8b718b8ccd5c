import { asciiDigits } from './otpCode';

/** What an email address looks like to the kit: something@something.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A mobile number as typed: digits with optional spaces, dashes, dots or brackets (6 to 15 digits). */
export const MOBILE_PATTERN = /^\(?\d[\d\s\-.()]{4,20}$/;
/** A country calling code, with or without `+`. */
export const COUNTRY_CODE_PATTERN = /^\+?\d{1,4}$/;

/** An identifier the shopper typed, read as an email address or a mobile number (with the country code, when typed). */
export type ParsedIdentifier = { kind: 'email'; email: string } | { kind: 'mobile'; mobile: string; countryCode?: string } | { kind: 'invalid' };

/**
 * A country code typed before the number (`+91 `, `+91-`, `(+91)`, `0091 `), or `+91` run straight into a 10-digit
 * Indian number (the only code read without a separator); then the number.
 */
const TYPED_COUNTRY_CODE = /^(?:\((?:\+|00)(\d{1,3})\)|(?:\+|00)(\d{1,3})[\s\-.]|(?:\+|00)(91)(?=\d{10}$))\s*(.*)$/;

/** Digits of a mobile number as typed (`98765 43210` → `9876543210`, `٩٨٧٦٥ ٤٣٢١٠` too). */
export function mobileDigits(input: string): string {
  return asciiDigits(input).replace(/[\s\-.()]/g, '');
}

/**
 * The country code typed in front of a number (`+971 50…`, `00971-50…`, `(+971)…`), digits only, once a separator
 * follows it; `undefined` when none was typed.
 * @example
 * typedCountryCode('+971 50 123 4567'); // '971'
 * typedCountryCode('050 123 4567'); // undefined
 */
export function typedCountryCode(input: string): string | undefined {
  const match = /^\s*\(?(?:\+|00)(\d{1,3})\)?[\s\-.]/.exec(asciiDigits(input));
  return match?.[1];
}

/**
 * Whether what was typed looks like a phone number rather than an email address: digits (any script), with `+`,
 * spaces, dashes, dots or brackets, and nothing else.
 * @example
 * looksLikePhone('+91 98765'); // true
 * looksLikePhone('ana@'); // false
 */
export function looksLikePhone(typed: string): boolean {
  return /^[+(]*\d[\d\s\-.()]*$/.test(asciiDigits(typed).trim());
}

/** A country code without `+` or spaces (`+91` → `91`, `+٩١` too). */
export function countryCodeDigits(input: string | undefined): string {
  return asciiDigits(input ?? '').replace(/[^\d]/g, '');
}

/**
 * Reads what the shopper typed as an email address or a mobile number (only the kinds allowed). A mobile number
 * may be written with other scripts' digits (`۹۸۷۶۵۴۳۲۱۰`, `९८७६५ ४३२१०`, full-width), with a country code in
 * front (`+91 98765 43210`, `+91-98765-43210`, `(+91) 98765 43210`, `0091 98765 43210`, and `+919876543210`,
 * the one code read without a separator), and with a leading trunk `0` (`098765 43210`), which is dropped. The
 * country code, when typed, comes back in `countryCode` (digits only); the number has 6 to 15 digits.
 * @example
 * parseIdentifier('ana@example.com', { email: true, mobile: true }); // { kind: 'email', email: 'ana@example.com' }
 * parseIdentifier('98765 43210', { email: true, mobile: true }); // { kind: 'mobile', mobile: '9876543210' }
 * parseIdentifier('+91 98765 43210', { email: false, mobile: true }); // { kind: 'mobile', mobile: '9876543210', countryCode: '91' }
 */
export function parseIdentifier(input: string, allowed: { email: boolean; mobile: boolean }): ParsedIdentifier {
  const value = input.trim();
  if (allowed.email && value.includes('@')) return EMAIL_PATTERN.test(value) ? { kind: 'email', email: value } : { kind: 'invalid' };
  if (!allowed.mobile) return { kind: 'invalid' };
  const typed = asciiDigits(value);
  const withCode = TYPED_COUNTRY_CODE.exec(typed);
  const countryCode = withCode?.[1] ?? withCode?.[2] ?? withCode?.[3];
  const national = withCode?.[4] ?? typed;
  if (!MOBILE_PATTERN.test(national)) return { kind: 'invalid' };
  const digits = mobileDigits(national).replace(/^0/, '');
  if (!/^\d{6,15}$/.test(digits) || (countryCode ?? '').length + digits.length > 15) return { kind: 'invalid' };
  return countryCode === undefined ? { kind: 'mobile', mobile: digits } : { kind: 'mobile', mobile: digits, countryCode };
}
