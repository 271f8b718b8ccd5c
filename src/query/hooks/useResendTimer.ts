'use client';
import { useCallback, useEffect, useState } from 'react';

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
const memory = new Map<string, number>();

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function readExpiry(key: string | undefined): number | undefined {
  if (!key) return undefined;
  let value: number | undefined;
  const store = storage();
  try {
    // sessionStorage is the truth where it works; the in-memory copy only stands in where it does not.
    value = store ? Number(store.getItem(PREFIX + key) ?? Number.NaN) : memory.get(key);
  } catch {
    value = memory.get(key);
  }
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function writeExpiry(key: string | undefined, expiresAt: number): void {
  if (!key) return;
  memory.set(key, expiresAt);
  try {
    storage()?.setItem(PREFIX + key, String(expiresAt));
  } catch {
    // Storage refused (privacy mode): the in-memory copy still survives remounts.
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
 * A countdown to when an OTP may be resent, that survives remounts and page reloads: the expiry time (never
 * the code) is kept in sessionStorage under `requestKey`. A new `requestKey` (a new OTP request) with
 * `seconds` (the server's `resend_timer`) starts a new countdown; `start(retryAfter)` restarts it after a 429.
 * @param requestKey What the code was sent for, e.g. the `request_id` or `otp:+919876543210`.
 * @param seconds The server's `resend_timer` for that request.
 * @example
 * const timer = useResendTimer(sent?.request_id, sent?.resend_timer);
 * <button disabled={!timer.canResend}>{timer.canResend ? 'Resend' : `Resend in ${timer.secondsLeft}s`}</button>
 */
export function useResendTimer(requestKey: string | undefined, seconds?: number): ResendTimer {
  const [state, setState] = useState(() => ({ key: requestKey, expiresAt: initialExpiry(requestKey, seconds), now: Date.now() }));
  let current = state;
  if (state.key !== requestKey) {
    // A new request: adjust state during render (React's pattern for resetting state when a prop changes).
    current = { key: requestKey, expiresAt: initialExpiry(requestKey, seconds), now: state.now };
    setState(current);
  }
  const { expiresAt } = current;

  useEffect(() => {
    if (expiresAt === undefined) return;
    const tick = () => setState((previous) => ({ ...previous, now: Date.now() }));
    tick();
    const id = setInterval(() => {
      tick();
      if (Date.now() >= expiresAt) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [expiresAt]);

  const start = useCallback(
    (nextSeconds: number) => {
      const now = Date.now();
      const next = now + Math.max(0, nextSeconds) * 1000;
      writeExpiry(requestKey, next);
      setState({ key: requestKey, expiresAt: next, now });
    },
    [requestKey],
  );

  const secondsLeft = expiresAt === undefined ? 0 : Math.max(0, Math.ceil((expiresAt - current.now) / 1000));
  return { secondsLeft, canResend: secondsLeft === 0, start };
}
