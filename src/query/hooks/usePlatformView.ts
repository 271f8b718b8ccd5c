'use client';
import { useMemo } from 'react';
import { readPlatformConfig, type PlatformView } from '../../config/readPlatformConfig';
import { usePlatformConfig } from './usePlatformConfig';

/**
 * The PlatformSchema of the provider's application, read into a view model (`readPlatformConfig`), with the
 * query's loading and error state. While loading, `view` is the view of no config (safe defaults).
 * @example
 * const { view, isPending } = usePlatformView();
 * if (!view.hasSignInMethod) return <p>{messages.loginNoSignInMethod}</p>;
 */
export function usePlatformView(name?: string) {
  const query = usePlatformConfig(name);
  const view = useMemo<PlatformView>(() => readPlatformConfig(query.data), [query.data]);
  return { view, config: query.data, isPending: query.isPending, error: query.error, refetch: query.refetch };
}
