'use client';
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../queries';
import { useUserKit } from '../userKit';
import type { QueryHookOptions } from './queryHookOptions';

/**
 * The signed-in user's active sessions (`getListOfActiveSessions`). Read-only: the API has no way to revoke one.
 * @example
 * const { data } = useActiveSessions();
 * data?.sessions?.map((id) => <li key={id}>{id}</li>);
 */
export function useActiveSessions(options?: QueryHookOptions) {
  const kit = useUserKit();
  return useQuery({ ...userQueries.activeSessions(kit.client), ...options }, kit.queryClient);
}
