'use client';
import { createContactListParts, type ContactListParts } from '../forms/profile/contactListParts';
import type { ContactList } from '../forms/profile/useContactList';

const emailParts = createContactListParts('email', 'EmailList');

/**
 * The email list of the nearest `EmailList.Root` (`useContactList('email')`), for parts of your own.
 * @example
 * const { items, remove } = useEmailListContext();
 */
export const useEmailListContext: () => ContactList = emailParts.useContext;

/**
 * The signed-in user's email addresses, as headless parts: `EmailList.Root` (runs `useContactList('email')`),
 * `EmailList.Items` (each `EmailList.Item`: badges, "Make primary" (verified only), "Send verification link"
 * with a 30 s countdown, the code from the link, and "Remove" with a confirm step), `EmailList.Add` and
 * `EmailList.Status`. A disabled button says why (the primary address, the last verified contact, an unverified
 * address) and sends nothing; the server's rules are all applied before any request.
 * @example
 * <EmailList.Root>
 *   <EmailList.Status />
 *   <EmailList.Items />
 *   <EmailList.Add />
 * </EmailList.Root>
 */
export const EmailList: ContactListParts = emailParts.parts;
