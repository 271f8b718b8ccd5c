/**
 * Query keys of everything the kit caches, in one factory (the TanStack Query "key factory" habit).
 * Every key starts with `userKeys.all`, so `queryClient.removeQueries({ queryKey: userKeys.all })` forgets it all.
 * @example
 * queryClient.invalidateQueries({ queryKey: userKeys.session() });
 */
export const userKeys = {
  /** Prefix of every key the kit uses. */
  all: ['fdk-user'] as const,
  /** The signed-in user (`getLoggedInUser`); data is the user, or `null` when signed out. */
  session: () => [...userKeys.all, 'session'] as const,
  /** The PlatformSchema of an application (`getPlatformConfig`); `name` is the `name` query argument. */
  config: (name?: string) => [...userKeys.all, 'config', name ?? null] as const,
  /** The signed-in user's active sessions (`getListOfActiveSessions`). */
  sessions: () => [...userKeys.all, 'sessions'] as const,
  /** Whether the signed-in user has a password (`hasPassword`). */
  hasPassword: () => [...userKeys.all, 'has-password'] as const,
  /** Mutation keys, by method name (for `useIsMutating`). */
  mutation: (method: string) => [...userKeys.all, 'mutation', method] as const,
};

/** Keys of queries that belong to one signed-in user and must be forgotten when the user changes or signs out. */
export const userScopedKeys = () => [userKeys.sessions(), userKeys.hasPassword()] as const;
