import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { FdkUnauthorizedError } from '../../src/client/errors';
import {
  createFakeUserService,
  FAKE_STATE_FORMAT,
  FAKE_STATE_VERSION,
  FAKE_STORAGE_KEY,
  fakeFileStorage,
  fakeMemoryStorage,
  fakeUserMessages,
  fakeWebStorage,
  platformPresets,
  type FakeStorage,
  type FakeUserServiceOptions,
} from '../../src/testing/index';
import { manualClock, rejectionOf } from './helpers';
import { browserOn, MemoryWebStorage } from './serviceClient';

const ana = { username: 'ana@example.com', password: 'Passw0rd!' };
const anaMobile = { mobile: '9876543210', country_code: '91' };

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

/** A service on a storage, and a second one made later on the same storage (a reload, a restart). */
function twoLoads(options: FakeUserServiceOptions = {}, storage: FakeStorage = fakeMemoryStorage()) {
  const before = createFakeUserService({ ...options, storage });
  return { before, after: () => createFakeUserService({ ...options, storage }), storage };
}

describe('a stored state outlives its service (a reload, a restart)', () => {
  it('a session: the new service answers getLoggedInUser for the same cookie, with the profile edits', async () => {
    const { before, after } = twoLoads();
    const browser = browserOn(before);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    await browser.client.updateProfile({ body: { first_name: 'Anaya', last_name: 'Rao-Sen', gender: 'female' } });
    const cookie = browser.session();

    browser.use(after());
    const { user } = await browser.client.getLoggedInUser();
    expect(browser.session()).toBe(cookie);
    expect(user).toMatchObject({ first_name: 'Anaya', last_name: 'Rao-Sen', emails: [{ email: 'ana@example.com', primary: true, verified: true, active: true }] });
  });

  it('without a storage (the default) a new service knows nothing of the old one: the cookie answers 401', async () => {
    const browser = browserOn(createFakeUserService());
    await browser.client.loginWithEmailAndPassword({ body: ana });
    browser.use(createFakeUserService());
    expect(await rejectionOf(browser.client.getLoggedInUser())).toBeInstanceOf(FdkUnauthorizedError);
  });

  it('an OTP sent before is verifiable after, its wrong attempts still counted; the inbox is kept', async () => {
    const { before, after } = twoLoads({ maxOtpAttempts: 2 });
    const browser = browserOn(before);
    const sent = await browser.client.loginWithOTP({ body: anaMobile });
    await rejectionOf(browser.client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '0000' } }));
    const code = before.lastCode('9876543210');

    const reloaded = after();
    expect(reloaded.inbox).toEqual(before.inbox);
    expect(reloaded.lastCode('+91 9876543210')).toBe(code);
    browser.use(reloaded);
    const verified = await browser.client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: code! } });
    expect(verified).toMatchObject({ user_exists: true, user: { first_name: 'Ana' } });
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Ana');
  });

  it('the resend timer of a code sent before still runs after (429 with Retry-After)', async () => {
    const { before, after } = twoLoads();
    await browserOn(before).client.loginWithOTP({ body: anaMobile });
    expect(await rejectionOf(browserOn(after()).client.loginWithOTP({ body: anaMobile }))).toMatchObject({ status: 429 });
  });

  it('wrong attempts and expiry of a code carry over', async () => {
    const clock = manualClock();
    const { before, after } = twoLoads({ maxOtpAttempts: 2, now: clock.now });
    const browser = browserOn(before);
    const sent = await browser.client.loginWithOTP({ body: anaMobile });
    const code = before.lastCode('9876543210')!;
    await rejectionOf(browser.client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '0000' } }));
    browser.use(after());
    await rejectionOf(browser.client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '0000' } }));
    expect(await rejectionOf(browser.client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: code } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.otpAttemptsExceeded,
    });

    const other = browserOn(after());
    const second = await other.client.loginWithOTP({ body: { mobile: '9123456780', country_code: '91' } });
    clock.advance(600_000);
    other.use(after());
    expect(await rejectionOf(other.client.verifyMobileOTP({ body: { request_id: second.request_id, otp: before.lastCode('9123456780')! } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.otpExpired,
    });
  });

  it('a registration under way: the ticket and both codes are verifiable by the next service, which signs in', async () => {
    const { before, after } = twoLoads({ preset: 'hardRequiredEmailAndMobile' });
    const browser = browserOn(before);
    const form = { first_name: 'Gita', last_name: 'Rao', gender: 'female', email: 'gita@example.com', password: 'G1ta!pass', phone: { mobile: '9000000003', country_code: '91' } };
    const answer = await browser.client.registerWithForm({ body: form });
    const register_token = answer.register_token;
    browser.use(after());
    const first = await browser.client.verifyMobileOTP({ body: { otp: before.lastCode('9000000003')!, request_id: answer.request_id, register_token } });
    expect(first).toEqual({ user_exists: false, register_token });
    const reloaded = after();
    browser.use(reloaded);
    const last = await browser.client.verifyEmailOTP({ body: { otp: reloaded.lastCode('gita@example.com')!, email: 'gita@example.com', register_token, action: 'register' } });
    expect(last).toMatchObject({ user_exists: true, user: { first_name: 'Gita' } });
    expect(after().findUser('gita@example.com')?.emails).toEqual([{ email: 'gita@example.com', primary: true, verified: true, active: true }]);
  });

  it('a link code: a reset link issued before works after, once', async () => {
    const { before, after } = twoLoads();
    const browser = browserOn(before);
    await browser.client.sendResetPasswordEmail({ body: { email: 'ana@example.com' } });
    const message = before.lastMessage('ana@example.com', 'reset-password')!;
    expect(message.link).toBe(`http://shop.test/auth/set-password?code=${message.code}`);
    browser.use(after());
    await browser.client.forgotPassword({ body: { code: message.code, password: 'N3w#Passw0rd' } });
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Ana');
    const next = browserOn(after());
    expect(await rejectionOf(next.client.forgotPassword({ body: { code: message.code, password: 'An0ther#pass' } }))).toMatchObject({ status: 400 });
    await next.client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'N3w#Passw0rd' } });
  });

  it('faults (with their count), the preset and the counters carry over', async () => {
    const { before, after } = twoLoads();
    before.setPreset('otpOnly');
    before.faults.inject('loginWithOTP', { type: 'status', status: 503 }, { times: 1 });
    before.faults.inject('addEmail', { type: 'rateLimit' }, { times: 'always' });
    const reloaded = after();
    expect(reloaded.presetName).toBe('otpOnly');
    expect(reloaded.preset).toEqual(platformPresets.otpOnly);
    expect(reloaded.faults.list()).toEqual([
      { route: 'loginWithOTP', fault: { type: 'status', status: 503 }, remaining: 1 },
      { route: 'addEmail', fault: { type: 'rateLimit' }, remaining: Number.POSITIVE_INFINITY },
    ]);
    const browser = browserOn(reloaded);
    expect(await rejectionOf(browser.client.loginWithOTP({ body: anaMobile }))).toMatchObject({ status: 503 });
    // The fault was used up by the second service: the first one sees that too.
    expect(before.faults.list().map((entry) => entry.route)).toEqual(['addEmail']);

    // Ids and codes go on where they were, as one service's would: the same sequence as a service never reloaded.
    const single = createFakeUserService();
    const singleBrowser = browserOn(single);
    const numbers = ['9000000011', '9000000012', '9000000013'];
    const split = twoLoads();
    const splitBrowser = browserOn(split.before);
    for (const [index, mobile] of numbers.entries()) {
      if (index > 0) splitBrowser.use(split.after());
      const a = await singleBrowser.client.loginWithOTP({ body: { mobile, country_code: '91' } });
      const b = await splitBrowser.client.loginWithOTP({ body: { mobile, country_code: '91' } });
      expect(b.request_id).toBe(a.request_id);
      expect(b.resend_token).toBe(a.resend_token);
    }
    expect(split.after().inbox.map((message) => message.code)).toEqual(single.inbox.map((message) => message.code));
  });

  it('a session of a preset without session_config (it never ends) and a custom preset object carry over', async () => {
    const clock = manualClock();
    const custom = { ...platformPresets.default, name: 'Custom shop', session_config: undefined };
    const { before, after } = twoLoads({ preset: custom, now: clock.now });
    const browser = browserOn(before);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    clock.advance(400 * 86_400_000);
    const reloaded = after();
    expect(reloaded.presetName).toBeUndefined();
    expect(reloaded.preset.name).toBe('Custom shop');
    browser.use(reloaded);
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Ana');
    expect(reloaded.sessionsOf('ana@example.com')).toEqual(['session_1']);
  });

  it('reset() starts the stored state over: the next service knows no session, no code, no message', async () => {
    const { before, after } = twoLoads();
    const browser = browserOn(before);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    await browser.client.updateProfile({ body: { first_name: 'Anaya', last_name: 'Rao', gender: 'female' } });
    await browser.client.sendOTPOnMobile({ body: { mobile: '9123456780', country_code: '91' } });
    before.reset();
    const reloaded = after();
    expect(reloaded.inbox).toEqual([]);
    expect(reloaded.findUser('ana@example.com')?.first_name).toBe('Ana');
    browser.use(reloaded);
    expect(await rejectionOf(browser.client.getLoggedInUser())).toBeInstanceOf(FdkUnauthorizedError);
    // A new sign-in after the reset gets a cookie no earlier session had.
    const old = browser.session();
    await browser.client.loginWithEmailAndPassword({ body: ana });
    expect(browser.session()).not.toBe(old);
  });
});

