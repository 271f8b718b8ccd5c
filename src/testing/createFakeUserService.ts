import { FdkConfigError } from '../client/errors';
import type { PlatformSchema, UserSchema } from '../schemas/index';
import { createContext, resolvePreset } from './fake/context';
import { handleControl } from './fake/control';
import { parseCookieHeader } from './fake/cookies';
import { createFaults, type FakeFaults } from './fake/faults';
import { createPersistence } from './fake/persistence';
import { readState, writeState } from './fake/snapshot';
import { lastMessageTo } from './fake/inbox';
import { pruneSessions } from './fake/lifetime';
import { issueLink } from './fake/links';
import type { FakePasswordRule } from './fake/password';
import { findRoute, handleApi, jsonError, lowerCaseHeaders } from './fake/router';
import { fakeSeedUsers } from './fake/seeds';
import { createSeedUser, findUserByUsername, normalizeEmail, toUserSchema } from './fake/store';
import type { FakeInboxKind, FakeInboxMessage, FakeLinkKind, FakeRequest, FakeResponse, FakeSeedUser } from './fake/types';
import { fakeUserMessages } from './fake/messages';
import type { FakeStorage } from './fakeStorage';
import type { PlatformPresetName } from './presets';

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

let instances = 0;

/**
 * Creates an in-memory fake of the User application API that answers as Fynd's service does (flows.md
 * F1–F17), driven by the same methods table as the client: all 33 methods with their rules (4-digit OTPs with
 * resend tokens, resend timer, attempts and expiry; password, reset and token logins; registration that signs
 * in only once its OTPs are verified; the "complete profile" step of new shoppers; disabled accounts; the
 * server's own texts; profile, emails and phones; social test tokens; sessions by cookie with the preset's
 * lifetime), an inbox of every code and link "sent", and fault injection. Deterministic with `now` and
 * `generateCode`. Bad options throw `FdkConfigError`.
 *
 * Use it through an adapter: {@link createFakeUserHandlers} (MSW) or {@link startFakeUserServer} (node:http).
 *
 * @example
 * const service = createFakeUserService({ preset: 'otpOnly', now: () => clock, generateCode: () => '1234' });
 * const answer = await service.handle({
 *   method: 'POST',
 *   path: '/service/application/user/authentication/v1.0/login/otp',
 *   bodyText: JSON.stringify({ mobile: '9876543210', country_code: '91' }),
 * });
 * answer.status;                        // 200
 * service.lastCode('+91 9876543210');   // '1234'
 */
export function createFakeUserService(options: FakeUserServiceOptions = {}): FakeUserService {
  const application = {
    applicationId: options.applicationId ?? fakeApplication.applicationId,
    applicationToken: options.applicationToken ?? fakeApplication.applicationToken,
  };
  const strict = options.strict ?? false;
  const seeds = options.seed === false ? [] : (options.seed ?? fakeSeedUsers);
  instances += 1;
  const ctx = createContext(options, application.applicationId, instances);
  const store = createFaults();

  function fresh(): void {
    // A number no cookie of an earlier state holds (a stored state may come from another page or process).
    instances = Math.max(instances, ctx.instance) + 1;
    ctx.instance = instances;
    ctx.resetCounters();
    ctx.users = [];
    ctx.sessions.clear();
    ctx.otps.clear();
    ctx.tickets.clear();
    ctx.links.clear();
    ctx.inbox = [];
    store.clear();
    for (const user of seeds) createSeedUser(ctx, user);
  }
  for (const user of seeds) createSeedUser(ctx, user);

  const persistence = createPersistence(options.storage, {
    write: () => writeState(ctx, store),
    read: (text) => readState(ctx, store, text),
    fresh,
  });
  const { reading, changing } = persistence;
  persistence.sync();

  const faults: FakeFaults = {
    inject: (route, fault, faultOptions) => changing(() => store.inject(route, fault, faultOptions)),
    clear: (route) => changing(() => store.clear(route)),
    list: () => reading(() => store.list()),
    take: (name) => changing(() => store.take(name)),
  };
  const settings = { faults: store, strict, application, sync: persistence.sync };

  const service: FakeUserService = {
    async handle(request) {
      const headers = lowerCaseHeaders(request.headers);
      const url = new URL(request.url ?? request.path ?? '/', `http://${headers.host ?? 'localhost'}`);
      for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
      const method = request.method.toUpperCase();
      const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      const cookies = request.cookies ?? parseCookieHeader(headers.cookie);
      const bodyText = request.bodyText ?? null;
      if (pathname.includes('/_fake/')) {
        return handleControl(service, method, pathname.slice(pathname.indexOf('/_fake/')), url.searchParams, bodyText);
      }
      const spec = findRoute(method, pathname);
      if (!spec) return jsonError(404, fakeUserMessages.notFound(method, pathname));
      persistence.sync();
      const answer = await handleApi(ctx, settings, spec, { method, url, headers, bodyText, cookies });
      persistence.save();
      return answer;
    },
    get preset() {
      return reading(() => ctx.preset);
    },
    get presetName() {
      return reading(() => ctx.presetName as PlatformPresetName | undefined);
    },
    setPreset(preset) {
      const resolved = resolvePreset(preset);
      changing(() => {
        ctx.preset = resolved.preset;
        ctx.presetName = resolved.name;
      });
    },
    get inbox() {
      return reading(() => ctx.inbox.map((message) => ({ ...message })));
    },
    lastMessage(to, kind) {
      const message = reading(() => lastMessageTo(ctx.inbox, to, kind));
      return message ? { ...message } : undefined;
    },
    lastCode(to, kind) {
      return reading(() => lastMessageTo(ctx.inbox, to, kind)?.code);
    },
    clearInbox() {
      changing(() => {
        ctx.inbox = [];
      });
    },
    faults,
    get users() {
      return reading(() => ctx.users.map(toUserSchema));
    },
    findUser(emailOrMobile) {
      const user = reading(() => findUserByUsername(ctx, emailOrMobile));
      return user ? toUserSchema(user) : undefined;
    },
    sessionsOf(emailOrMobile) {
      const user = reading(() => findUserByUsername(ctx, emailOrMobile));
      pruneSessions(ctx);
      return user ? [...ctx.sessions.values()].filter((session) => session.userId === user._id).map((session) => session.id) : [];
    },
    issueLoginToken(emailOrMobile) {
      return changing(() => {
        const user = findUserByUsername(ctx, emailOrMobile);
        if (!user) throw new FdkConfigError(`issueLoginToken: no user ${emailOrMobile}`);
        const email = user.emails.find((entry) => entry.primary) ?? user.emails[0];
        const phone = user.phone_numbers.find((entry) => entry.primary) ?? user.phone_numbers[0];
        const target = email
          ? { channel: 'email' as const, email: normalizeEmail(email.email) }
          : { channel: 'sms' as const, countryCode: phone?.country_code ?? 91, phone: phone?.phone ?? '' };
        return issueLink(ctx, 'login-link', user, target).code;
      });
    },
    reset() {
      changing(fresh);
    },
    subscribe: persistence.subscribe,
    strict,
    application,
  };
  return service;
}
