'use client';
import { useEffect, useState } from 'react';

/** The clock, read when a new deadline arrives (once per deadline, not on every render). */
const readClock = () => Date.now();

/**
 * Whole seconds left until `until` (epoch ms), ticking while there are any; 0 once it has passed or when `until`
 * is `undefined`. The interval stops at zero and on unmount.
 * @example
 * const secondsLeft = useCountdown(retryAt);
 */
export function useCountdown(until: number | undefined): number {
  const [clock, setClock] = useState(() => ({ until, now: readClock() }));
  let current = clock;
  if (clock.until !== until) {
    // A new deadline: adjust the state during render, so that the first frame already counts from now.
    current = { until, now: readClock() };
    setClock(current);
  }
  useEffect(() => {
    if (until === undefined || Date.now() >= until) return;
    const secondsAt = (at: number) => Math.max(0, Math.ceil((until - at) / 1000));
    let shown = secondsAt(Date.now());
    const id = setInterval(() => {
      const now = Date.now();
      // A new state only when the whole seconds change: the ticks in between re-render nothing.
      if (secondsAt(now) !== shown) {
        shown = secondsAt(now);
        setClock({ until, now });
      }
      if (now >= until) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [until]);
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - current.now) / 1000));
}
