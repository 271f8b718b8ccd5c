'use client';
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { userKeys } from '../../query/keys';
import type { UserSchema } from '../../schemas/common';

/** A save that met a 401: its values and whose they were. */
export interface PendingSave<V> {
  id: number;
  values: V;
  userId: string | undefined;
  /** The user signed in again and the save was replayed: no longer waiting for a sign-in. */
  resumed?: true;
}

const userIdOf = (user: UserSchema | null | undefined) => user?._id ?? user?.user_id;
let pendingIds = 0;

/**
 * A save that waits for a sign-in: `hold(values)` keeps it; once a user is signed in again (seen in the query
 * cache, where every sign-in writes the session), `replay` runs once for the same user, and `otherUser` when
 * someone else signed in (their account never gets the first one's edits). The deferred replay is cancelled on
 * unmount.
 */
export function usePendingSave<V>(queryClient: QueryClient, replay: (values: V) => void, otherUser: (user: UserSchema) => void) {
  const [pending, setPending] = useState<PendingSave<V> | undefined>();
  const replayed = useRef<number | undefined>(undefined);
  const handlers = useRef({ replay, otherUser });
  useEffect(() => {
    handlers.current = { replay, otherUser };
  });

  useEffect(() => {
    if (!pending) return;
    const sessionHash = hashKey(userKeys.session());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.query.queryHash !== sessionHash || replayed.current === pending.id) return;
      const next = queryClient.getQueryData<UserSchema | null>(userKeys.session());
      if (!next) return;
      replayed.current = pending.id;
      // Let the sign-in finish first.
      timer = setTimeout(() => {
        if (pending.userId === undefined || pending.userId === userIdOf(next)) {
          setPending((current) => (current?.id === pending.id ? { ...current, resumed: true } : current));
          handlers.current.replay(pending.values);
        } else {
          setPending(undefined);
          handlers.current.otherUser(next);
        }
      }, 0);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [pending, queryClient]);

  return {
    pending,
    /** Keeps a save for later, with the user it was made for (read before the request: a 401 signs out). */
    hold: (values: V, user: UserSchema | null | undefined) => setPending({ id: ++pendingIds, values, userId: userIdOf(user) }),
    clear: () => setPending(undefined),
  };
}
