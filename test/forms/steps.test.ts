import { beforeAll, describe, expect, it } from 'vitest';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import { FYND_PASSWORD_RULE } from '../../src/config/settings';
import { completeProfileAsks, completeProfileBody, completeProfileNext } from '../../src/forms/completeProfile/completeProfileForm';
import { loginAccepts, loginNext, loginRequest } from '../../src/forms/login/loginForm';
import { loadPhoneRules } from '../../src/forms/phone/phoneRulesLoader';
import { loginCodeNext, resendRequest, resentTarget, verifyRequest, EMAIL_RESEND_SECONDS } from '../../src/forms/otp/otpRequests';
import { verifyBothNext } from '../../src/forms/otp/useVerifyBothForm';
import { registerAsks, registerBody, registerNext, verificationOf } from '../../src/forms/register/registerForm';
import { passwordAccepted, passwordRuleText } from '../../src/forms/rules/password';
import { personSchema } from '../../src/forms/rules/personFields';
import { socialNext } from '../../src/forms/social/socialLogin';
import type { OtpTarget } from '../../src/flow/types';
import { messages } from '../../src/i18n/messages';
import { platformPresets } from '../../src/testing/presets';
import { fakePasswordRule } from '../../src/testing/index';

const view = readPlatformConfig(platformPresets.default);
const user = { _id: 'u1', first_name: 'Ana' };
const mobileTarget: OtpTarget = { channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: 'r1', resendTimer: 30, resendToken: 'tok-1' };

describe('login: what goes on the wire and what follows', () => {
  // A number goes on the wire by its country's rules: the form's send loads them first.
  beforeAll(() => loadPhoneRules());

  it('an OTP sign-in takes mobile numbers only, as Fynd does (F14), unless email OTP is switched on', () => {
    expect(loginAccepts({ view, method: 'otp', emailOtp: false })).toEqual({ email: false, mobile: true });
    expect(loginAccepts({ view, method: 'otp', emailOtp: true })).toEqual({ email: true, mobile: true });
    expect(loginAccepts({ view, method: 'password', emailOtp: false })).toEqual({ email: true, mobile: true });
  });

  it('sends the mobile number by loginWithOTP with its country code, and the password exactly as typed', () => {
    expect(loginRequest({ identifier: ' 98765 43210 ', country: 'IN', password: '' }, { view, method: 'otp', emailOtp: false })).toEqual({
      method: 'loginWithOTP',
      body: { mobile: '9876543210', country_code: '91' },
    });
    expect(loginRequest({ identifier: 'ana@example.com', country: 'IN', password: ' pass word ' }, { view, method: 'password', emailOtp: false })).toEqual({
      method: 'loginWithEmailAndPassword',
      body: { username: 'ana@example.com', password: ' pass word ' },
    });
    expect(loginRequest({ identifier: 'ana@example.com', country: 'IN', password: '' }, { view, method: 'otp', emailOtp: true })).toEqual({
      method: 'sendOTPOnEmail',
      body: { email: 'ana@example.com', action: 'send' },
    });
  });

  it('goes to the code with the request id, the timer and the resend token of the answer', () => {
    const request = loginRequest({ identifier: '9876543210', country: 'IN', password: '' }, { view, method: 'otp', emailOtp: false });
    expect(loginNext(request, { request_id: 'r1', resend_timer: 30, resend_token: 'tok-1' })).toEqual({ type: 'otpSent', target: mobileTarget });
  });
});

