import type { Messages } from './messages';

/** The languages the kit ships messages for, besides English. */
export const shippedLocales = ['en', 'hi', 'ar'] as const;

/** A language the kit ships. */
export type ShippedLocale = (typeof shippedLocales)[number];

/**
 * The kit's messages in a language it ships (`hi`, `ar`; `en` is built in), loaded on demand so that an
 * English-only storefront downloads none of them. Give the result to `UserKitProvider`'s `messages` (your own
 * overrides on top, if any). A language the kit does not ship resolves to `{}` (English).
 * @example
 * <UserKitProvider client={client} messages={await loadMessages('hi')}>…</UserKitProvider>
 */
export async function loadMessages(locale: string): Promise<Partial<Messages>> {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (language === 'hi') return (await import('./locales/hi')).hi;
  if (language === 'ar') return (await import('./locales/ar')).ar;
  return {};
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * The writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu …, else `ltr`.
 * @example
 * textDirection('ar-AE'); // 'rtl'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
