'use client';
import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../queries';
import { useUserKit } from '../userKit';
import type { QueryHookOptions } from './queryHookOptions';

/**
 * The application's PlatformSchema (which login methods, social buttons, required fields, look and feel).
 * Long-lived; with the provider's `initialConfig` (or a hydrated server prefetch) it makes no request.
 * @param name The application name for `getPlatformConfig` (default: the provider's `platformName`).
 * @example
 * const { data: config } = usePlatformConfig();
 */
export function usePlatformConfig(name?: string, options?: QueryHookOptions) {
  const kit = useUserKit();
  const configName = name ?? kit.platformName;
  const initialData = configName === kit.platformName ? kit.initialConfig : undefined;
  return useQuery(
    { ...userQueries.platformConfig(kit.client, configName), ...(initialData ? { initialData } : {}), ...options },
    kit.queryClient,
  );
}
