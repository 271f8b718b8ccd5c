import { createUserClient, type UserClient } from 'fdk-user-react';
import { createFakeUserKit, type FakeUserService, type PlatformPresetName } from 'fdk-user-react/testing';

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
  // The storefront calls its own origin (flows.md F15), where the service worker answers as the fake service.
  const kit = createFakeUserKit({ preset: (sessionStorage.getItem('demo:preset') as PlatformPresetName | null) ?? 'default' });
  const worker = setupWorker(...kit.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
  return { fake: kit.service, client: kit.client };
}
