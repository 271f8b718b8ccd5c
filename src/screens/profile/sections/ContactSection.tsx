'use client';
import { useMessages } from '../../../i18n/MessagesContext';
import { profileMessages } from '../../../i18n/messages/profile';
import { ContactListAdd, ContactListItems, ContactListRoot, ContactListStatus } from '../../../components/ContactList';
import { Section } from './Section';

/** The emails or the phone numbers of the account screen: the list, its actions and the add form. Loaded on demand. */
export function ContactSection({ id, kind }: { id: string; kind: 'email' | 'phone' }) {
  const messages = useMessages(profileMessages);
  return (
    <Section id={id} title={kind === 'email' ? messages.emailsTitle : messages.phonesTitle}>
      <ContactListRoot kind={kind}>
        <ContactListStatus />
        <ContactListItems />
        <ContactListAdd />
      </ContactListRoot>
    </Section>
  );
}
