import { FdkConfigError } from '../client/errors';
import { createContext, resolvePreset } from './fake/context';
import { handleControl } from './fake/control';
import { parseCookieHeader } from './fake/cookies';
import { createFaults, type FakeFaults } from './fake/faults';
import { createPersistence } from './fake/persistence';
import { readState, writeState } from './fake/snapshot';
import { lastMessageTo } from './fake/inbox';
import { pruneSessions } from './fake/lifetime';
import { issueLink } from './fake/links';
import { findRoute, handleApi, jsonError, lowerCaseHeaders } from './fake/router';
import { fakeSeedUsers } from './fake/seeds';
import { createSeedUser, findUserByUsername, normalizeEmail, toUserSchema } from './fake/store';
import { fakeUserMessages } from './fake/messages';
import type { PlatformPresetName } from './presets';
import { fakeApplication, type FakeUserService, type FakeUserServiceOptions } from './fakeService';

export { fakeApplication, type FakeUserService, type FakeUserServiceOptions } from './fakeService';


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
