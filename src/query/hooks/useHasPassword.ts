'use client';
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../queries';
import { useUserKit } from '../userKit';
import type { QueryHookOptions } from './queryHookOptions';
import { useSignedInOnly } from './useSignedInOnly';

/**
 * Whether the signed-in user has a password (`data.result`): decides between "set a password" and "change password".
 * @example
 * const { data } = useHasPassword();
 * const label = data?.result ? 'Change password' : 'Set a password';
 */
export function useHasPassword(options?: QueryHookOptions) {
  const kit = useUserKit();
  const enabled = useSignedInOnly(kit, options?.enabled);
  return useQuery({ ...userQueries.hasPassword(kit.client), ...options, enabled }, kit.queryClient);
}
