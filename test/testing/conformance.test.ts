import { describe, expect, it } from 'vitest';
import { userMethodNames, userMethods, type UserMethodName } from '../../src/client/methods';
import { createFakeUserService, fakeSocialToken, FAKE_LOGIN_TOKEN_PREFIX, type FakeResponse, type FakeUserService } from '../../src/testing/index';
import { userMdExampleKeys, userMdResponseSchema, userMdSchemaProperties } from './userMdSchemas';

/*
 * The fake's success answer of every method, held against USER.md: each key it answers is a property of the
 * method's response schema as USER.md lists it (or one of the few documented extras below), the example's keys
 * that apply to the scenario are all there, and the answer parses with the kit's own response schema.
 */

interface Fixture {
  service: FakeUserService;
  call(name: UserMethodName, args?: { body?: unknown; query?: Record<string, string>; cookie?: string }): Promise<FakeResponse>;
  /** Signs Ana in; the session cookie value. */
  signInAna(): Promise<string>;
}

interface Scenario {
  title: string;
  run(fixture: Fixture): Promise<FakeResponse>;
  /** Keys of USER.md's example that do not apply to this scenario, and why. */
  notApplicable?: Record<string, string>;
}

function fixture(options: Parameters<typeof createFakeUserService>[0] = {}): Fixture {
  const service = createFakeUserService({ resendTimer: 0, ...options });
  const call: Fixture['call'] = (name, args = {}) => {
    const spec = userMethods[name];
    return service.handle({
      method: spec.http,
      url: `https://shop.example.com${spec.path}`,
      ...(args.query ? { query: args.query } : {}),
      bodyText: args.body === undefined ? null : JSON.stringify(args.body),
      ...(args.cookie ? { cookies: { fdk_session: args.cookie } } : {}),
    });
  };
  const signInAna = async () => (await call('loginWithEmailAndPassword', { body: { username: 'ana@example.com', password: 'Passw0rd!' } })).setCookie?.value ?? '';
  return { service, call, signInAna };
}

const code = (f: Fixture, to: string, kind?: Parameters<FakeUserService['lastCode']>[1]) => f.service.lastCode(to, kind) ?? '';
const ana = { mobile: '9876543210', country_code: '91' };
const newShopper = 'new@example.com';
const social = (provider: 'facebook' | 'google' | 'apple') => ({ oauth2: { access_token: fakeSocialToken(provider, newShopper) }, profile: { full_name: 'New Shopper' } });

/**
 * Keys the fake answers beyond USER.md's listing, each from Fynd's real types (fdk-store-gql
 * `lib/types/graphql.d.ts`) and read by Fynd's storefront.
 */
const documentedExtras: Partial<Record<UserMethodName, Record<string, string>>> = {
  getPlatformConfig: {
    session_config: 'PlatformConfig.session_config (flows.md F16)',
    delete_account_reasons: 'PlatformConfig.delete_account_reasons (F16)',
    delete_account_day: 'PlatformConfig.delete_account_day (F16)',
    delete_account_consent: 'PlatformConfig.delete_account_consent (F16)',
  },
  updateProfile: {
    mobile: 'ProfileEditSuccess.mobile; Turbo useVerifyDetails resends to it',
    country_code: 'ProfileEditSuccess.country_code; Turbo useVerifyDetails resends to it',
    resend_timer: 'ProfileEditSuccess.resend_timer; Turbo useVerifyDetails starts its countdown with it',
    resend_token: 'ProfileEditSuccess.resend_token; Turbo useVerifyDetails resends with it',
    resend_email_token: 'ProfileEditSuccess.resend_email_token; Turbo useVerifyDetails resends with it',
  },
};

const socialScenario = (name: 'loginWithFacebook' | 'loginWithGoogle' | 'loginWithGoogleAndroid' | 'loginWithGoogleIOS'): Scenario => ({
  title: 'a new shopper (the example\'s user_exists: false)',
  run: (f) => f.call(name, { body: social(name === 'loginWithFacebook' ? 'facebook' : 'google') }),
});

