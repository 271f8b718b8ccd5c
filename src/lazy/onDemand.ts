/** Code the kit loads on demand: `load()` fetches it once, `loaded()` gives it once it is there. */
export interface OnDemand<T> {
  /** Fetches the code (once; a failed download is tried again by the next call). */
  load: () => Promise<T>;
  /** The code, once loaded; `undefined` before. */
  loaded: () => T | undefined;
}

/**
 * Wraps an `import()` of code needed only after something happened (a failed call, a sign-in), so that the page
 * does not download it before its screen works, and the code that needs it can use it at once once it is there.
 * @example
 * const redirectCheck = onDemand(() => import('./redirect').then((module) => module.safeRedirect));
 * redirectCheck.loaded()?.('/account'); // '/account', or undefined before `redirectCheck.load()` settled
 */
export function onDemand<T>(fetch: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= fetch().then(
        (result) => (value = result),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => value,
  };
}