describe('services sharing one storage stay in step (the tabs of one origin)', () => {
  it('a sign-in in one tab is a sign-in in the other; a sign-out too; codes sent from one are in the other’s inbox', async () => {
    const local = new MemoryWebStorage();
    const tabA = createFakeUserService({ storage: fakeWebStorage(local) });
    const tabB = createFakeUserService({ storage: fakeWebStorage(local) });
    // Another browser, signed in on tab A; and one browser (one cookie jar) with both tabs open.
    const inA = browserOn(tabA);
    await inA.client.loginWithEmailAndPassword({ body: ana });
    const inB = browserOn(tabB);
    const shared = browserOn(tabA);
    await shared.client.loginWithEmailAndPassword({ body: ana });
    shared.use(tabB);
    expect((await shared.client.getLoggedInUser()).user?.first_name).toBe('Ana');
    await shared.client.updateProfile({ body: { first_name: 'Anaya', last_name: 'Rao', gender: 'female' } });
    shared.use(tabA);
    expect((await shared.client.getLoggedInUser()).user?.first_name).toBe('Anaya');
    expect(tabA.findUser('ana@example.com')?.first_name).toBe('Anaya');

    await inB.client.loginWithOTP({ body: anaMobile });
    expect(tabA.lastMessage('+91 9876543210')).toMatchObject({ kind: 'login-otp', code: tabB.lastCode('9876543210') });
    expect(tabA.sessionsOf('ana@example.com')).toEqual(tabB.sessionsOf('ana@example.com'));
    expect(tabA.sessionsOf('ana@example.com')).toHaveLength(2);

    shared.use(tabB);
    await shared.client.logout();
    shared.use(tabA);
    expect(await rejectionOf(shared.client.getLoggedInUser())).toBeInstanceOf(FdkUnauthorizedError);
    expect((await inA.client.getLoggedInUser()).user?.first_name).toBe('Anaya');
    expect(local.getItem(FAKE_STORAGE_KEY)).toContain(`"format":"${FAKE_STATE_FORMAT}"`);
  });

  it('a control change (preset, faults, inbox) made through one service is what the other answers with', async () => {
    const storage = fakeMemoryStorage();
    const a = createFakeUserService({ storage });
    const b = createFakeUserService({ storage });
    a.setPreset('captcha');
    expect(b.presetName).toBe('captcha');
    const answer = await b.handle({ method: 'POST', path: '/_fake/faults', bodyText: JSON.stringify({ route: 'logout', fault: { type: 'html' }, times: 'always' }) });
    expect(answer.status).toBe(200);
    expect(a.faults.list()).toEqual([{ route: 'logout', fault: { type: 'html' }, remaining: Number.POSITIVE_INFINITY }]);
    a.issueLoginToken('ana@example.com');
    expect(b.inbox.map((message) => message.kind)).toEqual(['login-link']);
    b.clearInbox();
    expect(a.inbox).toEqual([]);
  });

  it('with a storage that tells of changes, a listener of the other service hears them at once', async () => {
    const storage = fakeMemoryStorage();
    const a = createFakeUserService({ storage });
    const b = createFakeUserService({ storage });
    const seen: number[] = [];
    const stop = b.subscribe(() => seen.push(b.inbox.length));
    await browserOn(a).client.loginWithOTP({ body: anaMobile });
    expect(seen).toEqual([1]);
    a.clearInbox();
    expect(seen).toEqual([1, 0]);
    stop();
    a.issueLoginToken('ana@example.com');
    expect(seen).toEqual([1, 0]);
  });

  it('a listener hears the changes of its own service, and not the calls that change nothing', async () => {
    // A still clock: a call with the cookie extends a rolling session, a change when the clock moves.
    const service = createFakeUserService({ storage: fakeMemoryStorage(), now: manualClock().now });
    const heard = vi.fn();
    service.subscribe(heard);
    const browser = browserOn(service);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    expect(heard).toHaveBeenCalledTimes(1);
    await browser.client.getPlatformConfig();
    expect(heard).toHaveBeenCalledTimes(1);
    service.setPreset('otpOnly');
    expect(heard).toHaveBeenCalledTimes(2);
    const memoryOnly = createFakeUserService();
    const alsoHeard = vi.fn();
    memoryOnly.subscribe(alsoHeard);
    memoryOnly.issueLoginToken('ana@example.com');
    expect(alsoHeard).toHaveBeenCalledTimes(1);
  });
});

