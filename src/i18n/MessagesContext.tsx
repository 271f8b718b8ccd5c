'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { messages as english, type Messages } from './messages';
import { resolveMessages } from './resolveMessages';

const MessagesContext = createContext<Messages>(english);

/**
 * Every user-visible string of the nearest provider, with its overrides applied (English outside any provider).
 * @example
 * const messages = useMessages();
 * <button>{messages.loginSubmit}</button>
 */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/**
 * Provides a message set to the kit's parts: the English texts with `overrides` on top (a translation, your
 * wording). `UserKitProvider` renders one for its `messages` prop.
 * @example
 * <MessagesProvider overrides={{ loginSubmit: 'Continue' }}>…</MessagesProvider>
 */
export function MessagesProvider({ overrides, children }: { overrides?: Partial<Messages> | undefined; children?: ReactNode }) {
  const value = useMemo(() => resolveMessages(overrides), [overrides]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/**
 * Overrides some strings for a subtree (a screen's `messages` prop), on top of the enclosing ones.
 * @example
 * <MessagesOverride messages={{ loginSubmit: 'Continue' }}><LoginRoot>…</LoginRoot></MessagesOverride>
 */
export function MessagesOverride({ messages, children }: { messages?: Partial<Messages> | undefined; children?: ReactNode }) {
  const current = useMessages();
  const value = useMemo(() => {
    if (!messages) return current;
    const next: Messages = { ...current };
    for (const key of Object.keys(current) as Array<keyof Messages>) {
      const text: unknown = Object.hasOwn(messages, key) ? messages[key] : undefined;
      if (typeof text === 'string') next[key] = text;
    }
    return next;
  }, [current, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}
