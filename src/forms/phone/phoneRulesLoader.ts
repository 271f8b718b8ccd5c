import { FdkNetworkError } from '../../client/errors';
import type { PhoneRules } from './phoneRules';

/** Where the phone library is: not asked for yet, on its way, ready, or failed to load (a retry may succeed). */
export type PhoneRulesState =
  | { status: 'idle'; rules?: undefined; error?: undefined }
  | { status: 'loading'; rules?: undefined; error?: undefined }
  | { status: 'ready'; rules: PhoneRules; error?: undefined }
  | { status: 'failed'; rules?: undefined; error: FdkNetworkError };

/**
 * @internal Where the library comes from. Tests and stories replace `load` to hold the library back or make it
 * fail; the kit itself never does.
 */
export const phoneRulesSource = {
  load: (): Promise<PhoneRules> => import('./phoneRules').then((module) => module.phoneRules),
};

let state: PhoneRulesState = { status: 'idle' };
let pending: Promise<PhoneRules> | undefined;
/** Bumped by `resetPhoneRules`, so that a load it forgot does not settle later. */
let generation = 0;
const listeners = new Set<() => void>();

function settle(next: PhoneRulesState) {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Loads the phone rules (libphonenumber-js, lazily, once) and resolves them; the kit calls it on the first phone
 * keystroke and when the country picker opens. Call it yourself to fetch the library ahead of time (while the
 * browser is idle, say). A failed load rejects with an `FdkNetworkError`, and the next call tries again.
 * @example
 * requestIdleCallback(() => void loadPhoneRules());
 */
export function loadPhoneRules(): Promise<PhoneRules> {
  if (!pending) {
    const current = generation;
    settle({ status: 'loading' });
    pending = phoneRulesSource.load().then(
      (rules) => {
        if (current === generation) settle({ status: 'ready', rules });
        return rules;
      },
      (cause: unknown) => {
        const error = new FdkNetworkError({ cause });
        if (current === generation) {
          pending = undefined;
          settle({ status: 'failed', error });
        }
        throw error;
      },
    );
  }
  return pending;
}

/** Where the phone library is now (for `useSyncExternalStore`). */
export const phoneRulesState = (): PhoneRulesState => state;

/** The phone rules when the library has loaded, else `undefined` (the kit's own rules apply until then). */
export const loadedPhoneRules = (): PhoneRules | undefined => state.rules;

/** Calls `listener` whenever the library's state changes; returns the unsubscribe. */
export function subscribePhoneRules(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @internal Forgets the loaded library (tests and stories that show the kit before it loads). */
export function resetPhoneRules(): void {
  generation += 1;
  pending = undefined;
  settle({ status: 'idle' });
}
