import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/i18n/messages';
import { messages } from '../../src/i18n/messages';
import { resolveMessages } from '../../src/i18n/resolveMessages';
import { errorMessage } from '../../src/i18n/errorMessage';
import { formatMessage } from '../../src/i18n/formatMessage';
import { FdkRateLimitError } from '../../src/client/errors';

/** A partial French translation, as an application would pass it. */
const fr: Partial<Messages> = {
  loginTitle: 'Connexion',
  loginSubmit: 'Se connecter',
  otpResendIn: 'Renvoyer le code dans {seconds} s',
  errorRateLimited: 'Trop de tentatives. Réessayez dans {seconds} s.',
};

describe('resolveMessages', () => {
  it('returns the English messages without overrides, as a copy', () => {
    expect(resolveMessages()).toEqual(messages);
    expect(resolveMessages(null)).toEqual(messages);
    expect(resolveMessages()).not.toBe(messages);
  });

  it('overrides key by key, keeping English for the rest', () => {
    const resolved = resolveMessages(fr);
    expect(resolved.loginTitle).toBe('Connexion');
    expect(resolved.loginSubmit).toBe('Se connecter');
    expect(resolved.otpResend).toBe('Resend code');
    expect(Object.keys(resolved)).toEqual(Object.keys(messages));
    expect(formatMessage(resolved.otpResendIn, { seconds: 12 })).toBe('Renvoyer le code dans 12 s');
  });

  it('feeds errorMessage', () => {
    const error = new FdkRateLimitError({ retryAfter: 9 });
    expect(errorMessage(error, resolveMessages(fr)).message).toBe('Trop de tentatives. Réessayez dans 9 s.');
  });

  it('does not change the English messages', () => {
    resolveMessages({ loginTitle: 'Changed' });
    expect(messages.loginTitle).toBe('Sign in');
  });

  it('ignores undefined values, non-strings, unknown keys and inherited values', () => {
    const overrides = {
      loginTitle: undefined,
      loginSubmit: 42,
      notAKey: 'x',
      __proto__: { loginCreateAccount: 'inherited' },
    } as unknown as Partial<Messages>;
    expect(overrides.loginCreateAccount).toBe('inherited');
    const resolved = resolveMessages(overrides);
    expect(resolved.loginTitle).toBe('Sign in');
    expect(resolved.loginSubmit).toBe('Sign in');
    expect(resolved.loginCreateAccount).toBe(messages.loginCreateAccount);
    expect(resolved).not.toHaveProperty('notAKey');
  });

  it('takes an empty string override (to hide a hint)', () => {
    expect(resolveMessages({ registerSoftFieldHint: '' }).registerSoftFieldHint).toBe('');
  });
});
