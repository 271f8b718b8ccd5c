'use client';
import { ContactItem } from './ContactItem';
import { ContactListAdd, ContactListItems, ContactListRoot, ContactListStatus, type ContactListRootProps } from './ContactList';

/**
 * The signed-in user's mobile numbers, as headless parts: `PhoneList.Root` (runs `useContactList('phone')`),
 * `PhoneList.Items`, `PhoneList.Item`, `PhoneList.Add` (a `PhoneField`: country picker and number) and `PhoneList.Status`; the same
 * rules and behaviour as `EmailList`.
 * @example
 * <PhoneList.Root>
 *   <PhoneList.Status />
 *   <PhoneList.Items />
 *   <PhoneList.Add />
 * </PhoneList.Root>
 */
export function PhoneListRoot(props: ContactListRootProps) {
  return <ContactListRoot kind="phone" {...props} />;
}
PhoneListRoot.displayName = 'PhoneList.Root';

export { PhoneListRoot as Root, ContactListItems as Items, ContactItem as Item, ContactListAdd as Add, ContactListStatus as Status };
