import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/formatMessage';
import { messages } from '../../src/i18n/messages';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage(messages.errorRateLimited, { seconds: 30 })).toBe('Too many attempts. Try again in 30 s.');
    expect(formatMessage(messages.validationCodeLength, { length: 4 })).toBe('Enter the 4-digit code.');
    expect(formatMessage('{a}{a} {b}', { a: 'x', b: 0 })).toBe('xx 0');
  });

  it('picks a plural form by the locale’s rules (Intl.PluralRules)', () => {
    const template = '{count, plural, =0 {no sessions} one {# session} other {# sessions}}';
    expect(formatMessage(template, { count: 0 })).toBe('no sessions');
    expect(formatMessage(template, { count: 1 })).toBe('1 session');
    expect(formatMessage(template, { count: 5 })).toBe('5 sessions');
    const arabic = '{count, plural, zero {لا جلسات} one {جلسة واحدة} two {جلستان} few {# جلسات} many {# جلسة} other {# جلسة}}';
    expect(formatMessage(arabic, { count: 2 }, 'ar')).toBe('جلستان');
    expect(formatMessage(arabic, { count: 3 }, 'ar')).toBe('3 جلسات');
    expect(formatMessage(arabic, { count: 11 }, 'ar')).toBe('11 جلسة');
    expect(formatMessage(messages.sessionsCount, { count: 1 }, 'en')).toBe('1 active session');
    expect(formatMessage(messages.sessionsCount, { count: 3 }, 'en')).toBe('3 active sessions');
  });

  it('leaves a plural block without its value as it is, and an unknown locale falls back to English rules', () => {
    expect(formatMessage('{n, plural, one {x} other {y}}', {})).toBe('{n, plural, one {x} other {y}}');
    expect(formatMessage('{n, plural, one {# x} other {# y}}', { n: 1 }, 'not a locale')).toBe('1 x');
  });

  it('inserts values as text, never as markup', () => {
    const value = '<img src=x onerror=alert(1)> & "quotes"';
    expect(formatMessage(messages.otpSentToEmail, { email: value })).toBe(`We sent a code to ${value}.`);
  });

  it('does not read an inserted value as another placeholder, nor as a replacement pattern', () => {
    expect(formatMessage('{a} and {b}', { a: '{b}', b: 'B' })).toBe('{b} and B');
    expect(formatMessage('{a}', { a: '$& $1 $$' })).toBe('$& $1 $$');
  });

  it('leaves placeholders without a value as they are', () => {
    expect(formatMessage(messages.otpResendIn, {})).toBe('Resend code in {seconds}s');
    expect(formatMessage(messages.otpResendIn)).toBe('Resend code in {seconds}s');
    expect(formatMessage('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('leaves text without placeholders alone', () => {
    expect(formatMessage('No {braces here', { braces: 'x' })).toBe('No {braces here');
  });
});
