'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createUserClient, type UserClient, type UserClientOptions } from '../client/createUserClient';
import { FdkConfigError } from '../client/errors';
import { resolveSettings, type KitSettingsInput } from '../config/settings';
import type { Messages } from '../i18n/messages';
import { MessagesProvider } from '../i18n/MessagesContext';
import type { PlatformSchema } from '../schemas/config';
import { guardSession } from './session';
import { createSignInEvents, type SignInRequiredEvent } from './signInEvents';
import { UserKitContext, type UserKit } from './userKit';

/** Props of {@link UserKitProvider}: the client, the cache, and what the storefront sets once. */
export interface UserKitProviderProps extends KitSettingsInput {
  /** A client from `createUserClient`. Give this or `clientOptions`. */
  client?: UserClient;
  /** Options to create the client with, when no `client` is given. */
  clientOptions?: UserClientOptions;
  /** The app's QueryClient. Default: the one of an enclosing `QueryClientProvider`, else one of the kit's own. */
  queryClient?: QueryClient;
  /** The `name` passed to `getPlatformConfig` (which application's login config to show). */
  platformName?: string;
  /** A PlatformSchema the server already has (SSR): the browser then makes no config request. */
  initialConfig?: PlatformSchema;
  /**
   * Keep the last PlatformSchema of the application in `localStorage` (it is public, the same for every shopper)
   * and render from it at once on the next visit, revalidating it in the background; a changed config applies when
   * it arrives, keeping what was typed. Default `true`; ignored with `initialConfig`.
   */
  rememberConfig?: boolean;
  /**
   * Called when the shopper needs to sign in (again): the session expired (a 401 while signed in), the shopper
   * signed out, or a part asked for it. See `SignInRequiredEvent`.
   */
  onSignInRequired?: (event: SignInRequiredEvent) => void;
  /** Your wording or translation of any of the kit's strings, key by key (see `messages`). */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

function createDefaultQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Provides the User API client, the query cache and the storefront's settings to the kit's hooks, parts and
 * screens. Works inside an app's existing `QueryClientProvider`, or with its own QueryClient when there is none.
 * Everything a storefront sets once is set here: `platform` (default: the application id), `otpLength`
 * (default 4), `captcha`, `social` token getters, `redirect`, `passwordRule`, `emailOtpLogin`,
 * `defaultCountry` (the ISO code phone fields start with, `IN` by default), `onSignInRequired`.
 * @example
 * <UserKitProvider clientOptions={{ baseUrl: location.origin, applicationId, applicationToken }} platformName="Fynd"
 *   social={{ google: googlePopup }} onSignInRequired={({ reason }) => reason === 'logout' && navigate('/')}>
 *   <App />
 * </UserKitProvider>
 */
export function UserKitProvider(props: UserKitProviderProps) {
  const enclosing = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (props.queryClient || enclosing ? undefined : createDefaultQueryClient()));
  const queryClient = props.queryClient ?? enclosing ?? ownQueryClient;
  if (!queryClient) throw new FdkConfigError('UserKitProvider: no QueryClient');

  const [createdClient] = useState(() => {
    if (props.client) return undefined;
    if (props.clientOptions) return createUserClient(props.clientOptions);
    throw new FdkConfigError('UserKitProvider needs a `client` (from createUserClient) or `clientOptions`.');
  });
  const userClient = props.client ?? createdClient!;

  const [signIn] = useState(createSignInEvents);
  const { onSignInRequired } = props;
  useEffect(() => (onSignInRequired ? signIn.listen(onSignInRequired) : undefined), [signIn, onSignInRequired]);

  const { platform, otpLength, captcha, social, redirect, emailOtpLogin, passwordRule, defaultCountry } = props;
  const applicationId = userClient.options?.applicationId;
  const settings = useMemo(
    () => resolveSettings({ platform, otpLength, captcha, social, redirect, emailOtpLogin, passwordRule, defaultCountry }, applicationId),
    [platform, otpLength, captcha, social, redirect, emailOtpLogin, passwordRule, defaultCountry, applicationId],
  );
  useEffect(() => {
    // Cross-tab and back/forward-cache coherence, loaded once the page is up: nothing needs it before.
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('./sessionSync').then(({ syncSession }) => {
      if (!stopped) stop = syncSession(queryClient, signIn, applicationId ?? '');
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [queryClient, signIn, applicationId]);
  const guarded = useMemo(() => guardSession(userClient, queryClient, signIn.emit), [userClient, queryClient, signIn]);
  const kit = useMemo<UserKit>(
    () => ({
      userClient,
      client: guarded,
      queryClient,
      platformName: props.platformName,
      initialConfig: props.initialConfig,
      rememberConfig: props.rememberConfig !== false,
      settings,
      signIn,
      onSignInRequired: signIn.emit,
      platform: settings.platform,
    }),
    [userClient, guarded, queryClient, signIn, settings, props.platformName, props.initialConfig, props.rememberConfig],
  );

  const content = (
    <UserKitContext.Provider value={kit}>
      <MessagesProvider overrides={props.messages}>{props.children}</MessagesProvider>
    </UserKitContext.Provider>
  );
  return queryClient === enclosing ? content : <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
}
