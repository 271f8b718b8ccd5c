import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { onDemand } from '../../lazy/onDemand';

/** A lazily loaded part of a screen, with `preload()` to fetch its code ahead of time. */
export type LazyPart<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetches the code now (once); the part then renders without a loading state. */
  preload: () => Promise<unknown>;
};

/** A thenable that answers at once: React.lazy then renders the part without suspending. */
const settled = <T,>(value: T): PromiseLike<T> => ({
  then: <R,>(onFulfilled?: ((value: T) => R | PromiseLike<R>) | null) => settled(onFulfilled ? (onFulfilled(value) as R) : (value as unknown as R)),
});

/**
 * A part of a screen loaded on demand (a sign-in step the shopper has not reached, the sign-in dialog), that
 * renders at once — without its Suspense fallback — when its code was preloaded, e.g. while the browser was idle.
 * @example
 * const OtpStep = lazyPart(() => import('./auth/OtpStep').then((module) => module.OtpStep));
 * requestIdleCallback(() => void OtpStep.preload());
 */
export function lazyPart<P>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  // Once: a download that failed (an idle prefetch while offline) is tried again when the part is needed.
  const code = onDemand(load);
  const part = lazy(() => {
    const loaded = code.loaded();
    return loaded ? (settled({ default: loaded }) as Promise<{ default: ComponentType<P> }>) : code.load().then((component) => ({ default: component }));
  });
  return Object.assign(part, { preload: code.load });
}

/** Runs `task` when the browser is idle (or after a short delay where it has no `requestIdleCallback`); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 1200);
  return () => window.clearTimeout(id);
}
