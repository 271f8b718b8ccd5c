'use client';
import { useLayoutEffect, useRef, type RefObject } from 'react';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => undefined : useLayoutEffect;

/**
 * A ref that always holds the latest `value` (updated after each render, before effects run), for callbacks that
 * must read the current props without being recreated.
 * @example
 * const latest = useLatest(options);
 * const submit = useCallback(() => latest.current.onSuccess?.(), [latest]);
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
