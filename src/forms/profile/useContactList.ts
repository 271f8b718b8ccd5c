'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { contactMessages } from '../../i18n/messages/contacts';
import { callApi } from '../../query/callApi';
import { useLoggedInUser } from '../../query/hooks/useLoggedInUser';
import { userKeys } from '../../query/keys';
import { useUserKit } from '../../query/userKit';
import type { UserSchema } from '../../schemas/common';
import type { FormError } from '../kit/types';
import { formError } from '../kit/useSubmission';
import { contactEntries, contactText, type ContactAction, type ContactEntry, type ContactKind, type ContactTextName } from './contactEntries';
import type { ContactRuleResult } from './contactRules';
import { useAddContactForm, type AddContactForm } from './useAddContactForm';

/** Seconds before a verification link may be sent again (the API gives no timer for links). */
export const LINK_RESEND_SECONDS = 30;

/** What {@link useContactList} returns. */
export interface ContactList {
  kind: ContactKind;
  /** The signed-in user (`null` signed out, `undefined` while loading). */
  user: UserSchema | null | undefined;
  /** Whether the user is still loading. */
  isPending: boolean;
  /** The contacts, in the server's order (an entry being removed stays until the server answers). */
  items: ContactEntry[];
  /** The add form. */
  add: AddContactForm;
  /** Removes a contact (after your confirm step). Does nothing when a rule forbids it or it is already being removed. */
  remove: (entry: ContactEntry) => Promise<boolean>;
  /** Makes a verified contact the primary one. */
  makePrimary: (entry: ContactEntry) => Promise<boolean>;
  /** Sends a new verification link to an unverified contact, unless one was sent less than 30 s ago. */
  sendLink: (entry: ContactEntry) => Promise<boolean>;
  /** Verifies a contact with the code of its link. */
  verify: (entry: ContactEntry, code: string) => Promise<boolean>;
  /** Whether an action (or any, without `action`) is in flight for a contact. */
  isBusy: (entry: ContactEntry, action?: ContactAction) => boolean;
  /** When the last verification link to a contact was sent from here (ms), for the resend countdown. */
  linkSentAt: (entry: ContactEntry) => number | undefined;
  /** A short confirmation to announce (`ana@example.com has been removed.`). */
  notice: string | undefined;
  /** The last failed action, with its friendly error. */
  actionError: { key: string; action: ContactAction; error: FormError } | undefined;
  /** A text of this list (`text('Deleted', entry)`; `text('ResendIn', entry, { seconds })`). */
  text: (name: ContactTextName, entry?: ContactEntry | string, values?: { seconds?: number }) => string;
  /** The text of a rule's reason. */
  reason: (rule: ContactRuleResult) => string | undefined;
}

/**
 * The user's email addresses (`kind: 'email'`) or mobile numbers (`'phone'`), headless: entries with every rule of
 * the service already applied (`canDelete`, `canMakePrimary`, `canSendLink`, each with the reason when not), an add
 * form, and the actions. Removals and primary changes are optimistic; a second removal while one is pending works,
 * and the same entry cannot be removed twice. A new contact is unverified: its verification link was sent on
 * adding; `sendLink` sends another (at most once every 30 s) and `verify(entry, code)` takes the code from the link.
 * @example
 * const emails = useContactList('email');
 * emails.items.map((entry) => <li key={entry.key}>{entry.label}</li>);
 */
