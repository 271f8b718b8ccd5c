'use client';
import { createContactListParts, type ContactListParts } from '../forms/profile/contactListParts';
import type { ContactList } from '../forms/profile/useContactList';

const phoneParts = createContactListParts('phone', 'PhoneList');

/**
 * The phone list of the nearest `PhoneList.Root` (`useContactList('phone')`), for parts of your own.
 * @example
 * const { items, makePrimary } = usePhoneListContext();
 */
export const usePhoneListContext: () => ContactList = phoneParts.useContext;

/**
 * The signed-in user's mobile numbers, as headless parts: `PhoneList.Root`, `PhoneList.Items` (each
 * `PhoneList.Item`), `PhoneList.Add` (country code and number) and `PhoneList.Status`, with the same rules and
 * behaviour as {@link EmailList}: verification by a link (code entry, 30 s resend countdown), "Make primary" for
 * verified numbers only, and "Remove" refused for the primary number and the last verified contact.
 * @example
 * <PhoneList.Root>
 *   <PhoneList.Status />
 *   <PhoneList.Items />
 *   <PhoneList.Add />
 * </PhoneList.Root>
 */
export const PhoneList: ContactListParts = phoneParts.parts;
