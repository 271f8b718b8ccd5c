import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FdkResponseValidationError, userMethodNames, type UserMethodName } from '../../src/index';
import { responseNeeds } from '../../src/client/methods';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { userMdExamples } from '../helpers/userMd';
import { callMethod, clientFor, rejectionOf } from '../helpers/clientKit';

/*
 * A field of the wrong type in an answer is read leniently: coerced where the meaning is plain, dropped otherwise,
 * with a development warning. Only the fields a call cannot work without (`responseNeeds`) fail it.
 */

let server: RecordingServer;
let warn: ReturnType<typeof vi.spyOn>;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
  vi.unstubAllEnvs();
});

async function answer(name: UserMethodName, body: unknown): Promise<Record<string, unknown>> {
  server.reply({ status: 200, body });
  return (await callMethod(clientFor(server), name)) as Record<string, unknown>;
}

async function refusal(name: UserMethodName, body: unknown): Promise<FdkResponseValidationError> {
  server.reply({ status: 200, body });
  const error = await rejectionOf(callMethod(clientFor(server), name));
  expect(error).toBeInstanceOf(FdkResponseValidationError);
  return error as FdkResponseValidationError;
}

/** Everything the development warnings said, one string. */
const warned = () => warn.mock.calls.map((call: unknown[]) => call.join(' ')).join('\n');

