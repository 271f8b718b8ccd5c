import type { FdkError } from '../client/errors';

/**
 * Why the kit needs the shopper to sign in (again). One event for every case, heard through the provider's
 * `onSignInRequired`:
 * - `expired`: a request answered 401 while a user was signed in (the session ended; forms keep what was typed);
 * - `logout`: the shopper signed out (also when the logout request failed: `error` says so);
 * - `requested`: a part asked for a sign-in (the account page's "Sign in" button, a save waiting for one).
 */
export interface SignInRequiredEvent {
  reason: 'expired' | 'logout' | 'requested';
  /** The error behind it (the 401, or a failed logout request). */
  error?: FdkError | undefined;
}

/** A tiny event channel: the provider's `onSignInRequired` and the kit's own parts listen to it. */
export interface SignInEvents {
  /** Tells every listener. */
  emit: (event: SignInRequiredEvent) => void;
  /** Adds a listener; returns the function that removes it. */
  listen: (listener: (event: SignInRequiredEvent) => void) => () => void;
}

/** Creates a {@link SignInEvents} channel. A listener that throws does not stop the others. */
export function createSignInEvents(): SignInEvents {
  const listeners = new Set<(event: SignInRequiredEvent) => void>();
  return {
    emit: (event) => {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('fdk-user-react: an onSignInRequired listener threw', error);
        }
      }
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