const scenarios: { readonly [N in UserMethodName]: Scenario } = {
  loginWithFacebook: socialScenario('loginWithFacebook'),
  loginWithGoogle: socialScenario('loginWithGoogle'),
  loginWithGoogleAndroid: socialScenario('loginWithGoogleAndroid'),
  loginWithGoogleIOS: socialScenario('loginWithGoogleIOS'),
  loginWithAppleIOS: {
    title: 'a new shopper',
    run: (f) => f.call('loginWithAppleIOS', { body: { user_identifier: 'apple-1', oauth: { identity_token: fakeSocialToken('apple', newShopper) } } }),
  },
  loginWithOTP: { title: 'Ana\'s mobile', run: (f) => f.call('loginWithOTP', { body: ana }) },
  loginWithEmailAndPassword: { title: 'Ana', run: (f) => f.call('loginWithEmailAndPassword', { body: { username: 'ana@example.com', password: 'Passw0rd!' } }) },
  sendResetPasswordEmail: { title: 'Ana', run: (f) => f.call('sendResetPasswordEmail', { body: { email: 'ana@example.com' } }) },
  forgotPassword: {
    title: 'Ana, with the code of her reset email',
    run: async (f) => {
      await f.call('sendResetPasswordEmail', { body: { email: 'ana@example.com' } });
      return f.call('forgotPassword', { body: { code: code(f, 'ana@example.com', 'reset-password'), password: 'N3w!Passw0rd' } });
    },
  },
  sendResetToken: {
    title: 'the code of a reset email',
    run: async (f) => {
      await f.call('sendResetPasswordEmail', { body: { email: 'ana@example.com' } });
      return f.call('sendResetToken', { body: { code: code(f, 'ana@example.com', 'reset-password') } });
    },
  },
  loginWithToken: { title: 'a test token', run: (f) => f.call('loginWithToken', { body: { token: `${FAKE_LOGIN_TOKEN_PREFIX}ana@example.com` } }) },
  registerWithForm: {
    title: 'a mobile registration (otpOnly preset), like the example',
    run: (f) => {
      f.service.setPreset('otpOnly');
      return f.call('registerWithForm', { body: { first_name: 'Ravi', last_name: 'Iyer', gender: 'male', phone: { mobile: '7400448798', country_code: '91' } } });
    },
  },
  verifyEmail: {
    title: 'the link code of an added email',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addEmail', { body: { email: 'ana.work@example.com' }, cookie });
      return f.call('verifyEmail', { body: { code: code(f, 'ana.work@example.com', 'verify-email') } });
    },
  },
  verifyMobile: {
    title: 'the link code of an added mobile',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addMobileNumber', { body: { phone: '9000000080', country_code: '91' }, cookie });
      return f.call('verifyMobile', { body: { code: code(f, '9000000080', 'verify-mobile') } });
    },
  },
  hasPassword: { title: 'Ana', run: async (f) => f.call('hasPassword', { cookie: await f.signInAna() }) },
  updatePassword: {
    title: 'Ana',
    run: async (f) => f.call('updatePassword', { body: { old_password: 'Passw0rd!', new_password: 'N3w!Passw0rd' }, cookie: await f.signInAna() }),
  },
  logout: { title: 'Ana', run: async (f) => f.call('logout', { cookie: await f.signInAna() }) },
  sendOTPOnMobile: { title: 'Ana\'s mobile', run: (f) => f.call('sendOTPOnMobile', { body: { ...ana, action: 'send' } }) },
  verifyMobileOTP: {
    title: 'Ana signs in',
    run: async (f) => {
      const sent = (await f.call('loginWithOTP', { body: ana })).body as { request_id: string };
      return f.call('verifyMobileOTP', { body: { request_id: sent.request_id, otp: code(f, '9876543210') } });
    },
  },
  sendOTPOnEmail: { title: 'Ben', run: (f) => f.call('sendOTPOnEmail', { body: { email: 'ben@example.com', action: 'send' } }) },
  verifyEmailOTP: {
    title: 'Ben signs in',
    run: async (f) => {
      await f.call('sendOTPOnEmail', { body: { email: 'ben@example.com' } });
      return f.call('verifyEmailOTP', { body: { email: 'ben@example.com', otp: code(f, 'ben@example.com') } });
    },
  },
  getLoggedInUser: { title: 'Ana', run: async (f) => f.call('getLoggedInUser', { cookie: await f.signInAna() }) },
  getListOfActiveSessions: { title: 'Ana', run: async (f) => f.call('getListOfActiveSessions', { cookie: await f.signInAna() }) },
  getPlatformConfig: { title: 'the default preset', run: (f) => f.call('getPlatformConfig', { query: { name: 'Fynd' } }) },
  updateProfile: { title: 'Ana edits her name', run: async (f) => f.call('updateProfile', { body: { last_name: 'Rao-Iyer' }, cookie: await f.signInAna() }) },
  addMobileNumber: { title: 'Ana', run: async (f) => f.call('addMobileNumber', { body: { phone: '9000000081', country_code: '91' }, cookie: await f.signInAna() }) },
  deleteMobileNumber: {
    title: 'an added mobile',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addMobileNumber', { body: { phone: '9000000082', country_code: '91' }, cookie });
      return f.call('deleteMobileNumber', { query: { active: 'true', primary: 'false', verified: 'false', country_code: '91', phone: '9000000082' }, cookie });
    },
  },
  setMobileNumberAsPrimary: {
    title: 'a verified added mobile',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addMobileNumber', { body: { phone: '9000000083', country_code: '91' }, cookie });
      await f.call('verifyMobile', { body: { code: code(f, '9000000083', 'verify-mobile') } });
      return f.call('setMobileNumberAsPrimary', { body: { phone: '9000000083', country_code: '91' }, cookie });
    },
  },
  sendVerificationLinkToMobile: {
    title: 'an added mobile',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addMobileNumber', { body: { phone: '9000000084', country_code: '91' }, cookie });
      return f.call('sendVerificationLinkToMobile', { body: { phone: '9000000084', country_code: '91' }, cookie });
    },
  },
  addEmail: { title: 'Ana', run: async (f) => f.call('addEmail', { body: { email: 'ana.two@example.com' }, cookie: await f.signInAna() }) },
  deleteEmail: {
    title: 'an added email',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addEmail', { body: { email: 'ana.three@example.com' }, cookie });
      return f.call('deleteEmail', { query: { active: 'true', primary: 'false', verified: 'false', email: 'ana.three@example.com' }, cookie });
    },
  },
  setEmailAsPrimary: {
    title: 'a verified added email',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addEmail', { body: { email: 'ana.four@example.com' }, cookie });
      await f.call('verifyEmail', { body: { code: code(f, 'ana.four@example.com', 'verify-email') } });
      return f.call('setEmailAsPrimary', { body: { email: 'ana.four@example.com' }, cookie });
    },
  },
  sendVerificationLinkToEmail: {
    title: 'an added email',
    run: async (f) => {
      const cookie = await f.signInAna();
      await f.call('addEmail', { body: { email: 'ana.five@example.com' }, cookie });
      return f.call('sendVerificationLinkToEmail', { body: { email: 'ana.five@example.com' }, cookie });
    },
  },
};