export function useContactList(kind: ContactKind): ContactList {
  const messages = useMessages(profileMessages, contactMessages);
  const kit = useUserKit();
  const session = useLoggedInUser();
  const user = session.data;
  const [removing, setRemoving] = useState<ReadonlyMap<string, { entry: ContactEntry; index: number }>>(new Map());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const inFlight = useRef(new Set<string>());
  const [sentAt, setSentAt] = useState<Readonly<Record<string, number>>>({});
  const [notice, setNotice] = useState<string | undefined>();
  const [actionError, setActionError] = useState<ContactList['actionError']>();

  const items = useMemo(() => {
    const list = contactEntries(kind, user).map((entry) => (removing.has(entry.key) ? { ...entry, removing: true } : entry));
    // Entries whose removal is in flight are gone from the (optimistic) cache: show them where they were, busy.
    for (const { entry, index } of [...removing.values()].sort((a, b) => a.index - b.index)) {
      if (!list.some((item) => item.key === entry.key)) list.splice(Math.min(index, list.length), 0, { ...entry, removing: true });
    }
    return list;
  }, [kind, user, removing]);

  const text = useCallback((name: ContactTextName, entry?: ContactEntry | string, values?: { seconds?: number }) => contactText(messages, kind, name, entry, values?.seconds), [messages, kind]);

  /** Runs one action on one entry, once at a time per entry and action. */
  const act = async (entry: ContactEntry, action: ContactAction, task: () => Promise<unknown>, done: string): Promise<boolean> => {
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
      setActionError({ key: entry.key, action, error: formError(cause, messages) });
      return false;
    } finally {
      inFlight.current.delete(id);
      setBusy((previous) => new Set([...previous].filter((item) => item !== id)));
    }
  };

  const phoneBody = (entry: ContactEntry) => ({ phone: entry.phone ?? '', country_code: entry.countryCode ?? '', verified: entry.verified, active: entry.active, primary: entry.primary });
  const flags = (entry: ContactEntry) => ({ active: entry.active, primary: entry.primary, verified: entry.verified });

  const remove = async (entry: ContactEntry) => {
    if (inFlight.current.has(`delete:${entry.key}`) || !entry.canDelete.ok) return false;
    const index = items.findIndex((item) => item.key === entry.key);
    setRemoving((previous) => new Map(previous).set(entry.key, { entry, index }));
    const ok = await act(
      entry,
      'delete',
      () =>
        kind === 'email'
          ? callApi(kit, 'deleteEmail', { email: entry.email ?? '', ...flags(entry) })
          : callApi(kit, 'deleteMobileNumber', { phone: entry.phone ?? '', countryCode: entry.countryCode ?? '', ...flags(entry) }),
      text('Deleted', entry),
    );
    setRemoving((previous) => new Map([...previous].filter(([key]) => key !== entry.key)));
    return ok;
  };

  const makePrimary = (entry: ContactEntry) =>
    !entry.canMakePrimary.ok || entry.removing
      ? Promise.resolve(false)
      : act(
          entry,
          'primary',
          () => (kind === 'email' ? callApi(kit, 'setEmailAsPrimary', { body: { email: entry.email ?? '' } }) : callApi(kit, 'setMobileNumberAsPrimary', { body: phoneBody(entry) })),
          text('PrimaryChanged', entry),
        );

  const sendLink = async (entry: ContactEntry) => {
    const at = sentAt[entry.key];
    if (!entry.canSendLink.ok || entry.removing || (at !== undefined && Date.now() - at < LINK_RESEND_SECONDS * 1000)) return false;
    const ok = await act(
      entry,
      'link',
      () => (kind === 'email' ? callApi(kit, 'sendVerificationLinkToEmail', { body: { email: entry.email ?? '' } }) : callApi(kit, 'sendVerificationLinkToMobile', { body: phoneBody(entry) })),
      text('VerificationSent', entry),
    );
    if (ok) setSentAt((previous) => ({ ...previous, [entry.key]: Date.now() }));
    return ok;
  };

  const verify = (entry: ContactEntry, code: string) => {
    const trimmed = code.trim();
    if (trimmed === '') {
      setActionError({ key: entry.key, action: 'verify', error: { kind: 'validation', retryable: false, message: messages.validationRequired, cause: undefined } });
      return Promise.resolve(false);
    }
    return act(
      entry,
      'verify',
      async () => {
        await callApi(kit, kind === 'email' ? 'verifyEmail' : 'verifyMobile', { body: { code: trimmed } });
        // The verification changed the user: wait for the fresh one so that the entry shows it at once.
        await kit.queryClient.refetchQueries({ queryKey: userKeys.session() }, { cancelRefetch: false });
      },
      text('VerifiedNow', entry),
    );
  };

  const add = useAddContactForm(kind, user, (entry) => {
    setNotice(text('Added', entry));
    setActionError(undefined);
    setSentAt((previous) => ({ ...previous, [entry.key]: Date.now() }));
  });

  return {
    kind,
    user,
    isPending: session.isPending,
    items,
    add,
    remove,
    makePrimary,
    sendLink,
    verify,
    isBusy: (entry, action) => (action ? busy.has(`${action}:${entry.key}`) : [...busy].some((id) => id.endsWith(`:${entry.key}`))),
    linkSentAt: (entry) => sentAt[entry.key],
    notice,
    actionError,
    text,
    reason: (rule) => (rule.ok ? undefined : messages[rule.reason]),
  };
}