describe('the code: verify and resend requests', () => {
  it('verifies a sign-in code with the request id only, and a registration code with the register token', () => {
    expect(verifyRequest(mobileTarget, '1234', 'login')).toEqual({ method: 'verifyMobileOTP', args: { body: { request_id: 'r1', otp: '1234' } } });
    expect(verifyRequest({ ...mobileTarget, registerToken: 'reg' }, '1234', 'register')).toEqual({
      method: 'verifyMobileOTP',
      args: { body: { request_id: 'r1', otp: '1234', register_token: 'reg' } },
    });
    expect(verifyRequest({ channel: 'email', email: 'z@e.co', registerToken: 'reg' }, '1234', 'register')).toEqual({
      method: 'verifyEmailOTP',
      args: { body: { email: 'z@e.co', otp: '1234', action: 'register', register_token: 'reg' } },
    });
  });

  it('sends a new code with action "send" where no answer gave a resend token', () => {
    expect(resendRequest({ channel: 'email', email: 'z@e.co' })).toEqual({ method: 'sendOTPOnEmail', args: { body: { email: 'z@e.co', action: 'send' } } });
  });

  it('resends with action "resend" and the last resend token (F2)', () => {
    expect(resendRequest(mobileTarget)).toEqual({ method: 'sendOTPOnMobile', args: { body: { mobile: '9876543210', country_code: '91', action: 'resend', token: 'tok-1' } } });
    expect(resendRequest({ channel: 'email', email: 'z@e.co', resendToken: 'etok', registerToken: 'reg' })).toEqual({
      method: 'sendOTPOnEmail',
      args: { body: { email: 'z@e.co', action: 'resend', token: 'etok', register_token: 'reg' } },
    });
  });

  it('after a resend, takes the new token and timer (90 s for email, F3), and keeps the request id when none is given', () => {
    expect(resentTarget(mobileTarget, { resend_token: 'tok-2', resend_timer: 45 })).toEqual({ ...mobileTarget, resendToken: 'tok-2', resendTimer: 45 });
    expect(resentTarget({ channel: 'email', email: 'z@e.co', resendToken: 'e1' }, { success: true })).toEqual({ channel: 'email', email: 'z@e.co', resendToken: 'e1', resendTimer: EMAIL_RESEND_SECONDS });
  });

  it('a right code signs in a known shopper, and sends a new number to complete a profile with what it proved (F6)', () => {
    expect(loginCodeNext(mobileTarget, { user, user_exists: true })).toEqual({ type: 'signedIn', user });
    expect(loginCodeNext(mobileTarget, { user_exists: false, register_token: 'reg-1' })).toEqual({
      type: 'profileRequired',
      registerToken: 'reg-1',
      known: { mobile: '9876543210', countryCode: '91' },
    });
  });
});

describe('registration: no sign-in before "verify both" (F4, F5)', () => {
  const asks = registerAsks(view);
  const values = { first_name: ' Zoë ', last_name: 'Ray', gender: 'unisex', email: 'zoe@example.com', country: 'IN', mobile: '98765 11111', password: 'Secret#123', confirmPassword: 'Secret#123' };

  it('sends names, gender, contacts and the password', () => {
    expect(registerBody(values, asks, false)).toEqual({ first_name: 'Zoë', last_name: 'Ray', gender: 'unisex', email: 'zoe@example.com', phone: { mobile: '9876511111', country_code: '91' }, password: 'Secret#123' });
  });

  it('"Skip for now" leaves the soft contact out', () => {
    expect(asks.mobile.level).toBe('soft');
    expect(registerBody(values, asks, true)).not.toHaveProperty('phone');
  });

  it('goes on to verify what the answer asks, with each resend token', () => {
    const body = registerBody(values, asks, false);
    const answer = { success: true, request_id: 'r9', resend_timer: 30, resend_token: 'm-tok', resend_email_token: 'e-tok', register_token: 'reg-9', verify_mobile_otp: true, verify_email_otp: true, user_exists: false };
    expect(registerNext(answer, body)).toEqual({
      type: 'verificationRequired',
      verification: {
        registerToken: 'reg-9',
        mobile: { channel: 'mobile', mobile: '9876511111', countryCode: '91', requestId: 'r9', resendTimer: 30, resendToken: 'm-tok', registerToken: 'reg-9' },
        email: { channel: 'email', email: 'zoe@example.com', resendToken: 'e-tok', registerToken: 'reg-9' },
      },
    });
    expect(registerNext({ success: true }, body)).toBe('session');
  });

  it('a code of "verify both" signs in only when it was the last one', () => {
    const verification = verificationOf({ verify_mobile_otp: true, verify_email_otp: true, register_token: 'reg', request_id: 'r' }, { email: 'z@e.co', mobile: '1', countryCode: '91' })!;
    expect(verifyBothNext({ user_exists: false, register_token: 'reg' }, verification, true)).toBeUndefined();
    expect(verifyBothNext({ user, user_exists: true }, verification, false)).toEqual({ type: 'signedIn', user });
    expect(verifyBothNext({ user, user_exists: true, verify_email_link: true, email: 'z@e.co' }, verification, false)).toEqual({ type: 'emailLinkSent', email: 'z@e.co', user });
  });
});

