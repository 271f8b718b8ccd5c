'use client';
import { useCallback } from 'react';
import type { UserSchema } from '../../schemas/common';
import { useLogout } from './mutationHooks';
import { useLoggedInUser } from './useLoggedInUser';

/** What {@link useAuth} returns. */
export interface AuthState {
  /** The signed-in user, or `null` (signed out or still loading). */
  user: UserSchema | null;
  /** `loading` until the first answer; then `signedIn` or `signedOut`. A failed check counts as signed out. */
  status: 'loading' | 'signedIn' | 'signedOut';
  /** Signs out; resolves when done (the cache is cleared even when the request fails). */
  logout: () => Promise<void>;
}

/**
 * The sign-in state for route guards and headers.
 * @example
 * const { status, user, logout } = useAuth();
 * if (status === 'signedOut') return <Navigate to="/login" />;
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
  const user = session.data ?? null;
  const status = session.isPending ? 'loading' : user ? 'signedIn' : 'signedOut';
  return { user, status, logout };
}