/** Checks one success answer of a method against USER.md and the kit's schema; the keys it answered. */
function holdAgainstUserMd(name: UserMethodName, answer: FakeResponse, notApplicable: Record<string, string> = {}): string[] {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const body = answer.body as Record<string, unknown>;
  const keys = Object.keys(body);
  const listed = userMdSchemaProperties(userMdResponseSchema(name));
  const allowed = [...listed, ...Object.keys(documentedExtras[name] ?? {})];
  expect(keys.filter((key) => !allowed.includes(key)), `${name} answers keys USER.md does not list`).toEqual([]);
  const expected = (userMdExampleKeys(name) ?? listed).filter((key) => listed.includes(key) && !(key in notApplicable));
  expect(expected.filter((key) => !keys.includes(key)), `${name} misses keys of USER.md's example`).toEqual([]);
  const parsed = userMethods[name].response.safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return keys;
}

describe('conformance with USER.md: every method\'s success answer', () => {
  it('has a scenario for each of the 33 methods', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...userMethodNames].sort());
    expect(userMethodNames).toHaveLength(33);
  });

  it.each(userMethodNames)('%s', async (name) => {
    const scenario = scenarios[name];
    holdAgainstUserMd(name, await scenario.run(fixture()), scenario.notApplicable);
  });
});

