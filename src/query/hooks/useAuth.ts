'use client';
import { useCallback } from 'react';
import { isFdkError, type FdkError } from '../../client/errors';
import type { UserSchema } from '../../schemas/common';
import { useLogout } from './mutationHooks';
import { useLoggedInUser } from './useLoggedInUser';

/** What {@link useAuth} returns. */
export interface AuthState {
  /** The signed-in user (the last one known while the session cannot be checked), or `null`. */
  user: UserSchema | null;
  /**
   * - `loading` until the first answer;
   * - `signedIn` / `signedOut` once the server said (a 401 is `signedOut`);
   * - `unknown` when the check failed (offline, a 5xx) and no user was known: do not send the shopper to the login
   *   page for it; show a retry instead.
   */
  status: 'loading' | 'signedIn' | 'signedOut' | 'unknown';
  /** Why the last check failed (offline, a 5xx), when it did; the last known user stays. */
  error: FdkError | null;
  /** Checks the session again. */
  recheck: () => Promise<void>;
  /** Signs out; resolves when done (the cache is cleared even when the request fails). */
  logout: () => Promise<void>;
}

/**
 * The sign-in state for route guards and headers. Offline is not signed out: a failed check keeps the last known
 * user (`signedIn`, with `error`), or says `unknown` when there was none.
 * @example
 * const { status, user, logout } = useAuth();
 * if (status === 'signedOut') return <Navigate to="/login" />;
 * if (status === 'unknown') return <p>Could not reach the store. <button onClick={recheck}>Retry</button></p>;
 */
export function useAuth(): AuthState {
  const session = useLoggedInUser();
  const { mutateAsync } = useLogout();
  const logout = useCallback(async () => {
    try {
      await mutateAsync();
    } catch {
      // The cache is already cleared: from the user's point of view they are signed out.
    }
  }, [mutateAsync]);
  const { refetch } = session;
  const recheck = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const user = session.data ?? null;
  let status: AuthState['status'] = 'loading';
  if (user) status = 'signedIn';
  else if (session.data === null) status = 'signedOut';
  else if (session.isError) status = 'unknown';
  return { user, status, error: isFdkError(session.error) ? session.error : null, recheck, logout };
}
