import { createUserClient, type UserClient } from 'fdk-user-react';
import { createFakeUserHandlers, createFakeUserService, fakeApplication, type FakeUserService } from 'fdk-user-react/testing';

/** Where the demo's User API is: the embedded fake (default) or a real Fynd application (env variables). */
export interface Backend {
  client: UserClient;
  /** The fake service, when the demo runs on it. */
  fake: FakeUserService | undefined;
}

const env = import.meta.env as Record<string, string | undefined>;

/** Starts the backend: with VITE_FDK_BASE_URL, VITE_FDK_APPLICATION_ID and VITE_FDK_APPLICATION_TOKEN, a real application. */
export async function startBackend(): Promise<Backend> {
  const real = env.VITE_FDK_BASE_URL && env.VITE_FDK_APPLICATION_ID && env.VITE_FDK_APPLICATION_TOKEN;
  if (real) {
    return {
      fake: undefined,
      client: createUserClient({ baseUrl: env.VITE_FDK_BASE_URL!, applicationId: env.VITE_FDK_APPLICATION_ID!, applicationToken: env.VITE_FDK_APPLICATION_TOKEN! }),
    };
  }
  const { setupWorker } = await import('msw/browser');
  const fake = createFakeUserService({ preset: (sessionStorage.getItem('demo:preset') as never) ?? 'default' });
  const worker = setupWorker(...createFakeUserHandlers(fake));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
  return {
    fake,
    client: createUserClient({ baseUrl: window.location.origin, ...fakeApplication }),
  };
}
