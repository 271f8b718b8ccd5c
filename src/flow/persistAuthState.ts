import { storageKey, webStorage } from '../timers/storageKey';
import type { AuthFlowState } from './authFlow';

const PREFIX = 'fdk-user-react:auth-flow:';
/** How long a saved code step is worth coming back to (a code is valid for minutes). */
export const SAVED_STEP_TTL = 10 * 60_000;

/**
 * Saves the steps worth coming back to after a reload (the code step: the code is on its way); forgets any other.
 * The key is a hash of the application id, so that it names no shopper.
 */
export function saveAuthState(application: string | undefined, state: AuthFlowState): void {
  const store = webStorage('sessionStorage');
  if (!store) return;
  const key = storageKey(PREFIX, application ?? '');
  try {
    if (state.step === 'otp') store.setItem(key, JSON.stringify({ savedAt: Date.now(), target: state.target }));
    else store.removeItem(key);
  } catch {
    // Storage full or refused: a reload then starts over, as without this.
  }
}

/** The code step saved for this application, when it is recent and well formed. */
export function restoreAuthState(application: string | undefined): AuthFlowState | undefined {
  const store = webStorage('sessionStorage');
  if (!store) return undefined;
  try {
    const raw = store.getItem(storageKey(PREFIX, application ?? ''));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { savedAt?: unknown; target?: Record<string, unknown> };
    const target = saved.target;
    if (typeof saved.savedAt !== 'number' || Date.now() - saved.savedAt > SAVED_STEP_TTL || !target) return undefined;
    if (target.channel === 'mobile' && typeof target.mobile === 'string' && typeof target.requestId === 'string' && typeof target.countryCode === 'string') {
      return { step: 'otp', target: target as Extract<AuthFlowState, { step: 'otp' }>['target'] };
    }
    if (target.channel === 'email' && typeof target.email === 'string') return { step: 'otp', target: target as Extract<AuthFlowState, { step: 'otp' }>['target'] };
    return undefined;
  } catch {
    return undefined;
  }
}
