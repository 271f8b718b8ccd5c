import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/formatMessage';
import { messages } from '../../src/i18n/messages';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage(messages.errorRateLimited, { seconds: 30 })).toBe('Too many attempts. Try again in 30 s.');
    expect(formatMessage(messages.otpDigitLabel, { index: 2, length: 6 })).toBe('Digit 2 of 6');
    expect(formatMessage('{a}{a} {b}', { a: 'x', b: 0 })).toBe('xx 0');
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
