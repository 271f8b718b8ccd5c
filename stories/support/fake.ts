import type { UserClient } from '../../src/client/createUserClient';
import { userMethodNames } from '../../src/client/methods';
import type { SignInRequiredEvent } from '../../src/query/signInEvents';
import type { UserKitProviderProps } from '../../src/query/UserKitProvider';
import { createFakeUserKit, fakeWebStorage, type FakeFault, type FakeUserKit, type FakeUserKitOptions, type FakeUserService } from '../../src/testing/index';

/**
 * What a story may set in `parameters.fake`: the fake service's options (preset, `otpLength`, `emailVerification`,
 * `resendTimer` …), a fault mode on every call, and who is signed in before the story renders.
 */
export interface FakeParameters extends Omit<FakeUserKitOptions, 'baseUrl' | 'clientOptions' | 'service' | 'seed'> {
  /** A fault on every call but the config (the toolbar's "Fault"). */
  fault?: FaultMode;
  /** Sign a seeded user in first: `true` for Ana, or a login token's user (`'ben@example.com'`, no password). */
  signedIn?: boolean | string;
  /** Skip the UserKitProvider (stories of pure functions). */
  noProvider?: boolean;
}

/** What a story may set in `parameters.kit`: the provider's settings (`otpLength`, `captcha`, `social`, `emailOtpLogin` …). */
export type KitParameters = Omit<UserKitProviderProps, 'client' | 'clientOptions' | 'queryClient' | 'children'>;

/** The kit of the story being shown (a new one per story, so stories never share state). */
let current: FakeUserKit | undefined;
/** What the provider's `onSignInRequired` heard during the story. */
let signInRequired: SignInRequiredEvent[] = [];

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

/**
 * Stands up the story's fake with the one harness (`createFakeUserKit`): service, MSW handlers on the page's
 * origin, client and QueryClient. Its state lives in `sessionStorage` as in the demo (issue 16): a story reloaded
 * in Storybook keeps its users, codes and inbox; each story starts from a cleared one (`preview.tsx`).
 */
export function startKit({ fault: _fault, signedIn: _signedIn, noProvider: _noProvider, ...options }: FakeParameters): FakeUserKit {
  current = createFakeUserKit({ storage: fakeWebStorage(sessionStorage), ...options });
  signInRequired = [];
  return current;
}

/** Injects a fault mode on every method but the config (so that screens load). */
export function injectFaultMode(fault: FaultMode): void {
  if (fault === 'none') return;
  for (const name of userMethodNames) if (name !== 'getPlatformConfig') currentFake().faults.inject(name, faultFor[fault], { times: 'always' });
}

/** The kit of the current story. */
export function currentKit(): FakeUserKit {
  if (!current) throw new Error('No fake kit: the story decorator has not run.');
  return current;
}

/** The fake service behind the current story: read its inbox, inject faults from a `play` function. */
export function currentFake(): FakeUserService {
  return currentKit().service;
}

/** The story's client (the one the provider has), for calls a story makes itself. */
export function storyClient(): UserClient {
  return currentKit().client;
}

/** Records one `onSignInRequired` event of the provider. */
export function recordSignInRequired(event: SignInRequiredEvent): void {
  signInRequired.push(event);
}

/** What the provider's `onSignInRequired` heard so far in this story. */
export function signInRequiredEvents(): readonly SignInRequiredEvent[] {
  return signInRequired;
}
