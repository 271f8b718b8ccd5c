'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { userQueries } from '../queries';
import { readRememberedConfig, rememberConfig, rememberedConfigKey } from '../rememberedConfig';
import { useUserKit } from '../userKit';
import type { QueryHookOptions } from './queryHookOptions';

const noSubscription = () => () => undefined;

/**
 * The application's PlatformSchema (which login methods, social buttons, required fields, look and feel).
 * Long-lived; with the provider's `initialConfig` (or a hydrated server prefetch) it makes no request. Otherwise
 * the last config of the application, remembered in `localStorage` (the provider's `rememberConfig`), is the data
 * at once on a returning visit, revalidated in the background; each config fetched is remembered.
 * @param name The application name for `getPlatformConfig` (default: the provider's `platformName`).
 * @example
 * const { data: config } = usePlatformConfig();
 */
export function usePlatformConfig(name?: string, options?: QueryHookOptions) {
  const kit = useUserKit();
  const configName = name ?? kit.platformName;
  const own = configName === kit.platformName;
  const initialData = own ? kit.initialConfig : undefined;
  const key = own && !initialData && kit.rememberConfig ? rememberedConfigKey(kit.userClient.options?.applicationId, configName) : undefined;
  // Read in the browser only, after hydration: a server-rendered page hydrates as the server rendered it.
  const remembered = useSyncExternalStore(noSubscription, () => (key ? readRememberedConfig(key) : undefined), () => undefined);
  const queryOptions = {
    ...userQueries.platformConfig(kit.client, configName),
    // A remembered config counts as old (updated at 0): shown at once, and fetched again on mount.
    ...(initialData ? { initialData } : remembered ? { initialData: remembered, initialDataUpdatedAt: 0 } : {}),
    ...options,
  };
  // A first visit has nothing to show until the config arrives: its request starts during this render, not after
  // the first commit (as `usePrefetchQuery` does; in the browser only, and once: a query already in the cache is
  // left to `useQuery`).
  if (typeof window !== 'undefined' && !('initialData' in queryOptions) && queryOptions.enabled !== false && !kit.queryClient.getQueryState(queryOptions.queryKey)) {
    void kit.queryClient.prefetchQuery(queryOptions);
  }
  const query = useQuery(queryOptions, kit.queryClient);
  const fetched = query.dataUpdatedAt > 0 ? query.data : undefined;
  useEffect(() => {
    if (key && fetched) rememberConfig(key, fetched);
  }, [key, fetched]);
  return query;
}
