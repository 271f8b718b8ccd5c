'use client';
import type { ReactNode } from 'react';
import { errorMessage } from '../i18n/errorMessage';
import { formatMessage } from '../i18n/formatMessage';
import { useActiveSessions } from '../query/hooks/useActiveSessions';
import { useLoggedInUser } from '../query/hooks/useLoggedInUser';
import { useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { securityMessages } from '../i18n/messages/security';

/** Props of {@link SessionsList}. */
export interface SessionsListProps {
  className?: string;
  /** Render each session id yourself (default: `Session <id>`). */
  children?: (sessionId: string, index: number) => ReactNode;
}

/**
 * The signed-in user's active sessions (`useActiveSessions`), read-only: loading, error with "Try again", empty,
 * or the count and the list of session ids. The User API has no way to end another session (no revoke method),
 * so there is no button for it; the list says to sign out on that device instead.
 * @example
 * <Sessions.List />
 */
export function SessionsList({ className, children }: SessionsListProps) {
  const messages = useMessages(profileMessages, securityMessages);
  const { data: user } = useLoggedInUser();
  const query = useActiveSessions({ enabled: Boolean(user) });
  if (!user) return null;
  if (query.isPending) {
    return (
      <p className="fdk-loading" role="status">
        {messages.commonLoading}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="fdk-form-error" aria-live="assertive">
        <div role="alert">
          <p>{errorMessage(query.error, messages).message}</p>
          <button type="button" className="fdk-link-button" onClick={() => void query.refetch()}>
            {messages.commonRetry}
          </button>
        </div>
      </div>
    );
  }
  const sessions = (query.data.sessions ?? []).filter((id): id is string => typeof id === 'string');
  if (sessions.length === 0) return <p className="fdk-empty">{messages.sessionsEmpty}</p>;
  return (
    <div className={className ?? 'fdk-sessions'}>
      <p className="fdk-hint">
        {formatMessage(messages.sessionsCount, { count: sessions.length }, messages.locale)}
      </p>
      <ul className="fdk-session-list">
        {sessions.map((id, index) => (
          <li key={`${id}-${index}`} className="fdk-session" dir="auto">
            {children ? children(id, index) : formatMessage(messages.sessionsItem, { id }, messages.locale)}
          </li>
        ))}
      </ul>
      <p className="fdk-hint">{messages.sessionsNoRevoke}</p>
    </div>
  );
}

SessionsList.displayName = 'Sessions.List';

export { SessionsList as List };