describe('a field of the wrong type does not sink the answer', () => {
  it('getLoggedInUser: first_name 42 reads as "42"; a bad list and bad items are dropped', async () => {
    const result = await answer('getLoggedInUser', {
      user: {
        _id: 'u1',
        first_name: 42,
        last_name: 'Rao',
        emails: 'ana@example.com',
        phone_numbers: [5, { phone: '9876543210', country_code: 'abc', active: 'true', primary: 'no' }, { phone: 9876500000, verified: 'FALSE' }],
        debug: 'x',
        active: 1,
      },
    });
    expect(result).toEqual({
      user: {
        _id: 'u1',
        first_name: '42',
        last_name: 'Rao',
        phone_numbers: [{ phone: '9876543210', active: true }, { phone: '9876500000', verified: false }],
      },
    });
    const text = warned();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(text).toContain('getLoggedInUser');
    for (const path of ['user.first_name', 'user.emails', 'user.phone_numbers.0', 'user.phone_numbers.1.country_code', 'user.phone_numbers.1.active', 'user.phone_numbers.1.primary', 'user.debug', 'user.active']) {
      expect(text).toContain(path);
    }
  });

  it('loginWithOTP: resend_timer "30" reads as 30, success "true" as true, request_id 123 as "123"', async () => {
    const result = await answer('loginWithOTP', { request_id: 123, resend_timer: '30', success: 'true', message: 'OTP sent', verify_mobile_otp: 'false' });
    expect(result).toEqual({ request_id: '123', resend_timer: 30, success: true, message: 'OTP sent', verify_mobile_otp: false });
    expect(warned()).toMatch(/loginWithOTP[\s\S]*resend_timer/);
  });

  it('loginWithOTP: a resend_timer that is no number is dropped', async () => {
    const result = await answer('loginWithOTP', { request_id: 'r1', resend_timer: 'soon' });
    expect(result).toEqual({ request_id: 'r1' });
    expect(warned()).toContain('resend_timer');
  });

  it('getPlatformConfig: login.password "false", social as a list and look_and_feel as a number', async () => {
    const result = await answer('getPlatformConfig', {
      name: 'Fynd',
      login: { password: 'false', otp: true },
      social: ['google', 'facebook'],
      look_and_feel: 5,
      register: 'TRUE',
      skip_captcha: 0,
      social_tokens: { google: { app_id: 123456 } },
    });
    expect(result).toEqual({ name: 'Fynd', login: { password: false, otp: true }, register: true, social_tokens: { google: { app_id: '123456' } } });
    const text = warned();
    for (const path of ['login.password', 'social', 'look_and_feel', 'register', 'skip_captcha', 'social_tokens.google.app_id']) expect(text).toContain(path);
  });

  it('getListOfActiveSessions: a number in the list reads as a string, an object is dropped', async () => {
    expect(await answer('getListOfActiveSessions', { sessions: ['s1', 2, { id: 's3' }, 's4'] })).toEqual({ sessions: ['s1', '2', 's4'] });
  });

  it('does not warn when the answer is well typed', async () => {
    await answer('loginWithOTP', { request_id: 'r1', resend_timer: 30 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not warn in production builds', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(await answer('loginWithOTP', { request_id: 'r1', resend_timer: '30' })).toEqual({ request_id: 'r1', resend_timer: 30 });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('only the fields a call cannot work without fail it', () => {
  it('lists them per method, as data', () => {
    expect(responseNeeds).toEqual({ loginWithOTP: ['request_id'], loginWithEmailAndPassword: ['user'], getLoggedInUser: ['user'] });
    for (const name of Object.keys(responseNeeds)) expect(userMethodNames).toContain(name);
  });

  it.each(userMdExamples().map((example) => [example.method, example] as const))('the USER.md example of %s has what its method needs', async (_name, example) => {
    await expect(answer(example.method as UserMethodName, example.body)).resolves.toBeTypeOf('object');
  });

  it('loginWithOTP without request_id fails, naming it', async () => {
    const error = await refusal('loginWithOTP', { success: true, resend_timer: 30 });
    expect(error.issues).toEqual([{ path: 'request_id', message: 'required, and absent or unreadable' }]);
    expect(error.message).toBe('Unexpected response from loginWithOTP: request_id: required, and absent or unreadable');
  });

  it('loginWithOTP with a request_id that cannot be read as a string fails, naming it', async () => {
    const error = await refusal('loginWithOTP', { request_id: { id: 'r1' }, resend_timer: '30' });
    expect(error.issues).toEqual([{ path: 'request_id', message: 'required, and absent or unreadable' }]);
    expect(error.body).toEqual({ request_id: { id: 'r1' }, resend_timer: '30' });
    expect(warned()).toContain('request_id: expected string, got object, dropped');
  });

  it.each([
    ['no user', {}],
    ['a user that is a number', { user: 5 }],
    ['a user that is a list', { user: [{ first_name: 'Ana' }] }],
  ])('getLoggedInUser with %s fails', async (_label, body) => {
    const error = await refusal('getLoggedInUser', body);
    expect(error.issues.map((issue) => issue.path)).toEqual(['user']);
  });

  it('a root that is not an object still fails', async () => {
    const error = await refusal('getPlatformConfig', ['not', 'an', 'object']);
    expect(error.issues.map((issue) => issue.path)).toEqual(['']);
  });
});

describe('keys named like Object.prototype members come back as they are', () => {
  it('constructor, toString, valueOf, hasOwnProperty and __proto__, at any depth, without polluting prototypes', async () => {
    server.reply({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"constructor":"c","toString":"t","valueOf":1,"hasOwnProperty":true,"__proto__":{"polluted":1},"user":{"first_name":"Ana","constructor":"x","__proto__":{"admin":true},"emails":[{"email":"a@example.com","toString":"y"}]}}',
    });
    const result = (await clientFor(server).getLoggedInUser()) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'user', 'valueOf']);
    expect(result.constructor).toBe('c');
    expect(result.toString).toBe('t');
    expect(result.valueOf).toBe(1);
    expect(result.hasOwnProperty).toBe(true);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    const user = result.user as Record<string, unknown>;
    expect(user.constructor).toBe('x');
    expect(Object.getOwnPropertyDescriptor(user, '__proto__')?.value).toEqual({ admin: true });
    expect(user.admin).toBeUndefined();
    expect((user.emails as Record<string, unknown>[])[0]?.toString).toBe('y');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
