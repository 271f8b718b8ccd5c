import { FdkConfigError } from '../client/errors';
import { userMethodNames, userMethods, type MethodSpec, type UserMethodName } from '../client/methods';
import type { PlatformSchema, UserSchema } from '../schemas/index';
import { handleControl } from './fake/control';
import { FAKE_SESSION_COOKIE, parseCookieHeader } from './fake/cookies';
import { createFaults, faultResponse, type FakeFaults } from './fake/faults';
import { lastMessageTo } from './fake/inbox';
import { issueLink } from './fake/links';
import { fakeUserMessages } from './fake/messages';
import { fakeRules, type FakeRule } from './fake/rules';
import { fakeSeedUsers } from './fake/seeds';
import { isPresetName } from './fake/session';
import { checkStrict } from './fake/strict';
import {
  createSeedUser,
  findUserById,
  findUserByUsername,
  normalizeEmail,
  toUserSchema,
  type FakeContext,
} from './fake/store';
import type {
  FakeCall,
  FakeInboxKind,
  FakeInboxMessage,
  FakeRequest,
  FakeResponse,
  FakeRuleResult,
  FakeSeedUser,
  FakeSession,
  FakeUserRecord,
} from './fake/types';
import { platformPresets, type PlatformPresetName } from './presets';

/** The application credentials the fake service expects by default (strict mode) and stamps on its users. */
export const fakeApplication = {
  applicationId: 'fake-application',
  applicationToken: 'fake-application-token',
} as const;

/** Options of {@link createFakeUserService}. Every one has a default. */
export interface FakeUserServiceOptions {
  /** The PlatformSchema `getPlatformConfig` answers and registration honours: a preset name or an object. Default `'default'`. */
  preset?: PlatformPresetName | PlatformSchema;
  /** The clock, in epoch milliseconds (expiry of codes, resend timers, dates). Default `Date.now`. */
  now?: () => number;
  /** Makes OTP codes (6 digits). Default: a fixed pseudo-random sequence per service (the same on every run). */
  generateCode?: () => string;
  /** Seconds before a code may be sent again to the same target (`resend_timer`). Default 30. */
  resendTimer?: number;
  /** Seconds an OTP stays valid. Default 600 (10 minutes). */
  otpTtl?: number;
  /** Seconds a link code (reset password, verification, login token) stays valid. Default 86 400 (a day). */
  linkTtl?: number;
  /** Wrong OTP attempts before the request is dead. Default 5. */
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
  /** The users to start with: default {@link fakeSeedUsers}; `false` for an empty store. */
  seed?: readonly FakeSeedUser[] | false;
  /** Base URL of the links written in the inbox (reset password, verification). Default `https://storefront.example`. */
  linkBaseUrl?: string;
}

/** An embedded fake of the User application API: state and rules, no I/O (adapters: MSW handlers, node:http server). */
export interface FakeUserService {
  /**
   * Answers one request: routes it by verb and path through the methods table (`userMethods`), applies injected
   * faults, strict checks, the session requirement and body validation, then the method's rule. Paths under
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
  /** Ids of the active sessions of a user (by email or mobile). */
  sessionsOf(emailOrMobile: string): string[];
  /** Issues a one-time login token for a user (recorded in the inbox as `login-link`), for `loginWithToken`. */
  issueLoginToken(emailOrMobile: string): string;
  /** Back to the start: seed users, no sessions, codes, messages or faults; the preset is kept. */
  reset(): void;
  /** Whether strict checks are on. */
  readonly strict: boolean;
  /** The application credentials this service expects. */
  readonly application: { readonly applicationId: string; readonly applicationToken: string };
}

let instances = 0;

/** A deterministic 6-digit code sequence (mulberry32), the default `generateCode`. */
function codeSequence(seed: number): () => string {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const value = ((t ^ (t >>> 14)) >>> 0) % 1_000_000;
    return String(value).padStart(6, '0');
  };
}

