import type { Messages } from './messages';
import { messages } from './messages';

/**
 * The English {@link messages} with your overrides on top, key by key: give only the strings you change (a
 * translation, your brand's wording). Only known keys are taken, and only string values; anything else in
 * `overrides` is ignored. Returns a new object; `messages` is not changed.
 * @example
 * const fr = resolveMessages({ loginSubmit: 'Se connecter', loginTitle: 'Connexion' });
 * fr.loginSubmit; // 'Se connecter'
 * fr.otpResend; // 'Resend code' (not overridden)
 */
export function resolveMessages(overrides?: Partial<Messages> | null): Messages {
  const resolved: Messages = { ...messages };
  if (!overrides) return resolved;
  for (const key of Object.keys(messages) as Array<keyof Messages>) {
    const value: unknown = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (typeof value === 'string') resolved[key] = value;
  }
  return resolved;
}
