import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';

const entries = Object.entries(messages);

describe('messages', () => {
  it('has a non-empty, trimmed English text for every key', () => {
    expect(entries.length).toBeGreaterThan(150);
    for (const [key, text] of entries) {
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.trim());
    }
  });

  it('holds no markup: every text is plain text', () => {
    for (const [key, text] of entries) expect(text, key).not.toMatch(/[<>]|&[a-z]+;/i);
  });

  it('writes placeholders as {name} only, with balanced braces', () => {
    for (const [key, text] of entries) {
      const withoutPlaceholders = text.replace(/\{[A-Za-z0-9_]+,\s*plural,(?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+\s*\}/g, '').replace(/\{[A-Za-z0-9_]+\}/g, '');
      expect(withoutPlaceholders, key).not.toMatch(/[{}]/);
    }
  });

  it('names keys by screen prefix', () => {
    const prefixes = /^(common|field|country|validation|error|server|login|social|otp|register|completeProfile|verify|link|emailLink|locked|forgot|reset|profile|emails|phones|sessions|logout|password)[A-Z]/;
    for (const key of Object.keys(messages)) if (key !== 'locale') expect(key).toMatch(prefixes);
  });

  it('covers the texts the screens need', () => {
    expect(messages.loginNoSignInMethod).toMatch(/no way to sign in/i);
    expect(messages.errorRateLimited).toBe('Too many attempts. Try again in {seconds} s.');
    expect(messages.otpResendIn).toContain('{seconds}');
    expect(messages.validationCodeLength).toContain('{length}');
    expect(messages.errorSessionExpired).toMatch(/sign in again/i);
    expect(messages.emailsDeleteDisabledPrimary).toMatch(/primary/i);
    expect(messages.phonesPrimaryDisabledUnverified).toMatch(/verify/i);
    expect(messages.errorOffline).toMatch(/offline/i);
  });
});
