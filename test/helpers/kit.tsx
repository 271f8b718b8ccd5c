import { QueryClient } from '@tanstack/react-query';
import { configure, render, renderHook, type RenderHookOptions } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactElement, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createUserClient, type UserClient, type UserClientOptions } from '../../src/client/createUserClient';
import { userMethodNames, userMethods, type UserMethodName } from '../../src/client/methods';
import { UserKitProvider, type UserKitProviderProps } from '../../src/query/UserKitProvider';
import { createFakeUserKit, fakeApplication, fakeSeedLogins, type FakeUserKit, type FakeUserKitOptions } from '../../src/testing/index';

// A flow typed key by key through React, MSW and the fake takes a while on a busy machine: `findBy…` and `waitFor`
// wait up to 5 s (they return as soon as the expectation holds).
configure({ asyncUtilTimeout: 5_000 });

/** The base URL the MSW-backed tests use; no request leaves the process. */
export const TEST_BASE_URL = 'http://fake-user-api.test';

/** The application id of the fake (and so the default `platform`). */
export const APPLICATION_ID = fakeApplication.applicationId;

/** The seeded shopper with a password (`ana@example.com`, `+91 9876543210`). */
export const ANA = { email: fakeSeedLogins.ana.email, password: fakeSeedLogins.ana.password, mobile: '9876543210' };

/** A real client pointed at {@link TEST_BASE_URL}, without retry delays (for tests with hand-written MSW routes). */
export function testClient(options: Partial<UserClientOptions> = {}): UserClient {
  return createUserClient({ baseUrl: TEST_BASE_URL, applicationId: 'test-app', applicationToken: 'test-token-123', retry: { limit: 0 }, ...options });
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

/** One request that reached the fake (or a test's own MSW route), as it went on the wire. */
export interface WireRequest {
  /** The API method, found from verb and path; `undefined` for a control route. */
  method: UserMethodName | undefined;
  url: URL;
  /** The parsed JSON body, if any. */
  body: unknown;
}

const methodOf = (verb: string, path: string) => userMethodNames.find((name) => userMethods[name].http === verb && userMethods[name].path === path);

/** Options of {@link setupFakeKit}'s `start`: the fake's, who is signed in first, and the provider's props. */
export type FakeKitStart = FakeUserKitOptions & {
  /** Sign in first: `true` for Ana (the default), an email or mobile for a login token, `false` for nobody. */
  signedIn?: boolean | string;
  /** More props for the `UserKitProvider` (settings, `onSignInRequired`, `initialConfig` …). */
  provider?: Partial<Omit<UserKitProviderProps, 'children'>>;
};

/**
 * The one harness of the jsdom tests: an MSW server (listening for the whole file, handlers reset after each test)
 * that answers from a fresh `createFakeUserKit` per test, and records every request as it went on the wire.
 * Call at the top of a test file.
 * @example
 * const fake = setupFakeKit();
 * it('…', async () => { const { renderKit } = await fake.start({ signedIn: false }); … expect(fake.count('loginWithOTP')).toBe(1); });
 */
export function setupFakeKit() {
  const server = setupServer();
  const wire: WireRequest[] = [];
  // Recorded by a handler placed before the fake's, so that a request is on record before its answer arrives.
  const seen = new Set<string>();
  const recorder = http.all(`${TEST_BASE_URL}/*`, async ({ request, requestId }) => {
    if (seen.has(requestId)) return undefined;
    seen.add(requestId);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    wire.push({ method: methodOf(request.method, url.pathname), url, body });
    return undefined;
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    wire.length = 0;
  });
  afterAll(() => server.close());

  const of = (method: UserMethodName) => wire.filter((request) => request.method === method);
  return {
    server,
    wire,
    /** The methods called so far, in order. */
    calls: () => wire.map((request) => request.method ?? request.url.pathname),
    /** How many requests a method got. */
    count: (method: UserMethodName) => of(method).length,
    /** The bodies a method got, in order. */
    bodies: (method: UserMethodName) => of(method).map((request) => request.body),
    /** The requests a method got. */
    requests: of,
    /** Handlers answering before the fake's (a test's own answers for some methods). */
    use: (...handlers: Parameters<typeof server.use>) => server.use(recorder, ...handlers),
    /**
     * A fresh fake kit behind MSW (signed in as Ana unless `signedIn: false`), with `wrapper`, `renderKit(ui)` and
     * `renderKitHook(hook)` rendering inside a `UserKitProvider` (platform name `Fynd`). The record starts empty.
     */
    async start(options: FakeKitStart = {}) {
      const { signedIn = true, provider, ...kitOptions } = options;
      const kit: FakeUserKit = createFakeUserKit({ baseUrl: TEST_BASE_URL, ...kitOptions });
      server.use(recorder, ...kit.handlers);
      if (signedIn === true) await kit.signIn();
      else if (typeof signedIn === 'string') await kit.client.loginWithToken({ body: { token: `fake-login-token:${signedIn}` } });
      wire.length = 0;
      const wrapper = kitWrapper({ ...kit.providerProps, platformName: 'Fynd', ...provider });
      return {
        ...kit,
        wrapper,
        renderKit: (ui: ReactElement) => render(ui, { wrapper }),
        renderKitHook: <R, P>(hook: (props: P) => R, hookOptions: Omit<RenderHookOptions<P>, 'wrapper'> = {}) => renderHook(hook, { ...hookOptions, wrapper }),
      };
    },
  };
}

/** What `setupFakeKit().start()` resolves. */
export type StartedKit = Awaited<ReturnType<ReturnType<typeof setupFakeKit>['start']>>;
