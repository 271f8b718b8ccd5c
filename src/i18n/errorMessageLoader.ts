'use client';
import { useEffect, useState } from 'react';
import { onDemand } from '../lazy/onDemand';
import type { FriendlyError } from './errorMessage';
import type { Messages } from './messages';

/**
 * `errorMessage` (its table of failures and their texts), loaded on demand: it is needed only once something
 * failed, so the screens fetch it with the code of the calls (`preloadMutations`), when the browser is idle, or at
 * the first error. Code that is itself loaded on demand imports `errorMessage` directly.
 */
export const errorWording = /* @__PURE__ */ onDemand(() => import('./errorMessage').then((module) => module.errorMessage));

/**
 * What is shown when the code that words errors cannot be downloaded: the network is what failed, so the
 * shopper is told to check the connection and try again.
 */
const offlineError = (messages: Messages): FriendlyError => ({ kind: 'network', retryable: true, message: messages.errorOffline });

/** `errorMessage(error, messages)`, once its code is loaded (the offline text if it cannot be). */
export function describeError(error: unknown, messages: Messages): Promise<FriendlyError> {
  return errorWording.load().then(
    (describe) => describe(error, messages),
    () => offlineError(messages),
  );
}

/**
 * `errorMessage(error, messages)` for a screen to render: at once when its code is loaded, otherwise `undefined`
 * until it is (the caller keeps its loading state meanwhile), then the text. `undefined` without an error.
 */
export function useFriendlyError(error: unknown, messages: Messages): FriendlyError | undefined {
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(false);
  const describe = errorWording.loaded();
  const hasError = error !== null && error !== undefined;
  useEffect(() => {
    if (!hasError || describe) return;
    let live = true;
    errorWording.load().then(
      () => live && setLoaded(true),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [hasError, describe]);
  if (!hasError) return undefined;
  if (describe) return describe(error, messages);
  return failed ? offlineError(messages) : undefined;
}
