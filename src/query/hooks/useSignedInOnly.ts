'use client';
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../queries';
import type { UserKit } from '../userKit';

const isSignedOut = (user: unknown) => user === null;

/**
 * Whether a read of the signed-in user's data may run: not once the cache knows nobody is signed in (after a
 * logout or a lost session), so that a mounted `useHasPassword` does not ask again and get a 401. Watches the
 * session already in the cache without fetching it.
 */
export function useSignedInOnly(kit: UserKit, enabled: boolean | undefined): boolean {
  const signedOut = useQuery({ ...userQueries.loggedInUser(kit.client), enabled: false, select: isSignedOut }, kit.queryClient).data;
  return enabled !== false && signedOut !== true;
}
