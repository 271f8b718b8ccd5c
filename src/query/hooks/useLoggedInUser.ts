'use client';
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../queries';
import { useUserKit } from '../userKit';
import type { QueryHookOptions } from './queryHookOptions';

/**
 * The signed-in user: `data` is the user, `null` when signed out (a 401 is that state, not an error), and
 * `undefined` while loading. Components using it share one request.
 * @example
 * const { data: user, isPending } = useLoggedInUser();
 * if (!isPending && !user) return <a href="/login">Sign in</a>;
 */
export function useLoggedInUser(options?: QueryHookOptions) {
  const kit = useUserKit();
  return useQuery({ ...userQueries.loggedInUser(kit.client), ...options }, kit.queryClient);
}
