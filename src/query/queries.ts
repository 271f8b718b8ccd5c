import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { UserClient } from '../client/createUserClient';
import { FdkResponseValidationError, isFdkUnauthorizedError } from '../client/errors';
import type { UserSchema } from '../schemas/common';
import { userKeys } from './keys';

/** How long the signed-in user is fresh before a background refetch (ms). */
export const SESSION_STALE_TIME = 60_000;
/** How long a PlatformSchema is fresh (ms): it changes when an admin edits the application, rarely. */
export const CONFIG_STALE_TIME = 10 * 60_000;

/**
 * `queryOptions` for the four reads of the API, usable with `useQuery`/`useSuspenseQuery` in the browser and with
 * `queryClient.prefetchQuery`/`ensureQueryData` on a server. Query retries are off: the client already retries
 * idempotent GETs on network errors, 5xx and 429, and a 4xx is never worth retrying.
 * @example
 * await queryClient.prefetchQuery(userQueries.platformConfig(client, 'Fynd'));
 */
export const userQueries = {
  /** The signed-in user, or `null` when signed out (a 401 is the signed-out state, not an error). */
  loggedInUser: (client: UserClient) =>
    queryOptions({
      queryKey: userKeys.session(),
      queryFn: async ({ signal }): Promise<UserSchema | null> => {
        try {
          const answer = await client.getLoggedInUser({}, { signal });
          return answer.user ?? null;
        } catch (error) {
          if (isFdkUnauthorizedError(error)) return null;
          throw error;
        }
      },
      staleTime: SESSION_STALE_TIME,
      retry: false,
    }),
  /** The application's PlatformSchema (long-lived). */
  platformConfig: (client: UserClient, name?: string) =>
    queryOptions({
      queryKey: userKeys.config(name),
      queryFn: ({ signal }) => client.getPlatformConfig(name === undefined ? {} : { name }, { signal }),
      staleTime: CONFIG_STALE_TIME,
      gcTime: 60 * 60_000,
      retry: false,
    }),
  /** The signed-in user's active sessions. */
  activeSessions: (client: UserClient) =>
    queryOptions({
      queryKey: userKeys.sessions(),
      queryFn: ({ signal }) => client.getListOfActiveSessions({}, { signal }),
      staleTime: 30_000,
      retry: false,
    }),
  /** Whether the signed-in user has a password. */
  hasPassword: (client: UserClient) =>
    queryOptions({
      queryKey: userKeys.hasPassword(),
      queryFn: ({ signal }) => client.hasPassword({}, { signal }),
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

/**
 * The signed-in user, read from the server now (after a call that started a session without answering a user).
 * Rejects with an `FdkResponseValidationError` when nobody is signed in: the call did not deliver a session.
 * @example
 * const user = await fetchSignedInUser(kit);
 */
export async function fetchSignedInUser(kit: { client: UserClient; queryClient: QueryClient }): Promise<UserSchema> {
  const user = await kit.queryClient.fetchQuery({ ...userQueries.loggedInUser(kit.client), staleTime: 0 });
  if (!user) throw new FdkResponseValidationError(200, null, [{ path: 'user', message: 'no session after the call that should have started one' }], { method: 'getLoggedInUser' });
  return user;
}
