/**
 * fdk-user-react/testing: an embedded fake of the Fynd User application API for tests, Storybook and demos.
 * One service (state and rules, driven by the client's methods table) behind two thin adapters: MSW handlers
 * (browser and Node) and a 127.0.0.1 `node:http` server. Explicit named exports only.
 * @packageDocumentation
 */

// The service
export { createFakeUserService, fakeApplication } from './createFakeUserService';
export type { FakeUserService, FakeUserServiceOptions } from './createFakeUserService';
export type {
  FakeRequest,
  FakeResponse,
  FakeCookie,
  FakeSeedUser,
  FakeInboxMessage,
  FakeInboxKind,
  FakeLinkKind,
} from './fake/types';
export type { FakePasswordRule } from './fake/password';

// Where the state lasts: memory (default), the browser's storages, a file (Node)
export { fakeMemoryStorage, fakeWebStorage, FAKE_STORAGE_KEY } from './fakeStorage';
export type { FakeStorage } from './fakeStorage';
export { fakeFileStorage } from './fakeFileStorage';
export { FAKE_STATE_FORMAT, FAKE_STATE_VERSION } from './fake/snapshot';

// The harness: service, handlers, client and QueryClient in one call
export { createFakeUserKit } from './harness';
// Your tests' setup: each test a first visit, with no config remembered by the test before (`afterEach(() => forgetRememberedConfigs({ stored: true }))`).
export { forgetRememberedConfigs } from '../query/rememberedConfig';
export type { FakeUserKit, FakeUserKitOptions } from './harness';

// Adapters
export { createFakeUserHandlers } from './handlers';
export type { FakeUserHandlersOptions } from './handlers';
export { startFakeUserServer, FAKE_SERVER_ALLOWED_HEADERS, FAKE_SERVER_COOKIE_ATTRIBUTES } from './server';
export type { FakeUserServer, FakeUserServerOptions } from './server';

// Faults
export type { FakeFault, FakeFaultRoute, FakeFaultOptions, FakeFaultEntry, FakeFaults } from './fake/faults';

// Seeds, test tokens, rules, messages, links, cookie
export { fakeSeedUsers, fakeSeedLogins } from './fake/seeds';
export { fakeSocialToken, fakeSocialTokenPrefixes } from './fake/social';
export type { FakeSocialProvider } from './fake/social';
export { FAKE_LOGIN_TOKEN_PREFIX } from './fake/auth';
export { fakePasswordRule, fakePasswordRuleMessage } from './fake/password';
export { FAKE_GENDERS, MAX_EMAIL_LENGTH } from './fake/validate';
export { FAKE_OTP_LENGTH_RANGE } from './fake/context';
export { FAKE_LINK_PATHS } from './fake/links';
export { fakeUserMessages } from './fake/messages';
export { FAKE_SESSION_COOKIE } from './fake/cookies';

// PlatformSchema presets
export { platformPresets, platformPresetNames } from './presets';
export type { PlatformPresetName } from './presets';
