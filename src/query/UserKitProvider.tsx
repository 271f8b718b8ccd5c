'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createUserClient, type UserClient, type UserClientOptions } from '../client/createUserClient';
import { FdkConfigError } from '../client/errors';
import type { Messages } from '../i18n/messages';
import { resolveMessages } from '../i18n/resolveMessages';
import type { PlatformSchema } from '../schemas/config';
import { guardSession, type SignedOutEvent } from './session';
import { createSignOutEvents, type SignOutEvents } from './signOutEvents';

/** Props of {@link UserKitProvider}. */
export interface UserKitProviderProps {
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
   * Called once when the user stops being signed in: a request answered 401 while a user was signed in
   * (`reason: 'expired'`), or logout (`reason: 'logout'`, also when the logout request failed).
   */
  onUnauthorized?: (event: SignedOutEvent) => void;
  /** Your wording or translation of any of the kit's strings, key by key (see `messages`). */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/** What the kit's hooks read from the provider. */
export interface UserKit {
  /** The client, wrapped so that a 401 on a session method signs out in the cache. */
  client: UserClient;
  /** The QueryClient the kit's queries live in. */
  queryClient: QueryClient;
  /** The `name` for `getPlatformConfig`. */
  platformName: string | undefined;
  /** The server-provided PlatformSchema, if any. */
  initialConfig: PlatformSchema | undefined;
  /** Tells the app that the user is signed out. */
  onSignedOut: (event: SignedOutEvent) => void;
  /** Subscribe here to hear about sign-outs (the provider's `onUnauthorized` is one listener). */
  signOutEvents: SignOutEvents;
  /** Every user-visible string, with the provider's overrides applied. */
  messages: Messages;
}

const UserKitContext = createContext<UserKit | null>(null);

function createDefaultQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Provides the User API client and the query cache to the kit's hooks and components. Works inside an app's
 * existing `QueryClientProvider`, or with its own QueryClient when there is none.
 * @example
 * <UserKitProvider clientOptions={{ baseUrl: 'https://api.fynd.com', applicationId, applicationToken }} platformName="Fynd">
 *   <App />
 * </UserKitProvider>
 */
export function UserKitProvider(props: UserKitProviderProps) {
  const enclosing = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (props.queryClient || enclosing ? undefined : createDefaultQueryClient()));
  const queryClient = props.queryClient ?? enclosing ?? ownQueryClient;
  if (!queryClient) throw new FdkConfigError('UserKitProvider: no QueryClient');

  const [rawClient] = useState(() => {
    if (props.client) return props.client;
    if (props.clientOptions) return createUserClient(props.clientOptions);
    throw new FdkConfigError('UserKitProvider needs a `client` (from createUserClient) or `clientOptions`.');
  });
  const client = props.client ?? rawClient;

  const [signOutEvents] = useState(createSignOutEvents);
  const { onUnauthorized } = props;
  useEffect(() => (onUnauthorized ? signOutEvents.listen(onUnauthorized) : undefined), [signOutEvents, onUnauthorized]);

  const messages = useMemo(() => resolveMessages(props.messages), [props.messages]);
  const kit = useMemo<UserKit>(
    () => ({
      client: guardSession(client, queryClient, signOutEvents.emit),
      queryClient,
      platformName: props.platformName,
      initialConfig: props.initialConfig,
      onSignedOut: signOutEvents.emit,
      signOutEvents,
      messages,
    }),
    [client, queryClient, signOutEvents, messages, props.platformName, props.initialConfig],
  );

  const content = <UserKitContext.Provider value={kit}>{props.children}</UserKitContext.Provider>;
  return queryClient === enclosing ? content : <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
}

/**
 * The kit's context: client, QueryClient, platform name.
 * @throws FdkConfigError outside a {@link UserKitProvider}.
 */
export function useUserKit(): UserKit {
  const kit = useContext(UserKitContext);
  if (!kit) throw new FdkConfigError('fdk-user-react hooks must be used inside <UserKitProvider>.');
  return kit;
}

/**
 * The User API client of the nearest {@link UserKitProvider} (its session-guarded wrapper).
 * @example
 * const client = useUserClient();
 * await client.sendOTPOnMobile({ body: { mobile, country_code: '91' } });
 */
export function useUserClient(): UserClient {
  return useUserKit().client;
}

/**
 * Every user-visible string, with the provider's `messages` overrides applied.
 * @example
 * const messages = useMessages();
 * <button>{messages.loginSubmit}</button>
 */
export function useMessages(): Messages {
  return useUserKit().messages;
}

/**
 * Overrides some of the kit's strings for a subtree (a screen's `messages` prop), on top of the provider's.
 * @example
 * <MessagesOverride messages={{ loginSubmit: 'Continue' }}><Login.Root>…</Login.Root></MessagesOverride>
 */
export function MessagesOverride({ messages, children }: { messages?: Partial<Messages>; children?: ReactNode }) {
  const kit = useUserKit();
  const value = useMemo(() => (messages ? { ...kit, messages: { ...kit.messages, ...resolveOverrides(messages) } } : kit), [kit, messages]);
  return <UserKitContext.Provider value={value}>{children}</UserKitContext.Provider>;
}

function resolveOverrides(overrides: Partial<Messages>): Partial<Messages> {
  const resolved = resolveMessages(overrides);
  const picked: Partial<Messages> = {};
  for (const key of Object.keys(overrides) as Array<keyof Messages>) if (typeof overrides[key] === 'string') picked[key] = resolved[key];
  return picked;
}
