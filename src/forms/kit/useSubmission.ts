'use client';
import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../i18n/errorMessageLoader';
import type { Messages } from '../../i18n/messages';
import { isStepError } from './stepError';
import type { FormError, FormStatus } from './types';

/** A friendly error for anything a submission threw (the code that words it loads on demand, see `describeError`). */
export async function formError(cause: unknown, messages: Messages): Promise<FormError> {
  if (isStepError(cause)) return { kind: 'validation', retryable: cause.retryable, message: messages[cause.messageKey], cause };
  return { ...(await describeError(cause, messages)), cause };
}

/** Runs one submission at a time and keeps its status and friendly error. */
export function useSubmission(messages: Messages) {
  const [state, setState] = useState<{ status: FormStatus; error: FormError | undefined }>({ status: 'idle', error: undefined });
  const inFlight = useRef(false);

  /** Runs `task` unless one is already running (a double click submits once). Resolves `undefined` when it did not run. */
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
        const error = await formError(cause, messages);
        setState({ status: 'error', error });
        return { ok: false, error };
      } finally {
        inFlight.current = false;
      }
    },
    [messages],
  );

  // Unchanged when already idle: the code input resets the resend's state on every keystroke, which must not re-render the form.
  const reset = useCallback(() => setState((state) => (state.status === 'idle' && state.error === undefined ? state : { status: 'idle', error: undefined })), []);
  return { ...state, run, reset };
}