describe('conformance with USER.md: the answers of the flows that start an account', () => {
  it('registration, verify both: RegisterFormSuccess, then VerifyOtpSuccess twice', async () => {
    const f = fixture({ preset: 'hardRequiredEmailAndMobile' });
    const register = await f.call('registerWithForm', { body: { first_name: 'Gita', email: 'gita@example.com', phone: { mobile: '9000000090', country_code: '91' } } });
    expect(holdAgainstUserMd('registerWithForm', register).sort()).toEqual(userMdSchemaProperties('RegisterFormSuccess').sort());
    const { request_id, register_token } = register.body as { request_id: string; register_token: string };
    const first = await f.call('verifyMobileOTP', { body: { otp: code(f, '9000000090'), request_id, register_token } });
    expect(holdAgainstUserMd('verifyMobileOTP', first, { user: 'the registration is not complete yet' })).toEqual(['user_exists', 'register_token']);
    const last = await f.call('verifyEmailOTP', { body: { otp: code(f, 'gita@example.com'), email: 'gita@example.com', register_token, action: 'register' } });
    expect(holdAgainstUserMd('verifyEmailOTP', last)).toEqual(['user', 'user_exists']);
  });

  it('OTP sign-in of a new number, then complete profile with a new email', async () => {
    const f = fixture();
    const sent = (await f.call('loginWithOTP', { body: { mobile: '9000000091', country_code: '91' } })).body as { request_id: string };
    const verified = await f.call('verifyMobileOTP', { body: { request_id: sent.request_id, otp: code(f, '9000000091') } });
    expect(holdAgainstUserMd('verifyMobileOTP', verified, { user: 'a new shopper has no account yet' })).toEqual(['user_exists', 'register_token']);
    const { register_token } = verified.body as { register_token: string };
    const pending = await f.call('updateProfile', { body: { register_token, first_name: 'Om', gender: 'male', email: 'om@example.com' } });
    holdAgainstUserMd('updateProfile', pending, { user: 'the email OTP is pending' });
    const done = await f.call('verifyEmailOTP', { body: { otp: code(f, 'om@example.com'), email: 'om@example.com', register_token, action: 'register' } });
    holdAgainstUserMd('verifyEmailOTP', done);
  });

  it('social sign-in of a new shopper, then complete profile with a new mobile', async () => {
    const f = fixture({ preset: 'hardRequiredEmailAndMobile' });
    const started = await f.call('loginWithGoogle', { body: social('google') });
    const { register_token } = started.body as { register_token: string };
    const pending = await f.call('updateProfile', { body: { register_token, first_name: 'New', gender: 'unisex', mobile: { phone: '9000000092', country_code: '91' } } });
    holdAgainstUserMd('updateProfile', pending, { user: 'the mobile OTP is pending' });
    expect(Object.keys(pending.body as object)).toEqual(expect.arrayContaining(['request_id', 'mobile', 'country_code', 'resend_timer', 'resend_token']));
    const { request_id } = pending.body as { request_id: string };
    holdAgainstUserMd('verifyMobileOTP', await f.call('verifyMobileOTP', { body: { otp: code(f, '9000000092'), request_id, register_token } }));
  });

  it('complete profile with emailVerification "link": ProfileEditSuccess with a user and verify_email_link', async () => {
    const f = fixture({ emailVerification: 'link' });
    const sent = (await f.call('loginWithOTP', { body: { mobile: '9000000093', country_code: '91' } })).body as { request_id: string };
    const { register_token } = (await f.call('verifyMobileOTP', { body: { request_id: sent.request_id, otp: code(f, '9000000093') } })).body as { register_token: string };
    const done = await f.call('updateProfile', { body: { register_token, first_name: 'Pia', gender: 'female', email: 'pia@example.com' } });
    expect(holdAgainstUserMd('updateProfile', done).sort()).toEqual(['email', 'user', 'user_exists', 'verify_email_link']);
  });
});
