'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { UserClient } from '../client/createUserClient';
import { FdkConfigError } from '../client/errors';
import type { KitSettings } from '../config/settings';
import type { PlatformSchema } from '../schemas/config';
import type { MutationContext } from './executeMutation';
import type { SignInEvents } from './signInEvents';

/** What the kit's hooks read from the provider. */
export interface UserKit extends MutationContext {
  /** The client the storefront gave the provider, as it is (what `useUserClient()` returns). */
  userClient: UserClient;
  /**
   * The same client as the kit calls it: a 401 on a method that needs a session signs out in the cache and
   * tells `onSignInRequired`.
   */
  client: UserClient;
  /** The QueryClient the kit's queries live in. */
  queryClient: QueryClient;
  /** The `name` passed to `getPlatformConfig`. */
  platformName: string | undefined;
  /** The server-provided PlatformSchema, if any. */
  initialConfig: PlatformSchema | undefined;
  /** Whether the last config is kept in `localStorage` for the next visit (the provider's `rememberConfig`). */
  rememberConfig: boolean;
  /** What the storefront set once: platform, OTP length, captcha, social getters, redirects, password rule … */
  settings: KitSettings;
  /** The "sign-in needed" channel (the provider's `onSignInRequired` is one listener). */
  signIn: SignInEvents;
}

/** @internal The provider's context. */
export const UserKitContext = createContext<UserKit | null>(null);

/**
 * The kit's context: client, QueryClient, settings.
 * @throws FdkConfigError outside a `UserKitProvider`.
 * @example
 * const { settings } = useUserKit();
 */
export function useUserKit(): UserKit {
  const kit = useContext(UserKitContext);
  if (!kit) throw new FdkConfigError('fdk-user-react hooks must be used inside <UserKitProvider>.');
  return kit;
}

/**
 * The User API client the storefront gave the nearest `UserKitProvider` (the very same object).
 * @example
 * const client = useUserClient();
 * await client.sendOTPOnMobile({ body: { mobile, country_code: '91' } });
 */
export function useUserClient(): UserClient {
  return useUserKit().userClient;
}

/**
 * What the storefront set once on the provider (`platform`, `otpLength`, `captcha`, `social`, redirects …).
 * @example
 * const { otpLength } = useKitSettings();
 */
export function useKitSettings(): KitSettings {
  return useUserKit().settings;
}
