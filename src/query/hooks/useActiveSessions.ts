'use client';
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../queries';
import { useUserKit } from '../userKit';
import type { QueryHookOptions } from './queryHookOptions';
import { useSignedInOnly } from './useSignedInOnly';

/**
 * The signed-in user's active sessions (`getListOfActiveSessions`). Read-only: the API has no way to revoke one.
 * @example
 * const { data } = useActiveSessions();
 * data?.sessions?.map((id) => <li key={id}>{id}</li>);
 */
export function useActiveSessions(options?: QueryHookOptions) {
  const kit = useUserKit();
  const enabled = useSignedInOnly(kit, options?.enabled);
  return useQuery({ ...userQueries.activeSessions(kit.client), ...options, enabled }, kit.queryClient);
}
