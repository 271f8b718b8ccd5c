'use client';
import { useMessages } from '../../../i18n/MessagesContext';
import { profileMessages } from '../../../i18n/messages/profile';
import { securityMessages } from '../../../i18n/messages/security';
import { SessionsList } from '../../../components/Sessions';
import { Section } from './Section';

/** The active sessions section of the account screen. Loaded on demand. */
export function SessionsSection({ id }: { id: string }) {
  const messages = useMessages(profileMessages, securityMessages);
  return (
    <Section id={id} title={messages.sessionsTitle}>
      <p className="fdk-hint">{messages.sessionsHint}</p>
      <SessionsList />
    </Section>
  );
}
