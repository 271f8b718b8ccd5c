'use client';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../i18n/errorMessage';
import type { Messages } from '../i18n/messages';
import type { FormError, FormStatus } from './types';

/** Runs one submission at a time and keeps its status and friendly error. */
export function useSubmission(messages: Messages) {
  const [state, setState] = useState<{ status: FormStatus; error: FormError | undefined }>({ status: 'idle', error: undefined });
  const inFlight = useRef(false);

  /** Runs `task` unless one is already running (a double click submits once). Resolves `undefined` on failure. */
  const run = useCallback(
    async <T,>(task: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: FormError } | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setState({ status: 'submitting', error: undefined });
      try {
        const value = await task();
        setState({ status: 'success', error: undefined });
        return { ok: true, value };
      } catch (cause) {
        const error: FormError = { ...errorMessage(cause, messages), cause };
        setState({ status: 'error', error });
        return { ok: false, error };
      } finally {
        inFlight.current = false;
      }
    },
    [messages],
  );

  const reset = useCallback(() => setState({ status: 'idle', error: undefined }), []);
  return { ...state, run, reset };
}
