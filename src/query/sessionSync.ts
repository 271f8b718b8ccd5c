import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from './keys';
import { SESSION_STALE_TIME } from './queries';
import { signOutLocally } from './session';
import type { SignInEvents } from './signInEvents';

/** What one tab tells the others. */
type TabMessage = { type: 'signed-out'; reason: 'logout' | 'expired' } | { type: 'signed-in' };

const CHANNEL = 'fdk-user-react:session';

/**
 * Keeps the session coherent across the tabs of one origin and across the back button:
 * - a sign-out (logout or an expired session) in one tab signs the other tabs out too, once, and tells their
 *   `onSignInRequired`; a sign-in makes them check the session again (`BroadcastChannel`, with a `storage` event
 *   fallback where it is missing);
 * - a page restored from the back/forward cache forgets the session it showed and checks it again before showing
 *   private data; a tab coming back into view checks it again in the background.
 * Returns the function that stops it all.
 */
export function syncSession(queryClient: QueryClient, events: SignInEvents, application: string): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const key = `${CHANNEL}:${application}`;
  let receiving = false;
  const receive = (message: TabMessage | undefined) => {
    if (!message) return;
    if (message.type === 'signed-in') {
      void queryClient.invalidateQueries({ queryKey: userKeys.session() });
      return;
    }
    receiving = true;
    try {
      if (signOutLocally(queryClient)) events.emit({ reason: message.reason });
    } finally {
      receiving = false;
    }
  };

  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : undefined;
  const onChannel = (event: MessageEvent<TabMessage>) => receive(event.data);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || !event.newValue) return;
    try {
      receive((JSON.parse(event.newValue) as { message?: TabMessage }).message);
    } catch {
      // Not ours.
    }
  };
  const post = (message: TabMessage) => {
    if (channel) channel.postMessage(message);
    else {
      try {
        localStorage.setItem(key, JSON.stringify({ message, at: Date.now() }));
      } catch {
        // Storage refused: the other tabs find out on their next request.
      }
    }
  };
  channel?.addEventListener('message', onChannel);
  if (!channel) window.addEventListener('storage', onStorage);

  const stopEvents = events.listen((event) => {
    if (!receiving && (event.reason === 'logout' || event.reason === 'expired')) post({ type: 'signed-out', reason: event.reason });
  });
  let known = queryClient.getQueryData(userKeys.session()) != null;
  const stopCache = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[1] !== 'session') return;
    const signedIn = queryClient.getQueryData(userKeys.session()) != null;
    if (signedIn && !known && !receiving) post({ type: 'signed-in' });
    known = signedIn;
  });

  const onPageShow = (event: PageTransitionEvent) => {
    // Restored from the back/forward cache: what it shows may belong to a session that has ended since.
    if (event.persisted) void queryClient.resetQueries({ queryKey: userKeys.session() });
  };
  // A tab coming back: checked again at once. After a short absence the page stays as it was meanwhile; after one
  // longer than the session's freshness (the session may have ended), private data is hidden until the answer.
  let hiddenAt: number | undefined;
  const onVisible = () => {
    if (document.visibilityState !== 'visible') {
      hiddenAt ??= Date.now();
      return;
    }
    const away = hiddenAt === undefined ? 0 : Date.now() - hiddenAt;
    hiddenAt = undefined;
    if (away >= SESSION_STALE_TIME) void queryClient.resetQueries({ queryKey: userKeys.session() });
    else void queryClient.invalidateQueries({ queryKey: userKeys.session() });
  };
  window.addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onVisible);

  return () => {
    stopEvents();
    stopCache();
    channel?.removeEventListener('message', onChannel);
    channel?.close();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onPageShow);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
