'use client';
import { useCallback, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { contactMessages } from '../../i18n/messages/contacts';
import { useLoggedInUser } from '../../query/hooks/useLoggedInUser';
import { userKeys } from '../../query/keys';
import { useUserKit } from '../../query/userKit';
import type { UserSchema } from '../../schemas/common';
import { contactEntries, contactText, type ContactAction, type ContactEntry, type ContactKind, type ContactTextName } from './contactEntries';
import type { ContactRuleResult } from './contactRules';
import { makeContactPrimary, removeContact, sendContactLink, verifyContact } from './contactRequests';
import { useAddContactForm, type AddContactForm } from './useAddContactForm';
import { useEntryActions, type EntryActionError } from './useEntryActions';

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
  actionError: EntryActionError | undefined;
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
  const [sentAt, setSentAt] = useState<Readonly<Record<string, number>>>({});
  const actions = useEntryActions(messages);

  const items = useMemo(() => {
    const list = contactEntries(kind, user).map((entry) => (removing.has(entry.key) ? { ...entry, removing: true } : entry));
    // Entries whose removal is in flight are gone from the (optimistic) cache: show them where they were, busy.
    for (const { entry, index } of [...removing.values()].sort((a, b) => a.index - b.index)) {
      if (!list.some((item) => item.key === entry.key)) list.splice(Math.min(index, list.length), 0, { ...entry, removing: true });
    }
    return list;
  }, [kind, user, removing]);

  const text = useCallback((name: ContactTextName, entry?: ContactEntry | string, values?: { seconds?: number }) => contactText(messages, kind, name, entry, values?.seconds), [messages, kind]);

  const remove = async (entry: ContactEntry) => {
    if (actions.isRunning(entry, 'delete') || !entry.canDelete.ok) return false;
    const index = items.findIndex((item) => item.key === entry.key);
    setRemoving((previous) => new Map(previous).set(entry.key, { entry, index }));
    const ok = await actions.run(entry, 'delete', () => removeContact(kit, kind, entry), text('Deleted', entry));
    setRemoving((previous) => new Map([...previous].filter(([key]) => key !== entry.key)));
    return ok;
  };

  const makePrimary = (entry: ContactEntry) =>
    !entry.canMakePrimary.ok || entry.removing ? Promise.resolve(false) : actions.run(entry, 'primary', () => makeContactPrimary(kit, kind, entry), text('PrimaryChanged', entry));

  const sendLink = async (entry: ContactEntry) => {
    const at = sentAt[entry.key];
    if (!entry.canSendLink.ok || entry.removing || (at !== undefined && Date.now() - at < LINK_RESEND_SECONDS * 1000)) return false;
    const ok = await actions.run(entry, 'link', () => sendContactLink(kit, kind, entry), text('VerificationSent', entry));
    if (ok) setSentAt((previous) => ({ ...previous, [entry.key]: Date.now() }));
    return ok;
  };

  const verify = (entry: ContactEntry, code: string) => {
    const trimmed = code.trim();
    if (trimmed === '') {
      actions.setActionError({ key: entry.key, action: 'verify', error: { kind: 'validation', retryable: false, message: messages.validationRequired, cause: undefined } });
      return Promise.resolve(false);
    }
    const check = async () => {
      await verifyContact(kit, kind, trimmed);
      // The verification changed the user: wait for the fresh one so that the entry shows it at once.
      await kit.queryClient.refetchQueries({ queryKey: userKeys.session() }, { cancelRefetch: false });
    };
    return actions.run(entry, 'verify', check, text('VerifiedNow', entry));
  };

  const add = useAddContactForm(kind, user, (entry) => {
    actions.setNotice(text('Added', entry));
    actions.setActionError(undefined);
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
    isBusy: actions.isBusy,
    linkSentAt: (entry) => sentAt[entry.key],
    notice: actions.notice,
    actionError: actions.actionError,
    text,
    reason: (rule) => (rule.ok ? undefined : messages[rule.reason]),
  };
}
