import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { UserClient } from '../../src/client/createUserClient';
import { userMethods, type UserMethodName } from '../../src/client/methods';
import type { SignedOutEvent } from '../../src/query/session';
import { createFakeUserHandlers, createFakeUserService, type FakeUserService, type FakeUserServiceOptions } from '../../src/testing/index';
import { kitWrapper, TEST_BASE_URL, testClient, testQueryClient } from '../helpers/kit';

/** The seeded credentials. */
export const ANA = { email: 'ana@example.com', password: 'Passw0rd!' };

/**
 * An MSW server answering from a fresh fake service per test, counting requests per method. Call at the top of a
 * test file.
 */
export function setupFakeBackend() {
  const server = setupServer();
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());

  return {
    /** Requests made to a method since the test started. */
    count(method: UserMethodName): number {
      const spec = userMethods[method];
      return seen.filter((line) => line === `${spec.http} ${spec.path}`).length;
    },
    /**
     * A fake service with its handlers, a kit client and QueryClient, signed in as Ana (unless `signedIn: false`),
     * and `renderKit(ui)` to render inside a UserKitProvider.
     */
    async start(options: FakeUserServiceOptions & { signedIn?: boolean | string; onUnauthorized?: (event: SignedOutEvent) => void } = {}) {
      const { signedIn = true, onUnauthorized, ...serviceOptions } = options;
      const service: FakeUserService = createFakeUserService(serviceOptions);
      server.use(...createFakeUserHandlers(service, { baseUrl: TEST_BASE_URL }));
      const client: UserClient = testClient();
      if (signedIn === true) await client.loginWithEmailAndPassword({ body: { username: ANA.email, password: ANA.password } });
      else if (typeof signedIn === 'string') await client.loginWithToken({ body: { token: `fake-login-token:${signedIn}` } });
      seen.length = 0;
      const queryClient: QueryClient = testQueryClient();
      const wrapper = kitWrapper({ client, queryClient, platformName: 'Fynd', ...(onUnauthorized ? { onUnauthorized } : {}) });
      return { service, client, queryClient, wrapper, renderKit: (ui: ReactElement) => render(ui, { wrapper }) };
    },
  };
}

/** The value of an input or select. */
export const valueOf = (element: Element | null | undefined) => (element as HTMLInputElement | null | undefined)?.value;

/** Waits until the element has focus. */
export async function expectFocus(element: Element | null | undefined) {
  const { waitFor } = await import('@testing-library/react');
  const { expect } = await import('vitest');
  await waitFor(() => expect(document.activeElement).toBe(element));
}

/** The text of the elements an element's `aria-describedby` points at. */
export function descriptionOf(element: Element | null | undefined): string {
  const ids = element?.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}