describe('complete profile (F6): updateProfile with the register token', () => {
  it('does not ask for the contact the OTP proved', () => {
    const asks = completeProfileAsks(view, { mobile: '9876543210', countryCode: '91' });
    expect(asks.mobile.asked).toBe(false);
    expect(asks.email).toEqual({ asked: true, level: 'hard' });
    expect(asks.password.asked).toBe(false);
  });

  it('sends the register token, names, gender and the new contacts', () => {
    const asks = completeProfileAsks(view, { email: 'new@example.com' });
    const body = completeProfileBody({ first_name: 'Zo', last_name: 'Ray', gender: 'female', email: '', country: 'IN', mobile: '9876500000', password: '', confirmPassword: '' }, asks, 'reg-1');
    expect(body).toEqual({ register_token: 'reg-1', first_name: 'Zo', last_name: 'Ray', gender: 'female', mobile: { phone: '9876500000', country_code: '91' }, country_code: '91' });
  });

  it('follows the answer: codes to verify, an email link, or the signed-in user', () => {
    const body = { register_token: 'reg-1', email: 'zo@example.com' };
    expect(completeProfileNext({ verify_email_otp: true, register_token: 'reg-1' }, body)).toMatchObject({ type: 'verificationRequired', verification: { email: { email: 'zo@example.com' } } });
    expect(completeProfileNext({ user, verify_email_link: true, email: 'zo@example.com' }, body)).toEqual({ type: 'emailLinkSent', email: 'zo@example.com', user });
    expect(completeProfileNext({ user, user_exists: true }, body)).toEqual({ type: 'signedIn', user });
    expect(completeProfileNext({}, body)).toBe('session');
  });
});

describe('social: a new shopper completes a profile (F7)', () => {
  it('carries the social profile’s email and names on', () => {
    const body = { oauth2: { access_token: 't' }, profile: { email: 'new@example.com', first_name: 'Nia', last_name: 'Roy' } };
    expect(socialNext({ user_exists: false, register_token: 'reg-3' }, body)).toEqual({
      type: 'profileRequired',
      registerToken: 'reg-3',
      known: { email: 'new@example.com', first_name: 'Nia', last_name: 'Roy' },
    });
    expect(socialNext({ user, user_exists: true }, body)).toEqual({ type: 'signedIn', user });
  });
});

describe('the password rule (F11)', () => {
  it('asks for 8 characters with a letter, a digit and a special character', () => {
    expect(passwordAccepted('Passw0rd!', FYND_PASSWORD_RULE)).toBe(true);
    for (const weak of ['short1!', 'password!', 'password1', '12345678!', 'Passw0rd', 'Pass w0rd!', 'पासवर्ड1!']) expect(passwordAccepted(weak, FYND_PASSWORD_RULE), weak).toBe(false);
    expect(passwordAccepted('Sécurité1!', FYND_PASSWORD_RULE)).toBe(true);
  });

  it('agrees with the fake service’s rule, so that a password the form accepts is never refused by it', () => {
    const samples = ['Passw0rd!', 'short1!', 'password!', 'password1', '12345678!', 'Pass w0rd!', 'पासवर्ड1!', 'Sécurité1!', 'a1!aaaaa', 'A1-bcdefg', '😀😀😀😀a1!x', 'ABCDEFG1_', 'Passw٠rd!', 'Passw０rd!', 'Passw0rd½', 'Passw0rd²', 'Passwörd1!'];
    for (const password of samples) expect(passwordAccepted(password, FYND_PASSWORD_RULE), password).toBe(fakePasswordRule(password));
  });

  it('is said in words, for Fynd’s rule and for a rule of the storefront’s own', () => {
    expect(passwordRuleText(FYND_PASSWORD_RULE, messages)).toBe('Use at least 8 characters, with a letter (A–Z), a digit and a special character, and no spaces.');
    expect(passwordRuleText({ minLength: 10, letter: true, digit: true, special: false, noSpaces: false }, messages)).toBe('Use at least 10 characters, with a letter (A–Z) and a digit.');
    expect(passwordRuleText({ minLength: 6, letter: false, digit: false, special: false, noSpaces: true }, messages)).toBe('Use at least 6 characters. Leave out spaces.');
  });

  it('is checked before registering, with the confirmation', () => {
    const schema = personSchema(messages, registerAsks(view), FYND_PASSWORD_RULE);
    const base = { first_name: 'Zo', last_name: 'Ray', gender: '', email: 'zo@example.com', country: 'IN', mobile: '', password: 'password', confirmPassword: 'password' };
    const weak = schema.safeParse(base);
    expect(weak.success).toBe(false);
    expect(weak.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual(['password', passwordRuleText(FYND_PASSWORD_RULE, messages)]);
    const mismatch = schema.safeParse({ ...base, password: 'Secret#123', confirmPassword: 'Secret#124' });
    expect(mismatch.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['confirmPassword']);
    expect(schema.safeParse({ ...base, password: 'Secret#123', confirmPassword: 'Secret#123' }).success).toBe(true);
  });
});
