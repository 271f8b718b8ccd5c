'use client';
import { useCallback, useState } from 'react';
import { storageKey, webStorage } from './storageKey';
import { useCountdown } from './useCountdown';

/** What {@link useResendTimer} returns. */
export interface ResendTimer {
  /** Whole seconds until a resend is allowed; 0 when it is. */
  secondsLeft: number;
  /** Whether a resend is allowed now. */
  canResend: boolean;
  /** Starts (or restarts) the countdown, e.g. with a 429's `retryAfter` or a new `resend_timer`. */
  start: (seconds: number) => void;
}

const PREFIX = 'fdk-user-react:resend:';
/** Expiry times where sessionStorage refuses (privacy modes); pruned of the expired ones on every write. */
const memory = new Map<string, number>();

/**
 * @internal For tests only, not part of the public API (not exported from the package): the request keys the
 * in-memory map holds now.
 */
export const resendMemoryKeys = (): string[] => [...memory.keys()];

function readExpiry(key: string | undefined): number | undefined {
  if (!key) return undefined;
  let value: number | undefined;
  try {
    const store = webStorage('sessionStorage');
    // sessionStorage is the truth where it works; the in-memory copy only stands in where it does not.
    value = store ? Number(store.getItem(storageKey(PREFIX, key)) ?? Number.NaN) : memory.get(key);
  } catch {
    value = memory.get(key);
  }
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function writeExpiry(key: string | undefined, expiresAt: number): void {
  if (!key) return;
  const now = Date.now();
  for (const [name, at] of memory) if (at <= now) memory.delete(name);
  memory.set(key, expiresAt);
  try {
    webStorage('sessionStorage')?.setItem(storageKey(PREFIX, key), String(expiresAt));
  } catch {
    // Storage refused: the in-memory copy still survives remounts.
  }
}

function initialExpiry(key: string | undefined, seconds: number | undefined): number | undefined {
  const stored = readExpiry(key);
  if (stored !== undefined) return stored;
  if (key && seconds && seconds > 0) {
    const expiresAt = Date.now() + seconds * 1000;
    writeExpiry(key, expiresAt);
    return expiresAt;
  }
  return undefined;
}

/**
 * A countdown to when an OTP may be resent, that survives remounts and page reloads: the expiry time (never the
 * code) is kept in sessionStorage under a key that names no shopper (a hash of `requestKey`). A new `requestKey`
 * (a new OTP request) with `seconds` (the server's `resend_timer`) starts a new countdown; `start(retryAfter)`
 * restarts it after a 429.
 * @param requestKey What the code was sent for, e.g. the `request_id`.
 * @param seconds The server's `resend_timer` for that request.
 * @example
 * const timer = useResendTimer(sent?.request_id, sent?.resend_timer);
 * <button aria-disabled={!timer.canResend}>{timer.canResend ? 'Resend' : `Resend in ${timer.secondsLeft}s`}</button>
 */
export function useResendTimer(requestKey: string | undefined, seconds?: number): ResendTimer {
  const [state, setState] = useState(() => ({ key: requestKey, expiresAt: initialExpiry(requestKey, seconds) }));
  let current = state;
  if (state.key !== requestKey) {
    // A new request: adjust state during render (React's pattern for resetting state when a prop changes).
    current = { key: requestKey, expiresAt: initialExpiry(requestKey, seconds) };
    setState(current);
  }
  const secondsLeft = useCountdown(current.expiresAt);
  const start = useCallback(
    (nextSeconds: number) => {
      const next = Date.now() + Math.max(0, nextSeconds) * 1000;
      writeExpiry(requestKey, next);
      setState({ key: requestKey, expiresAt: next });
    },
    [requestKey],
  );
  return { secondsLeft, canResend: secondsLeft === 0, start };
}
