import type { PlatformSchema, UserSchema } from '../schemas/index';
import type { FakeFaults } from './fake/faults';
import type { FakePasswordRule } from './fake/password';
import type { FakeInboxKind, FakeInboxMessage, FakeLinkKind, FakeRequest, FakeResponse, FakeSeedUser } from './fake/types';
import type { FakeStorage } from './fakeStorage';
import type { PlatformPresetName } from './presets';

/*
 * What `createFakeUserService` takes and returns, apart from its body, so that the fake's own modules (its context,
 * its control routes) can name these types without importing the service that imports them.
 */

/** The application credentials the fake service expects by default (strict mode) and stamps on its users. */
export const fakeApplication = {
  applicationId: 'fake-application',
  applicationToken: 'fake-application-token',
} as const;

/** Options of {@link createFakeUserService}. Every one has a default. */
export interface FakeUserServiceOptions {
  /** The PlatformSchema `getPlatformConfig` answers and registration honours: a preset name or an object. Default `'default'`. */
  preset?: PlatformPresetName | PlatformSchema;
  /** The clock, in epoch milliseconds (expiry of codes, resend timers, sessions, dates). Default `Date.now`. */
  now?: () => number;
  /** Digits of every OTP the fake sends, from 4 to 8. Default 4, as in every Fynd storefront (flows.md F1). */
  otpLength?: number;
  /**
   * Makes OTP codes; each must have `otpLength` digits (else the call that sends it answers 500 naming the
   * mismatch). Default: a fixed pseudo-random sequence per service (the same on every run).
   */
  generateCode?: () => string;
  /** Seconds before a code may be sent again to the same target (`resend_timer`). Default 30. */
  resendTimer?: number;
  /** Seconds an OTP stays valid. Default 600 (10 minutes). */
  otpTtl?: number;
  /** Seconds a link code (reset password, verification, login token) stays valid. Default 86 400 (a day). */
  linkTtl?: number;
  /**
   * Wrong codes allowed per OTP request (each answers 400 `Entered OTP is invalid, please retry`); any later
   * attempt answers 400 `Too many wrong attempts, please request a new OTP` until a resend. Default 5.
   */
  maxOtpAttempts?: number;
  /**
   * Check every API request like a strict gateway: `Authorization: Bearer base64(applicationId:applicationToken)`
   * (401 when missing or wrong) and `x-fp-date`/`x-fp-signature` (403 when missing or wrong). Default `false`.
   */
  strict?: boolean;
  /** The application id expected in strict mode and stamped on users. Default {@link fakeApplication}`.applicationId`. */
  applicationId?: string;
  /** The application token expected in strict mode. Default {@link fakeApplication}`.applicationToken`. */
  applicationToken?: string;
  /** The users to start with: default {@link fakeSeedUsers} (Ana, Ben and the disabled Lee); `false` for an empty store. */
  seed?: readonly FakeSeedUser[] | false;
  /**
   * Base URL of the links written in the inbox (reset password, verification, login link). Default: the origin
   * of the request that caused the message (its URL, or its `Host` header), as a storefront calls the API on
   * its own origin (flows.md F15); `http://localhost` for {@link FakeUserService.issueLoginToken} before any request.
   */
  linkBaseUrl?: string;
  /**
   * The path of each kind of link, with `{code}` where the code goes. Default: `reset-password`
   * `/auth/set-password?code={code}`, `verify-email` `/auth/verify-email?code={code}`, `verify-mobile`
   * `/auth/verify-mobile?code={code}`, `login-link` `/auth/login?token={code}`. Throws `FdkConfigError` for a
   * path that does not start with `/` or holds no `{code}`.
   */
  linkPaths?: Partial<Record<FakeLinkKind, string>>;
  /**
   * How the "complete profile" step (`updateProfile` with a `register_token`) verifies a new email: `'otp'`
   * (default) sends an email OTP first; `'link'` creates the account at once and sends a verification link.
   */
  emailVerification?: 'otp' | 'link';
  /**
   * The rule a new password must pass (`registerWithForm`, `forgotPassword`, `updatePassword`): a function or a
   * regular expression. Default {@link fakePasswordRule} (Fynd's: 8+ characters with a letter, a digit and a
   * special character); a refusal answers 400 {@link fakePasswordRuleMessage}.
   */
  passwordRule?: FakePasswordRule;
  /**
   * Where the state lasts: users, sessions, OTP requests and link codes (with their expiry and attempts),
   * registrations under way, the inbox, faults, the preset and the counters. Default: this service's memory
   * (a page reload or a new service starts over). {@link fakeWebStorage}`(window.localStorage)` keeps it across
   * reloads and shares it between tabs; {@link fakeFileStorage}`(path)` keeps it in a file (Node). The stored state
   * wins over `preset` and `seed`; data that cannot be read starts the service fresh, with a `console.warn`.
   */
  storage?: FakeStorage;
}

/** An embedded fake of the User application API: state and rules, no I/O (adapters: MSW handlers, node:http server). */
export interface FakeUserService {
  /**
   * Answers one request: routes it by verb and path through the methods table (`userMethods`), applies injected
   * faults, strict checks, body validation, the preset's captcha, the session requirement (ended sessions count
   * as none), then the method's rule. Paths under
   * `/_fake/` are the control routes (inbox, preset, faults, reset). Unknown routes answer 404 `{ message }`.
   */
  handle(request: FakeRequest): Promise<FakeResponse>;
  /** The active PlatformSchema. */
  readonly preset: PlatformSchema;
  /** The active preset's name, or `undefined` for a custom object. */
  readonly presetName: PlatformPresetName | undefined;
  /** Switches the PlatformSchema (a preset name or an object). Throws `FdkConfigError` for an unknown name. */
  setPreset(preset: PlatformPresetName | PlatformSchema): void;
  /** Every message "sent", oldest first (a copy). */
  readonly inbox: readonly FakeInboxMessage[];
  /** The last message sent to an email or mobile number (with or without country code), optionally of a kind. */
  lastMessage(to: string, kind?: FakeInboxKind): FakeInboxMessage | undefined;
  /** The code of {@link FakeUserService.lastMessage}: the OTP, reset code or verification code. */
  lastCode(to: string, kind?: FakeInboxKind): string | undefined;
  /** Empties the inbox. */
  clearInbox(): void;
  /** Injected faults. */
  readonly faults: FakeFaults;
  /** The users, as the API answers them (copies). */
  readonly users: readonly UserSchema[];
  /** A user by email or mobile number, as the API answers it. */
  findUser(emailOrMobile: string): UserSchema | undefined;
  /** Ids of the live sessions of a user (by email or mobile); ended ones are dropped. */
  sessionsOf(emailOrMobile: string): string[];
  /** Issues a one-time login token for a user (recorded in the inbox as `login-link`), for `loginWithToken`. */
  issueLoginToken(emailOrMobile: string): string;
  /** Back to the start: seed users, no sessions, codes, messages or faults; the preset is kept (and stored). */
  reset(): void;
  /**
   * Calls `listener` after each change of the state: a request or a control change here, or a change another
   * tab or service made in the shared `storage` (at once with a storage that has `subscribe`, such as
   * `fakeWebStorage(localStorage)`; else at this service's next call). Returns the unsubscribe.
   */
  subscribe(listener: () => void): () => void;
  /** Whether strict checks are on. */
  readonly strict: boolean;
  /** The application credentials this service expects. */
  readonly application: { readonly applicationId: string; readonly applicationToken: string };
}
