'use client';
import { useRef, type HTMLAttributes, type ReactNode } from 'react';
import type { ContactEntry, ContactKind } from '../forms/profile/contactEntries';
import { useContactList, type ContactList } from '../forms/profile/useContactList';
import { useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { contactMessages } from '../i18n/messages/contacts';
import { ContactItem } from './ContactItem';
import { PhoneFieldRoot } from './PhoneField';
import { FormErrorMessage, FormField } from './Form';
import { ContactListProvider, useContactListPart } from './primitives/contactListContext';
import { SubmitButton } from './primitives/SubmitButton';

/*
 * The compound parts of `EmailList` and `PhoneList`, written once for both kinds (they differ only in their texts,
 * their add form and the methods they call, all inside `useContactList`).
 */

/** The list of the nearest `EmailList.Root` or `PhoneList.Root`, for parts of your own. */
export function useContactListContext(): ContactList {
  return useContactListPart('useContactListContext()').list;
}

/** Props of a list's `Root`. */
export interface ContactListRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  children?: ReactNode;
}

/** Runs the list (`useContactList(kind)`) for the parts inside; a `<div>` that takes focus after a removal. */
export function ContactListRoot({ kind, children, className, ...props }: ContactListRootProps & { kind: ContactKind }) {
  const list = useContactList(kind);
  const rootRef = useRef<HTMLDivElement>(null);
  return (
    <ContactListProvider value={{ list, rootRef }}>
      <div ref={rootRef} tabIndex={-1} className={className ?? 'fdk-contacts'} data-kind={kind} {...props}>
        {children}
      </div>
    </ContactListProvider>
  );
}
ContactListRoot.displayName = 'ContactList.Root';

/** Props of a list's `Items`. */
export interface ContactListItemsProps {
  className?: string;
  /** Render each entry yourself (default: `Item`). */
  children?: (entry: ContactEntry) => ReactNode;
}

/** The entries as a `<ul>` (or a loading placeholder, or the empty text; nothing when signed out). */
export function ContactListItems({ className, children }: ContactListItemsProps) {
  const { list } = useContactListPart('<ContactList.Items>');
  const messages = useMessages(profileMessages, contactMessages);
  if (list.isPending) {
    return (
      <p className="fdk-loading" role="status">
        {messages.commonLoading}
      </p>
    );
  }
  if (!list.user) return null;
  if (list.items.length === 0) return <p className="fdk-empty">{list.text('Empty')}</p>;
  return (
    <ul className={className ?? 'fdk-contact-list'}>
      {list.items.map((entry) => (children ? <li key={entry.key}>{children(entry)}</li> : <ContactItem key={entry.key} entry={entry} />))}
    </ul>
  );
}
ContactListItems.displayName = 'ContactList.Items';

/** The form that adds a contact. */
export function ContactListAdd({ className }: { className?: string }) {
  const { list } = useContactListPart('<ContactList.Add>');
  const { add } = list;
  return (
    <form className={className ?? 'fdk-form fdk-contact-add'} {...add.getFormProps()}>
      {list.kind === 'phone' ? (
        <PhoneFieldRoot form={add} number="value" country="country" />
      ) : (
        <FormField field={add.getFieldProps('value')} />
      )}
      <FormErrorMessage error={add.error} onRetry={() => void add.submit()} />
      <SubmitButton submit={add.getSubmitProps()} className="fdk-button" />
    </form>
  );
}
ContactListAdd.displayName = 'ContactList.Add';

/** Live regions: the confirmation of the last action (polite) and its error (assertive). */
export function ContactListStatus({ className }: { className?: string }) {
  const { list } = useContactListPart('<ContactList.Status>');
  const error = list.actionError && list.actionError.action !== 'verify' ? list.actionError.error : undefined;
  return (
    <div className={className ?? 'fdk-contact-status'}>
      <p className="fdk-notice" role="status">
        {list.notice ?? ''}
      </p>
      <FormErrorMessage error={error} />
    </div>
  );
}
ContactListStatus.displayName = 'ContactList.Status';
