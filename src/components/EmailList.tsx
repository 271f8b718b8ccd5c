'use client';
import { ContactItem } from './ContactItem';
import { ContactListAdd, ContactListItems, ContactListRoot, ContactListStatus, type ContactListRootProps } from './ContactList';

/**
 * The signed-in user's email addresses, as headless parts: `EmailList.Root` (runs `useContactList('email')`),
 * `EmailList.Items` (each `EmailList.Item`: badges, "Make primary" (verified only), "Send verification link"
 * with a 30 s countdown, the code from the link, and "Remove" with a confirm step), `EmailList.Add` and
 * `EmailList.Status`. A disabled button says why and sends nothing; the server's rules are all applied before any
 * request.
 * @example
 * <EmailList.Root>
 *   <EmailList.Status />
 *   <EmailList.Items />
 *   <EmailList.Add />
 * </EmailList.Root>
 */
export function EmailListRoot(props: ContactListRootProps) {
  return <ContactListRoot kind="email" {...props} />;
}
EmailListRoot.displayName = 'EmailList.Root';

export { EmailListRoot as Root, ContactListItems as Items, ContactItem as Item, ContactListAdd as Add, ContactListStatus as Status };
