'use client';
import { useRef, useState } from 'react';
import type { Messages } from '../../i18n/messages';
import type { FormError } from '../kit/types';
import { formError } from '../kit/useSubmission';
import type { ContactAction, ContactEntry } from './contactEntries';

/** The last failed action on a contact, with its friendly error. */
export type EntryActionError = { key: string; action: ContactAction; error: FormError };

/**
 * Runs actions on the entries of a list, at most one at a time per entry and action, with what the list shows
 * about them: which are busy, the last confirmation (`notice`) and the last failure (`actionError`).
 * @example
 * const actions = useEntryActions(messages);
 * await actions.run(entry, 'delete', () => removeContact(kit, 'email', entry), 'Removed.');
 */
export function useEntryActions(messages: Messages) {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const inFlight = useRef(new Set<string>());
  const [notice, setNotice] = useState<string | undefined>();
  const [actionError, setActionError] = useState<EntryActionError | undefined>();

  /** Runs `task` for `entry`; `false` when the same action is already running on it or the task failed. */
  const run = async (entry: ContactEntry, action: ContactAction, task: () => Promise<unknown>, done: string): Promise<boolean> => {
    const id = `${action}:${entry.key}`;
    if (inFlight.current.has(id)) return false;
    inFlight.current.add(id);
    setBusy((previous) => new Set(previous).add(id));
    setActionError(undefined);
    setNotice(undefined);
    try {
      await task();
      setNotice(done);
      return true;
    } catch (cause) {
      setActionError({ key: entry.key, action, error: await formError(cause, messages) });
      return false;
    } finally {
      inFlight.current.delete(id);
      setBusy((previous) => new Set([...previous].filter((item) => item !== id)));
    }
  };

  return {
    run,
    /** Whether `action` (or any action, without it) runs on the entry. */
    isBusy: (entry: ContactEntry, action?: ContactAction) => (action ? busy.has(`${action}:${entry.key}`) : [...busy].some((id) => id.endsWith(`:${entry.key}`))),
    /** Whether `action` runs on the entry now (read at once, not at the next render). */
    isRunning: (entry: ContactEntry, action: ContactAction) => inFlight.current.has(`${action}:${entry.key}`),
    notice,
    setNotice,
    actionError,
    setActionError,
  };
}