function resolvePreset(preset: PlatformPresetName | PlatformSchema): { preset: PlatformSchema; name: PlatformPresetName | undefined } {
  if (typeof preset === 'string') {
    if (!isPresetName(preset)) throw new FdkConfigError(fakeUserMessages.unknownPreset(preset));
    return { preset: platformPresets[preset], name: preset };
  }
  return { preset, name: undefined };
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

function lowerCaseHeaders(headers: FakeRequest['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    (headers as Headers).forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
    return out;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function findRoute(method: string, pathname: string): MethodSpec | undefined {
  for (const name of userMethodNames) {
    const spec = userMethods[name] as unknown as MethodSpec;
    if (spec.http === method && (pathname === spec.path || pathname.endsWith(spec.path))) return spec;
  }
  return undefined;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message)).join('; ');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates an in-memory fake of the User application API, driven by the same methods table as the client: all
 * 33 methods with their rules (OTP with resend timer, attempts and expiry; password, reset and token logins;
 * registration honouring the preset; profile, emails and phones; social test tokens; sessions by cookie), an
 * inbox of every code "sent", and fault injection. Deterministic with `now` and `generateCode`.
 *
 * Use it through an adapter: {@link createFakeUserHandlers} (MSW) or {@link startFakeUserServer} (node:http).
 *
 * @example
 * const service = createFakeUserService({ preset: 'otpOnly', now: () => clock, generateCode: () => '123456' });
 * const answer = await service.handle({
 *   method: 'POST',
 *   path: '/service/application/user/authentication/v1.0/login/otp',
 *   bodyText: JSON.stringify({ mobile: '9876543210', country_code: '91' }),
 * });
 * answer.status;                        // 200
 * service.lastCode('+91 9876543210');   // '123456'
 */
export function createFakeUserService(options: FakeUserServiceOptions = {}): FakeUserService {
  const application = {
    applicationId: options.applicationId ?? fakeApplication.applicationId,
    applicationToken: options.applicationToken ?? fakeApplication.applicationToken,
  };
  const strict = options.strict ?? false;
  const seeds = options.seed === false ? [] : (options.seed ?? fakeSeedUsers);
  const initial = resolvePreset(options.preset ?? 'default');
  const counters = new Map<string, number>();
  instances += 1;
  const ctx: FakeContext = {
    applicationId: application.applicationId,
    resendTimer: options.resendTimer ?? 30,
    otpTtl: options.otpTtl ?? 600,
    linkTtl: options.linkTtl ?? 86_400,
    maxOtpAttempts: options.maxOtpAttempts ?? 5,
    linkBaseUrl: options.linkBaseUrl ?? 'https://storefront.example',
    now: options.now ?? (() => Date.now()),
    generateCode: options.generateCode ?? codeSequence(0x5eed),
    next(counter) {
      const value = (counters.get(counter) ?? 0) + 1;
      counters.set(counter, value);
      return value;
    },
    instance: instances,
    preset: initial.preset,
    presetName: initial.name,
    users: [],
    sessions: new Map(),
    otps: new Map(),
    tickets: new Map(),
    links: new Map(),
    inbox: [],
  };
  const faults = createFaults();

  function seed(): void {
    for (const user of seeds) createSeedUser(ctx, user);
  }
  seed();

  function startSession(user: FakeUserRecord, current: FakeSession | undefined): FakeSession {
    if (current && current.userId === user._id) return current;
    if (current) ctx.sessions.delete(current.token);
    const n = ctx.next('session');
    const session: FakeSession = { id: `session_${n}`, token: `fake-${ctx.instance}-${n}`, userId: user._id, createdAt: ctx.now() };
    ctx.sessions.set(session.token, session);
    return session;
  }

  function toResponse(result: FakeRuleResult, route: UserMethodName, session: FakeSession | undefined): FakeResponse {
    const response: FakeResponse = { status: result.status ?? 200, headers: { ...JSON_HEADERS, ...result.headers }, body: result.body, route };
    if (result.login) {
      const started = startSession(result.login, session);
      response.setCookie = { name: FAKE_SESSION_COOKIE, value: started.token };
    }
    if (result.logout && session) {
      ctx.sessions.delete(session.token);
      response.clearCookie = FAKE_SESSION_COOKIE;
    }
    return response;
  }

  function jsonError(status: number, message: string, route?: UserMethodName): FakeResponse {
    return { status, headers: { ...JSON_HEADERS }, body: { message }, ...(route ? { route } : {}) };
  }

  async function handleApi(spec: MethodSpec, request: { method: string; url: URL; headers: Record<string, string>; bodyText: string | null; cookies: Record<string, string> }): Promise<FakeResponse> {
    const name = spec.name as UserMethodName;
    const fault = faults.take(name);
    if (fault?.type === 'latency') await sleep(fault.ms);
    else if (fault) return faultResponse(fault, name);

    if (strict) {
      const refused = await checkStrict({ ...request, url: request.url.href }, application, name);
      if (refused) return refused;
    }

    let body: unknown = undefined;
    if (spec.body) {
      const text = request.bodyText ?? '';
      let parsed: unknown = {};
      if (text.trim() !== '') {
        try {
          parsed = JSON.parse(text) as unknown;
        } catch {
          return jsonError(400, fakeUserMessages.invalidJson, name);
        }
      }
      const checked = spec.body.safeParse(parsed);
      if (!checked.success) return jsonError(400, fakeUserMessages.invalidBody(describeIssues(checked.error.issues)), name);
      body = checked.data;
    }

    const token = request.cookies[FAKE_SESSION_COOKIE];
    const found = token === undefined ? undefined : ctx.sessions.get(token);
    const user = found ? findUserById(ctx, found.userId) : undefined;
    const session = user ? found : undefined;
    const registering = name === 'updateProfile' && typeof (body as { register_token?: unknown } | undefined)?.register_token === 'string';
    if (spec.session && !user && !registering) return jsonError(401, fakeUserMessages.notSignedIn, name);

    const query: Record<string, string> = {};
    request.url.searchParams.forEach((value, key) => {
      query[key] = value;
    });
    const call: FakeCall<UserMethodName> = { name, body: body as never, query, session, user };
    try {
      const rule = fakeRules[name] as FakeRule<UserMethodName>;
      return toResponse(rule(ctx, call), name, session);
    } catch (error) {
      return jsonError(500, fakeUserMessages.internal(error instanceof Error ? error.message : String(error)), name);
    }
  }

  const service: FakeUserService = {
    async handle(request) {
      const headers = lowerCaseHeaders(request.headers);
      const base = `http://${headers.host ?? 'localhost'}`;
      const url = new URL(request.url ?? request.path ?? '/', base);
      for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
      const method = request.method.toUpperCase();
      const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      const cookies = request.cookies ?? parseCookieHeader(headers.cookie);
      const bodyText = request.bodyText ?? null;
      if (pathname.startsWith('/_fake/') || pathname.includes('/_fake/')) {
        return handleControl(service, method, pathname.slice(pathname.indexOf('/_fake/')), url.searchParams, bodyText);
      }
      const spec = findRoute(method, pathname);
      if (!spec) return jsonError(404, fakeUserMessages.notFound(method, pathname));
      return handleApi(spec, { method, url, headers, bodyText, cookies });
    },
    get preset() {
      return ctx.preset;
    },
    get presetName() {
      return ctx.presetName as PlatformPresetName | undefined;
    },
    setPreset(preset) {
      const resolved = resolvePreset(preset);
      ctx.preset = resolved.preset;
      ctx.presetName = resolved.name;
    },
    get inbox() {
      return ctx.inbox.map((message) => ({ ...message }));
    },
    lastMessage(to, kind) {
      const message = lastMessageTo(ctx.inbox, to, kind);
      return message ? { ...message } : undefined;
    },
    lastCode(to, kind) {
      return lastMessageTo(ctx.inbox, to, kind)?.code;
    },
    clearInbox() {
      ctx.inbox = [];
    },
    faults,
    get users() {
      return ctx.users.map(toUserSchema);
    },
    findUser(emailOrMobile) {
      const user = findUserByUsername(ctx, emailOrMobile);
      return user ? toUserSchema(user) : undefined;
    },
    sessionsOf(emailOrMobile) {
      const user = findUserByUsername(ctx, emailOrMobile);
      return user ? [...ctx.sessions.values()].filter((session) => session.userId === user._id).map((session) => session.id) : [];
    },
    issueLoginToken(emailOrMobile) {
      const user = findUserByUsername(ctx, emailOrMobile);
      if (!user) throw new FdkConfigError(`issueLoginToken: no user ${emailOrMobile}`);
      const email = user.emails.find((entry) => entry.primary) ?? user.emails[0];
      const phone = user.phone_numbers.find((entry) => entry.primary) ?? user.phone_numbers[0];
      const target = email
        ? { channel: 'email' as const, email: normalizeEmail(email.email) }
        : { channel: 'sms' as const, countryCode: phone?.country_code ?? 91, phone: phone?.phone ?? '' };
      return issueLink(ctx, 'login-link', user, target).code;
    },
    reset() {
      instances += 1;
      ctx.instance = instances;
      counters.clear();
      ctx.users = [];
      ctx.sessions.clear();
      ctx.otps.clear();
      ctx.tickets.clear();
      ctx.links.clear();
      ctx.inbox = [];
      faults.clear();
      seed();
    },
    strict,
    application,
  };
  return service;
}
