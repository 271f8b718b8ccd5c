import type { QueryClient } from '@tanstack/react-query';
import type { UserClient } from '../client/createUserClient';
import { isFdkUnauthorizedError } from '../client/errors';
import { userMethodNames, userMethods } from '../client/methods';
import type { UserSchema } from '../schemas/common';
import { userKeys, userScopedKeys } from './keys';
import type { SignInRequiredEvent } from './signInEvents';

const userId = (user: UserSchema | null | undefined) => user?._id ?? user?.user_id;

/** Writes the signed-in user into the cache; forgets the previous user's data when the user changed. */
export function writeUser(queryClient: QueryClient, user: UserSchema): void {
  const previous = queryClient.getQueryData<UserSchema | null>(userKeys.session());
  if (previous && userId(previous) !== userId(user)) {
    for (const queryKey of userScopedKeys()) queryClient.removeQueries({ queryKey });
  }
  queryClient.setQueryData<UserSchema | null>(userKeys.session(), user);
}

/**
 * Signs out in the cache: the session becomes `null` and every user-scoped query is removed.
 * @returns whether a user was signed in before.
 */
export function signOutLocally(queryClient: QueryClient): boolean {
  const wasSignedIn = Boolean(queryClient.getQueryData<UserSchema | null>(userKeys.session()));
  void queryClient.cancelQueries({ queryKey: userKeys.session() });
  queryClient.setQueryData<UserSchema | null>(userKeys.session(), null);
  for (const queryKey of userScopedKeys()) queryClient.removeQueries({ queryKey });
  return wasSignedIn;
}

/**
 * Wraps a client so that a 401 from any method that needs a session signs out in the cache, and calls
 * `onSignInRequired` once per lost session (only when a user was signed in: parallel 401s make one call).
 */
export function guardSession(
  client: UserClient,
  queryClient: QueryClient,
  onSignInRequired: (event: SignInRequiredEvent) => void,
): UserClient {
  const guarded: Record<string, unknown> = { options: client.options };
  for (const name of userMethodNames) {
    const method = client[name] as (args?: unknown, options?: unknown) => Promise<unknown>;
    guarded[name] = async (args?: unknown, options?: unknown) => {
      try {
        return await method(args, options);
      } catch (error) {
        if (isFdkUnauthorizedError(error) && userMethods[name].session && signOutLocally(queryClient)) {
          onSignInRequired({ reason: 'expired', error });
        }
        throw error;
      }
    };
  }
  return guarded as UserClient;
}
