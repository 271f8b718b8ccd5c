import { cache } from 'react';
import { headers } from 'next/headers';
import { createUserClient, isFdkUnauthorizedError, type UserClient, type UserSchema } from 'fdk-user-react';

/** What the storefront reads from its environment at run time (one build runs against the fake or a real application). */
export interface StoreSettings {
  /** The User API origin as this server reaches it: the fake (`http://127.0.0.1:4010`) or the application's domain. */
  apiOrigin: string;
  applicationId: string;
  /** The application token: public (browsers send it in every request), not a secret. */
  applicationToken: string;
  /** The `name` given to `getPlatformConfig`, if any. */
  platformName: string | undefined;
}

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`Set ${name} (see examples/next-app-router/README.md).`);
  return value;
}

/** The storefront's settings, from `FDK_API_ORIGIN`, `FDK_APPLICATION_ID`, `FDK_APPLICATION_TOKEN`, `FDK_PLATFORM_NAME`. */
export function storeSettings(): StoreSettings {
  return {
    apiOrigin: required('FDK_API_ORIGIN').replace(/\/+$/, ''),
    applicationId: required('FDK_APPLICATION_ID'),
    applicationToken: required('FDK_APPLICATION_TOKEN'),
    platformName: process.env.FDK_PLATFORM_NAME?.trim() || undefined,
  };
}

let client: UserClient | undefined;

/** The server's own client: it calls the API origin directly (signed for that host), never through the proxy. */
export function serverClient(): UserClient {
  const { apiOrigin, applicationId, applicationToken } = storeSettings();
  client ??= createUserClient({ baseUrl: apiOrigin, applicationId, applicationToken, timeout: 10_000 });
  return client;
}

/**
 * The signed-in shopper of this request, or `null`: the request's own `cookie` header is forwarded to
 * `getLoggedInUser`, so the API answers for the browser's session. Once per request (`cache`), however many
 * layouts and pages ask.
 */
export const getSessionUser = cache(async (): Promise<UserSchema | null> => {
  const cookie = (await headers()).get('cookie');
  if (!cookie) return null;
  try {
    const { user } = await serverClient().getLoggedInUser({}, { headers: { cookie } });
    return user ?? null;
  } catch (error) {
    if (isFdkUnauthorizedError(error)) return null;
    throw error;
  }
});

/** `Ana Rao`, or whatever the account holds. */
export function displayName(user: UserSchema): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username || 'your account';
}
