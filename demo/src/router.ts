import { useSyncExternalStore } from 'react';

/** A tiny pushState router: the demo needs four routes and no dependency. */
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

/** The current location (path + search). */
export function useLocation() {
  const href = useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, params: url.searchParams };
}

/** Goes to a path (same origin). */
export function navigate(to: string) {
  window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}
