import { QueryClient } from '@tanstack/react-query';
import { createUserClient, type UserClient } from '../../src/client/createUserClient';
import { userMethodNames } from '../../src/client/methods';
import { createFakeUserService, fakeApplication, type FakeFault, type FakeUserService, type PlatformPresetName } from '../../src/testing/index';

/** The fake service of the story being shown (a new one per story, so stories never share state). */
let current: FakeUserService | undefined;

/** The fake service behind the current story: read its inbox, inject faults from a `play` function. */
export function currentFake(): FakeUserService {
  if (!current) throw new Error('No fake service: the story decorator has not run.');
  return current;
}

/** Fault modes offered in the toolbar. */
export const faultModes = ['none', 'slow', 'server-error', 'html-error', 'offline', 'rate-limited', 'session-expired'] as const;
/** A fault mode of the toolbar. */
export type FaultMode = (typeof faultModes)[number];

const faultFor: Record<Exclude<FaultMode, 'none'>, FakeFault> = {
  slow: { type: 'latency', ms: 1500 },
  'server-error': { type: 'status', status: 500, body: { message: 'Internal server error' } },
  'html-error': { type: 'html' },
  offline: { type: 'drop' },
  'rate-limited': { type: 'rateLimit', retryAfter: 30 },
  'session-expired': { type: 'unauthorized' },
};

/** Creates the story's fake service with a preset, and a fault mode on every method but the config (so screens load). */
export function startFake(preset: PlatformPresetName, fault: FaultMode): FakeUserService {
  current = createFakeUserService({ preset });
  if (fault !== 'none') {
    for (const name of userMethodNames) if (name !== 'getPlatformConfig') current.faults.inject(name, faultFor[fault], { times: 'always' });
  }
  return current;
}

/** A client for the story, talking to the page's own origin (where MSW answers). */
export function storyClient(): UserClient {
  return createUserClient({
    baseUrl: window.location.origin,
    applicationId: fakeApplication.applicationId,
    applicationToken: fakeApplication.applicationToken,
    retry: false,
  });
}

/** A fresh QueryClient per story. */
export function storyQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}
