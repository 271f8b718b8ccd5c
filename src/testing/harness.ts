import { QueryClient } from '@tanstack/react-query';
import type { HttpHandler } from 'msw';
import { createUserClient, type UserClient, type UserClientOptions } from '../client/createUserClient';
import { FdkConfigError } from '../client/errors';
import { createFakeUserService, fakeApplication, type FakeUserService, type FakeUserServiceOptions } from './createFakeUserService';
import { fakeSeedLogins } from './fake/seeds';
import { createFakeUserHandlers } from './handlers';

/** Options of {@link createFakeUserKit}: the service's, plus where the client calls and who is signed in first. */
export interface FakeUserKitOptions extends FakeUserServiceOptions {
  /**
   * The origin the client calls and the MSW handlers answer on. Default: the page's origin in a browser (as a
   * storefront calls its own origin), `http://fake-user-api.test` elsewhere.
   */
  baseUrl?: string;
  /** More client options (a `timeout`, a `fetch` …). Retries are off unless you set them. */
  clientOptions?: Partial<UserClientOptions>;
  /** A service to use instead of creating one (its own options win). */
  service?: FakeUserService;
}

/** Everything a test, a story or a demo needs to run the kit on the fake User service. */
export interface FakeUserKit {
  /** The fake service: inbox, faults, presets, users. */
  service: FakeUserService;
  /** MSW handlers for `setupServer` (Node, jsdom) or `setupWorker` (browser), on `baseUrl`. */
  handlers: HttpHandler[];
  /** A client for `baseUrl` with the fake's application credentials. */
  client: UserClient;
  /** A QueryClient with retries off (fresh per kit). */
  queryClient: QueryClient;
  /** Spread into `<UserKitProvider {...kit.providerProps}>`. */
  providerProps: { client: UserClient; queryClient: QueryClient };
  /** Signs a seeded user in through the client (MSW must be listening): Ana by default, or `{ username, password }`. */
  signIn: (login?: { username: string; password: string }) => Promise<void>;
}

const pageOrigin = () => (typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null' ? window.location.origin : undefined);

/**
 * The one way to stand up the fake for jsdom tests, Storybook, a demo and your own tests: a fake service, its MSW
 * handlers, a client and a QueryClient ready for `UserKitProvider`.
 * @example
 * const kit = createFakeUserKit({ preset: 'otpOnly' });
 * const server = setupServer(...kit.handlers);
 * server.listen();
 * render(<UserKitProvider {...kit.providerProps}><AuthScreen /></UserKitProvider>);
 * kit.service.lastCode('+91 9876543210'); // the OTP "sent"
 */
export function createFakeUserKit(options: FakeUserKitOptions = {}): FakeUserKit {
  const { baseUrl = pageOrigin() ?? 'http://fake-user-api.test', clientOptions, service: given, ...serviceOptions } = options;
  const service = given ?? createFakeUserService(serviceOptions);
  const client = createUserClient({ baseUrl, ...fakeApplication, applicationId: service.application.applicationId, applicationToken: service.application.applicationToken, retry: false, ...clientOptions });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    service,
    handlers: createFakeUserHandlers(service, { baseUrl }),
    client,
    queryClient,
    providerProps: { client, queryClient },
    signIn: async (login = { username: fakeSeedLogins.ana.email, password: fakeSeedLogins.ana.password }) => {
      const answer = await client.loginWithEmailAndPassword({ body: login });
      if (!answer.user) throw new FdkConfigError(`createFakeUserKit: could not sign in ${login.username}`);
    },
  };
}
