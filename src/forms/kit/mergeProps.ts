import type { Ref, RefCallback } from 'react';

type AnyProps = Record<string, unknown>;

/**
 * One ref callback that fills every given ref (callback or object); a React 19 cleanup returned by one of them is
 * kept, and the others are then cleared on detach.
 */
export function composeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (value) => {
    const cleanups = refs.map((ref) => {
      if (typeof ref === 'function') return ref(value);
      if (ref) (ref as { current: T | null }).current = value;
      return undefined;
    });
    if (!cleanups.some((cleanup) => typeof cleanup === 'function')) return undefined;
    return () => {
      refs.forEach((ref, index) => {
        const cleanup = cleanups[index];
        if (typeof cleanup === 'function') cleanup();
        else if (typeof ref === 'function') ref(null);
        else if (ref) (ref as { current: T | null }).current = null;
      });
    };
  };
}

/** Attributes that hold a space-separated list of ids: joined, not replaced. */
const ID_LISTS = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns']);

function joinIds(a: unknown, b: unknown): string | undefined {
  const ids = [a, b]
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => value.split(/\s+/))
    .filter(Boolean);
  const unique = [...new Set(ids)];
  return unique.length === 0 ? undefined : unique.join(' ');
}

/**
 * Merges the caller's props into the kit's, the React Aria way: event handlers both run (the caller's first; the
 * kit's is skipped only when the caller called `preventDefault()`), refs are composed, class names and id lists
 * (`aria-describedby`, `aria-labelledby` …) are joined, styles merged; any other prop of the caller wins.
 * @example
 * mergeProps(kitInputProps, { onChange: track, className: 'my-input' });
 */
export function mergeProps<K extends AnyProps, C extends AnyProps | undefined>(kit: K, caller: C): K & NonNullable<C> {
  if (!caller) return kit as K & NonNullable<C>;
  const merged: AnyProps = { ...kit, ...caller };
  for (const key of Object.keys(caller)) {
    const ours = kit[key];
    const theirs = caller[key];
    if (ours === undefined) continue;
    if (theirs === undefined) merged[key] = ours;
    else if (/^on[A-Z]/.test(key) && typeof ours === 'function' && typeof theirs === 'function') {
      merged[key] = (...args: unknown[]) => {
        const result = (theirs as (...a: unknown[]) => unknown)(...args);
        const event = args[0] as { defaultPrevented?: boolean } | undefined;
        const ourResult = event?.defaultPrevented ? undefined : (ours as (...a: unknown[]) => unknown)(...args);
        return ourResult ?? result;
      };
    } else if (key === 'ref') {
      merged[key] = composeRefs(ours as Ref<unknown>, theirs as Ref<unknown>);
    } else if (key === 'className') {
      merged[key] = [ours, theirs].filter(Boolean).join(' ');
    } else if (key === 'style' && typeof ours === 'object' && typeof theirs === 'object') {
      merged[key] = { ...(ours as object), ...(theirs as object) };
    } else if (ID_LISTS.has(key)) {
      merged[key] = joinIds(ours, theirs);
    }
  }
  return merged as K & NonNullable<C>;
}
