import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createUserClient, type UserClient, type UserClientOptions } from '../../src/client/createUserClient';
import { UserKitProvider, type UserKitProviderProps } from '../../src/query/UserKitProvider';

/** The base URL the MSW-backed tests use; no request leaves the process. */
export const TEST_BASE_URL = 'http://fake-user-api.test';

/** A real client pointed at {@link TEST_BASE_URL}, without retry delays. */
export function testClient(options: Partial<UserClientOptions> = {}): UserClient {
  return createUserClient({
    baseUrl: TEST_BASE_URL,
    applicationId: 'test-app',
    applicationToken: 'test-token-123',
    retry: { limit: 0 },
    ...options,
  });
}

/** A fresh QueryClient as a test wants it (no retries, no garbage collection during the test). */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** A `wrapper` for `renderHook`/`render` with a UserKitProvider around the tree. */
export function kitWrapper(props: Omit<UserKitProviderProps, 'children'>) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <UserKitProvider {...props}>{children}</UserKitProvider>;
  };
}

/** A user record as the API sends it. */
export function userRecord(overrides: Record<string, unknown> = {}) {
  return {
    _id: 'user-1',
    user_id: 'user-1',
    first_name: 'Ana',
    last_name: 'Rao',
    active: true,
    emails: [
      { email: 'ana@example.com', primary: true, verified: true, active: true },
      { email: 'ana.work@example.com', primary: false, verified: true, active: true },
    ],
    phone_numbers: [{ phone: '9876543210', country_code: 91, primary: true, verified: true, active: true }],
    ...overrides,
  };
}