describe('stored data that cannot be read never crashes: the service starts fresh and says so once', () => {
  const unreadable: Record<string, string> = {
    'not JSON': '{"format": "fdk-user-react/fake-user-servi',
    'foreign JSON': JSON.stringify({ cart: ['shirt'] }),
    'another version': JSON.stringify({ format: FAKE_STATE_FORMAT, version: FAKE_STATE_VERSION + 1 }),
    'a malformed part': '',
    'an unknown preset': '',
  };

  async function validState(): Promise<string> {
    const storage = fakeMemoryStorage();
    const service = createFakeUserService({ storage });
    await browserOn(service).client.loginWithEmailAndPassword({ body: ana });
    return storage.load()!;
  }

  it.each(Object.keys(unreadable))('%s', async (kind) => {
    let text = unreadable[kind]!;
    if (kind === 'a malformed part') {
      const state = JSON.parse(await validState()) as { users: { emails: unknown }[] };
      state.users[0]!.emails = 'ana@example.com';
      text = JSON.stringify(state);
    }
    if (kind === 'an unknown preset') text = (await validState()).replace('"name":"default"', '"name":"nope"');
    const storage = fakeMemoryStorage(text);
    const service = createFakeUserService({ storage });
    expect(service.findUser('ana@example.com')?.first_name).toBe('Ana');
    expect(service.inbox).toEqual([]);
    const browser = browserOn(service);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Ana');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/storage holds data it cannot read \(.+\): it starts fresh and writes over it/);
    // It wrote its fresh state over the data: the next service reads it without a word.
    expect(JSON.parse(storage.load()!)).toMatchObject({ format: FAKE_STATE_FORMAT, version: FAKE_STATE_VERSION });
    createFakeUserService({ storage });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('data spoiled while a service runs: its next call starts fresh (the session gone), with one warning', async () => {
    const local = new MemoryWebStorage();
    const service = createFakeUserService({ storage: fakeWebStorage(local, 'shop:fake') });
    const browser = browserOn(service);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    local.setItem('shop:fake', 'oops');
    expect(await rejectionOf(browser.client.getLoggedInUser())).toBeInstanceOf(FdkUnauthorizedError);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('(it is not JSON)');
    local.setItem('shop:fake', '[]');
    await rejectionOf(browser.client.getLoggedInUser());
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a storage that throws keeps the state in memory, with one warning each way', async () => {
    const refusing: FakeStorage = {
      load: () => {
        throw new Error('SecurityError: storage is disabled');
      },
      save: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const service = createFakeUserService({ storage: refusing });
    const browser = browserOn(service);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Ana');
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('could not read its storage (SecurityError: storage is disabled); it keeps its state in memory'),
      expect.stringContaining('could not write its storage (QuotaExceededError)'),
    ]);
    warn.mockClear();

    // A full storage: reads work (nothing stored), writes throw; the state is not rolled back to what it holds.
    const full: FakeStorage = {
      load: () => undefined,
      save: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const other = createFakeUserService({ storage: full });
    const again = browserOn(other);
    await again.client.loginWithEmailAndPassword({ body: ana });
    await again.client.updateProfile({ body: { first_name: 'Anaya', last_name: 'Rao', gender: 'female' } });
    expect((await again.client.getLoggedInUser()).user?.first_name).toBe('Anaya');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('could not write its storage (QuotaExceededError); its state lasts in this page or process only');
  });
});

describe('fakeFileStorage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fake-state-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the state through a file it creates (folders too) on the first save', async () => {
    const file = path.join(dir, 'nested', 'state.json');
    const storage = fakeFileStorage(file);
    expect(storage.load()).toBeUndefined();
    const first = createFakeUserService({ storage });
    const browser = browserOn(first);
    await browser.client.loginWithEmailAndPassword({ body: ana });
    await browser.client.updateProfile({ body: { first_name: 'Anaya', last_name: 'Rao', gender: 'female' } });
    await browser.client.sendOTPOnMobile({ body: { mobile: '9123456780', country_code: '91' } });

    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; users: { first_name: string }[] };
    expect(onDisk).toMatchObject({ format: FAKE_STATE_FORMAT, version: FAKE_STATE_VERSION });
    expect(onDisk.users.map((user) => user.first_name)).toEqual(['Anaya', 'Ben', 'Lee']);

    // Another process would make its own storage on the same path.
    const restarted = createFakeUserService({ storage: fakeFileStorage(file) });
    browser.use(restarted);
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Anaya');
    expect(restarted.lastMessage('9123456780')).toEqual(first.lastMessage('9123456780'));
    expect(warn).not.toHaveBeenCalled();
  });
});
