'use client';
import type { RefObject } from 'react';
import type { ContactList } from '../../forms/profile/useContactList';
import { createPartsContext } from './createPartsContext';

/** What the parts of a contact list share: the list, and the root element (focused after a removal). */
export interface ContactListPartsValue {
  list: ContactList;
  rootRef: RefObject<HTMLDivElement | null>;
}

/** The context of `EmailList.*` / `PhoneList.*` (one implementation for both kinds). */
export const [ContactListProvider, useContactListPart] = createPartsContext<ContactListPartsValue>('ContactList');
