import type { SignedOutEvent } from './session';

/** A tiny event channel for sign-outs: the provider's `onUnauthorized` and any other listener subscribe to it. */
export interface SignOutEvents {
  /** Tells every listener. */
  emit: (event: SignedOutEvent) => void;
  /** Adds a listener; returns the function that removes it. */
  listen: (listener: (event: SignedOutEvent) => void) => () => void;
}

/** Creates a {@link SignOutEvents} channel. */
export function createSignOutEvents(): SignOutEvents {
  const listeners = new Set<(event: SignedOutEvent) => void>();
  return {
    emit: (event) => {
      for (const listener of [...listeners]) listener(event);
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
