import { describe, expect, it } from 'vitest';
import { countryCodeDigits, mobileDigits, parseIdentifier } from '../../src/forms/identifier';
import { asciiDigits, normalizeOtp } from '../../src/forms/otpCode';

/* The digits a shopper really types: other scripts' digits, and an Indian number written every usual way. */

describe('asciiDigits', () => {
  it.each([
    ['Arabic-Indic', '١٢٣٤٥٦٧٨٩٠', '1234567890'],
    ['Eastern Arabic-Indic (Persian, Urdu)', '۱۲۳۴۵۶۷۸۹۰', '1234567890'],
    ['Devanagari', '१२३४५६७८९०', '1234567890'],
    ['Bengali', '১২৩৪', '1234'],
    ['Gujarati', '૧૨૩૪', '1234'],
    ['Tamil', '௧௨௩௪', '1234'],
    ['full-width', '１２３４５６７８９０', '1234567890'],
    ['mixed', 'a१b٢c３4', 'a1b2c34'],
  ])('%s', (_label, input, expected) => {
    expect(asciiDigits(input)).toBe(expected);
  });
});

describe('normalizeOtp turns other digits into ASCII instead of dropping them', () => {
  it.each([
    ['١٢٣٤', 4, '1234'],
    ['۱۲۳۴', 4, '1234'],
    ['१२३४', 4, '1234'],
    ['１２３４', 4, '1234'],
    ['１２３ ４５６', 6, '123456'],
    ['कोड: १२३४', 4, '1234'],
    ['\u200f١٢٣٤\u200f', 4, '1234'],
  ])('%j (length %i) → %j', (input, length, expected) => {
    expect(normalizeOtp(input, length)).toBe(expected);
  });
});

describe('parseIdentifier reads an Indian number however it is typed', () => {
  const both = { email: true, mobile: true };
  it.each([
    ['+91 98765 43210', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['+91-98765-43210', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['(+91) 98765 43210', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['(+91)98765-43210', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['+919876543210', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['0091 98765 43210', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['098765 43210', { kind: 'mobile', mobile: '9876543210' }],
    ['09876543210', { kind: 'mobile', mobile: '9876543210' }],
    ['9876543210', { kind: 'mobile', mobile: '9876543210' }],
    ['+٩١ ٩٨٧٦٥ ٤٣٢١٠', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['۹۸۷۶۵۴۳۲۱۰', { kind: 'mobile', mobile: '9876543210' }],
    ['+९१ ९८७६५ ४३२१०', { kind: 'mobile', mobile: '9876543210', countryCode: '91' }],
    ['９８７６５ ４３２１０', { kind: 'mobile', mobile: '9876543210' }],
    ['+44 7911 123456', { kind: 'mobile', mobile: '7911123456', countryCode: '44' }],
    ['+1 (415) 555-2671', { kind: 'mobile', mobile: '4155552671', countryCode: '1' }],
  ])('%j → %j', (input, expected) => {
    expect(parseIdentifier(input, both)).toEqual(expected);
  });

  it.each(['+91', '+91 123', '+', '++91 98765 43210', '+91 98765 43210 12345 67', '+1234 98765 43210', '0', '+91 ab cd'])('refuses %j', (input) => {
    expect(parseIdentifier(input, both)).toEqual({ kind: 'invalid' });
  });

  it('keeps what it did for emails and the other forms', () => {
    expect(parseIdentifier('ana@example.com', both)).toEqual({ kind: 'email', email: 'ana@example.com' });
    expect(parseIdentifier('(987) 654-3210', both)).toEqual({ kind: 'mobile', mobile: '9876543210' });
    expect(parseIdentifier('+91 98765 43210', { email: true, mobile: false })).toEqual({ kind: 'invalid' });
  });

  it('mobileDigits and countryCodeDigits read other digits too', () => {
    expect(mobileDigits('٩٨٧٦٥ ٤٣٢١٠')).toBe('9876543210');
    expect(countryCodeDigits('+٩١')).toBe('91');
    expect(countryCodeDigits('＋９１')).toBe('91');
  });
});
