'use client';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { FdkConfigError } from '../client/errors';
import { messages as allEnglish, type Messages } from './messages';
import { commonMessages } from './messages/common';

/** Overrides of the kit's texts (a translation, a storefront's wording), as the provider and the screens set them. */
const OverridesContext = createContext<Partial<Messages>>({});

/** Only the string values of known-looking keys: anything else in an override object is ignored. */
function strings(overrides: Partial<Messages> | null | undefined): Partial<Messages> {
  const picked: Record<string, string> = {};
  if (!overrides || typeof overrides !== 'object') return picked as Partial<Messages>;
  for (const key of Object.keys(overrides)) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (typeof value === 'string' && /^[a-z][A-Za-z]*$/.test(key)) picked[key] = value;
  }
  return picked as Partial<Messages>;
}

/** In development and tests: a key read without its pack fails loudly instead of showing `undefined`. */
function guarded(set: Record<string, string>): Messages {
  if (process.env.NODE_ENV === 'production') return set as Messages;
  return new Proxy(set, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key in allEnglish) {
        throw new FdkConfigError(`fdk-user-react: the message "${key}" was read without its pack: pass it to useMessages().`);
      }
      return Reflect.get(target, key);
    },
  }) as Messages;
}

/**
 * The texts of the nearest provider: the shared English texts and those of the `packs` a part shows, with the
 * provider's and the screen's overrides on top (English outside any provider). Parts pass the packs of the texts
 * they show, so that a page downloads only the texts of what it shows.
 * @example
 * const messages = useMessages(otpMessages);
 * <button>{messages.otpResend}</button>
 */
export function useMessages(...packs: ReadonlyArray<Partial<Messages>>): Messages {
  const overrides = useContext(OverridesContext);
  // The packs are module constants: the first render's are the ones for good.
  const [base] = useState(() => Object.assign({}, commonMessages, ...packs) as Record<string, string>);
  return useMemo(() => guarded({ ...base, ...overrides }), [base, overrides]);
}

/**
 * Provides overrides of the kit's texts (a translation, your wording) to the parts below. `UserKitProvider` renders
 * one for its `messages` prop.
 * @example
 * <MessagesProvider overrides={await loadMessages('hi')}>…</MessagesProvider>
 */
export function MessagesProvider({ overrides, children }: { overrides?: Partial<Messages> | undefined; children?: ReactNode }) {
  const value = useMemo(() => strings(overrides), [overrides]);
  return <OverridesContext.Provider value={value}>{children}</OverridesContext.Provider>;
}

/**
 * Overrides some texts for a subtree (a screen's `messages` prop), on top of the enclosing ones.
 * @example
 * <MessagesOverride messages={{ loginSubmit: 'Continue' }}><LoginRoot>…</LoginRoot></MessagesOverride>
 */
export function MessagesOverride({ messages, children }: { messages?: Partial<Messages> | undefined; children?: ReactNode }) {
  const current = useContext(OverridesContext);
  const value = useMemo(() => (messages ? { ...current, ...strings(messages) } : current), [current, messages]);
  return <OverridesContext.Provider value={value}>{children}</OverridesContext.Provider>;
}
