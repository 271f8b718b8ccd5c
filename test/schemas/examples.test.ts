import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userMethodNames, type UserMethodName } from '../../src/index';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { userMdExamples } from '../helpers/userMd';
import { callMethod, clientFor, expectedParse } from '../helpers/clientKit';

/*
 * Every example response of USER.md (unwrapped from its `{ "value": … }`) goes through the client, from a server
 * answering that body, so that the normalisation of responses is part of what is tested.
 */

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

const examples = userMdExamples();

/** The client's answer to `name` when the server sends `body`. */
async function answer(name: UserMethodName, body: unknown): Promise<Record<string, unknown>> {
  server.reply({ status: 200, body });
  return (await callMethod(clientFor(server), name)) as Record<string, unknown>;
}

describe('the USER.md examples', () => {
  it('are found: 30 non-empty json blocks, one per method except hasPassword, logout and sendVerificationLinkToEmail', () => {
    expect(examples).toHaveLength(30);
    const withExample = new Set(examples.map((example) => example.method));
    expect(userMethodNames.filter((name) => !withExample.has(name))).toEqual(['hasPassword', 'logout', 'sendVerificationLinkToEmail']);
    for (const example of examples) expect(userMethodNames).toContain(example.method);
    expect(examples.filter((example) => example.wrapped)).toHaveLength(20);
  });

  it.each(examples.map((example) => [`${example.method} #${example.index}${example.wrapped ? ' (unwrapped from "value")' : ''}`, example] as const))(
    '%s parses through the client',
    async (_label, example) => {
      const result = await answer(example.method as UserMethodName, example.body);
      expect(result).toEqual(expectedParse(example.body));
      expect(result).not.toHaveProperty('value');
    },
  );
});

const example = (method: UserMethodName) => {
  const found = examples.find((candidate) => candidate.method === method);
  if (!found) throw new Error(`no example for ${method}`);
  return found.body as Record<string, unknown>;
};

describe('normalisations of the document’s variants', () => {
  it('loginWithOTP: resendToken → resend_token', async () => {
    expect(example('loginWithOTP')).toHaveProperty('resendToken');
    const result = await answer('loginWithOTP', example('loginWithOTP'));
    expect(result.resend_token).toBe('58e72ca0-66ae-11eb-98b1-77d61363826e');
    expect(result).not.toHaveProperty('resendToken');
    expect(result).toMatchObject({ success: true, request_id: '01503005aeab87cbed93d40f46cc2749', resend_timer: 30, country_code: '91' });
  });

  it('registerWithForm: userExists → user_exists', async () => {
    expect(example('registerWithForm')).toHaveProperty('userExists', false);
    const result = await answer('registerWithForm', example('registerWithForm'));
    expect(result.user_exists).toBe(false);
    expect(result).not.toHaveProperty('userExists');
    expect(result.register_token).toBe('276e718a-d406-4a4b-83f7-cb6cb72b99ff');
  });

  it('registerToken → register_token', async () => {
    const result = await answer('verifyMobileOTP', { registerToken: 'rt-1', user_exists: false });
    expect(result).toEqual({ register_token: 'rt-1', user_exists: false });
  });

  it('getPlatformConfig: social_tokens appId → app_id, null images absent, __v kept', async () => {
    const result = await answer('getPlatformConfig', example('getPlatformConfig'));
    expect(result.social_tokens).toEqual({
      google: { app_id: 'token_123' },
      facebook: { app_id: '2033146826724884' },
      account_kit: { app_id: '548529975557631' },
    });
    expect(example('getPlatformConfig').mobile_image).toBeNull();
    expect(result).not.toHaveProperty('mobile_image');
    expect(result).not.toHaveProperty('desktop_image');
    expect(result.__v).toBe(0);
    expect(result).toMatchObject({ name: 'Fynd', login: { password: true, otp: true }, register: true, skip_captcha: false });
  });

  it('the snake_case key wins when both spellings are sent', async () => {
    const result = await answer('loginWithOTP', { request_id: 'r', resendToken: 'camel', resend_token: 'snake' });
    expect(result.resend_token).toBe('snake');
  });

  it('unknown fields are kept: the user’s roles', async () => {
    const result = await answer('loginWithEmailAndPassword', example('loginWithEmailAndPassword'));
    expect(result).toHaveProperty(['user', 'roles'], ['Test-Role']);
    expect(result).toHaveProperty(['user', 'phone_numbers', 0, 'country_code'], 91);
  });

  it.each([
    ['"91"', '91', 91],
    ['91', 91, 91],
    ['"+91"', '+91', 91],
  ])('PhoneNumber.country_code %s reads as the number 91', async (_label, sent, expected) => {
    const result = await answer('getLoggedInUser', {
      user: { phone_numbers: [{ phone: '8652523958', country_code: sent, active: true, primary: true, verified: true }] },
    });
    expect(result).toHaveProperty(['user', 'phone_numbers', 0, 'country_code'], expected);
    expect(result).toHaveProperty(['user', 'phone_numbers', 0, 'phone'], '8652523958');
  });

  it.each<[UserMethodName]>([['loginWithOTP'], ['sendOTPOnMobile'], ['registerWithForm']])(
    '%s: an OTP answer’s country_code 91 reads as the string "91"',
    async (name) => {
      const result = await answer(name, { success: true, request_id: 'r', mobile: '8652523958', country_code: 91, resend_timer: 30 });
      expect(result.country_code).toBe('91');
      expect(result.resend_timer).toBe(30);
    },
  );

  it('null fields read as absent, at any depth', async () => {
    const result = await answer('getLoggedInUser', {
      user: { first_name: 'Akash', last_name: null, debug: { source: null, platform: 'Fynd' }, emails: [{ email: 'a@example.com', verified: null }] },
    });
    expect(result).toEqual({ user: { first_name: 'Akash', debug: { platform: 'Fynd' }, emails: [{ email: 'a@example.com' }] } });
  });

  it('a null where an object is declared reads as absent', async () => {
    const result = await answer('getPlatformConfig', { name: 'Fynd', flash_card: null, social_tokens: { google: null } });
    expect(result).toEqual({ name: 'Fynd', social_tokens: {} });
  });
});
