import { createUserClient, type UserClient } from 'fdk-user-react';
import { createFakeUserKit, fakeApplication, fakeWebStorage } from 'fdk-user-react/testing';
import { pageControl, serverControl, type FakeControl } from './fakeControl';

/** Where the demo's User API is: the fake in this page (default), the fake server behind a proxy, or a real application. */
export interface Backend {
  client: UserClient;
  /** The dev panel's handle on the fake service, when the demo runs on one. */
  fake: FakeControl | undefined;
}

const env = import.meta.env as Record<string, string | undefined>;

/**
 * Starts the backend, from the environment:
 * - VITE_FDK_BASE_URL, VITE_FDK_APPLICATION_ID and VITE_FDK_APPLICATION_TOKEN: a real Fynd application;
 * - VITE_FDK_FAKE=server (`npm run dev:server`, demo/.env.fake-server): the fake server on this page's origin,
 *   behind the dev server's proxy (`/service/*`, `/_fake/*`): real HTTP, the real `HttpOnly` cookie, no MSW;
 * - otherwise the fake in this page (MSW), its state in localStorage: it lasts across reloads and the tabs share it.
 */
export async function startBackend(): Promise<Backend> {
  const real = env.VITE_FDK_BASE_URL && env.VITE_FDK_APPLICATION_ID && env.VITE_FDK_APPLICATION_TOKEN;
  if (real) {
    return {
      fake: undefined,
      client: createUserClient({ baseUrl: env.VITE_FDK_BASE_URL!, applicationId: env.VITE_FDK_APPLICATION_ID!, applicationToken: env.VITE_FDK_APPLICATION_TOKEN! }),
    };
  }
  // The storefront calls its own origin (flows.md F15), where the fake answers.
  const origin = window.location.origin;
  if (env.VITE_FDK_FAKE === 'server') {
    const fake = serverControl(origin);
    const client = createUserClient({
      baseUrl: origin,
      ...fakeApplication,
      retry: false,
      // A call waits for the dev panel's changes under way (a fault just chosen applies to it).
      fetch: async (input, init) => {
        await fake.settled();
        return fetch(input, init);
      },
    });
    return { fake, client };
  }
  const { setupWorker } = await import('msw/browser');
  const kit = createFakeUserKit({ baseUrl: origin, storage: fakeWebStorage(window.localStorage) });
  const worker = setupWorker(...kit.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
  return { fake: pageControl(kit.service), client: kit.client };
}
