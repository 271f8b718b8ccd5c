/** What an email address looks like to the kit: something@something.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A mobile number as typed: digits with optional spaces, dashes, dots or brackets (6 to 15 digits). */
export const MOBILE_PATTERN = /^\(?\d[\d\s\-.()]{4,20}$/;
/** A country calling code, with or without `+`. */
export const COUNTRY_CODE_PATTERN = /^\+?\d{1,4}$/;

/** An identifier the shopper typed, read as an email address or a mobile number. */
export type ParsedIdentifier = { kind: 'email'; email: string } | { kind: 'mobile'; mobile: string } | { kind: 'invalid' };

/** Digits of a mobile number as typed (`98765 43210` → `9876543210`). */
export function mobileDigits(input: string): string {
  return input.replace(/[\s\-.()]/g, '');
}

/** A country code without `+` or spaces (`+91` → `91`). */
export function countryCodeDigits(input: string | undefined): string {
  return (input ?? '').replace(/[^\d]/g, '');
}

/**
 * Reads what the shopper typed as an email address or a mobile number (only the kinds allowed).
 * @example
 * parseIdentifier('ana@example.com', { email: true, mobile: true }); // { kind: 'email', email: 'ana@example.com' }
 * parseIdentifier('98765 43210', { email: true, mobile: true }); // { kind: 'mobile', mobile: '9876543210' }
 */
export function parseIdentifier(input: string, allowed: { email: boolean; mobile: boolean }): ParsedIdentifier {
  const value = input.trim();
  if (allowed.email && value.includes('@')) return EMAIL_PATTERN.test(value) ? { kind: 'email', email: value } : { kind: 'invalid' };
  if (allowed.mobile && MOBILE_PATTERN.test(value)) {
    const digits = mobileDigits(value);
    if (/^\d{6,15}$/.test(digits)) return { kind: 'mobile', mobile: digits };
  }
  return { kind: 'invalid' };
}
