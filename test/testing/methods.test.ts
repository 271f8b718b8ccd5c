import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMethodNames, type UserMethodName } from '../../src/client/methods';
import { FAKE_LOGIN_TOKEN_PREFIX, fakeSocialToken, startFakeUserServer, type FakeUserServer } from '../../src/testing/index';
import { fakeClient } from './helpers';

let fake: FakeUserServer;
beforeAll(async () => {
  fake = await startFakeUserServer({ generateCode: () => '5050' });
});
afterAll(() => fake.close());

describe('every method of the table', () => {
  it('answers a body that the client parses with the method\'s response schema', async () => {
    const called = new Set<UserMethodName>();
    const client = fakeClient(fake.url);
    const call = async <T>(name: UserMethodName, run: () => Promise<T>): Promise<T> => {
      const result = await run();
      called.add(name);
      return result;
    };
    const code = (to: string, kind?: Parameters<typeof fake.service.lastCode>[1]) => fake.service.lastCode(to, kind) ?? '';

    expect((await call('getPlatformConfig', () => client.getPlatformConfig({ name: 'Fynd' }))).register).toBe(true);
    const token = (provider: 'facebook' | 'google' | 'apple', email: string) => fakeSocialToken(provider, email);
    expect((await call('loginWithFacebook', () => client.loginWithFacebook({ body: { oauth2: { access_token: token('facebook', 'fb@example.com') } } }))).user_exists).toBe(false);
    expect((await call('loginWithGoogle', () => client.loginWithGoogle({ body: { oauth2: { access_token: token('google', 'ben@example.com') } } }))).user_exists).toBe(true);
    await call('loginWithGoogleAndroid', () => client.loginWithGoogleAndroid({ body: { oauth2: { access_token: token('google', 'ga@example.com') } } }));
    await call('loginWithGoogleIOS', () => client.loginWithGoogleIOS({ body: { oauth2: { access_token: token('google', 'ana@example.com') } } }));
    await call('loginWithAppleIOS', () => client.loginWithAppleIOS({ body: { user_identifier: 'a', oauth: { identity_token: token('apple', 'ap@example.com') } } }));

    const otp = await call('loginWithOTP', () => client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } }));
    expect((await call('verifyMobileOTP', () => client.verifyMobileOTP({ body: { request_id: otp.request_id, otp: code('9876543210') } }))).user_exists).toBe(true);
    expect((await call('sendOTPOnMobile', () => client.sendOTPOnMobile({ body: { mobile: '9000000030', country_code: '91' } }))).success).toBe(true);
    await call('sendOTPOnEmail', () => client.sendOTPOnEmail({ body: { email: 'ben@example.com' } }));
    expect((await call('verifyEmailOTP', () => client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: code('ben@example.com') } }))).user?.first_name).toBe('Ben');

    const registered = await call('registerWithForm', () => client.registerWithForm({ body: { first_name: 'Lata', email: 'lata@example.com' } }));
    expect(registered).toMatchObject({ success: true, verify_email_otp: true, user_exists: false });
    const lata = await client.verifyEmailOTP({ body: { email: 'lata@example.com', otp: code('lata@example.com'), register_token: registered.register_token, action: 'register' } });
    expect(lata.user?.first_name).toBe('Lata');
    await client.addEmail({ body: { email: 'lata.work@example.com' } });
    await call('verifyEmail', () => client.verifyEmail({ body: { code: code('lata.work@example.com', 'verify-email') } }));

    await call('loginWithEmailAndPassword', () => client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } }));
    expect((await call('hasPassword', () => client.hasPassword())).result).toBe(true);
    await call('updatePassword', () => client.updatePassword({ body: { old_password: 'Passw0rd!', new_password: 'Passw0rd!2' } }));
    await call('sendResetPasswordEmail', () => client.sendResetPasswordEmail({ body: { email: 'ana@example.com' } }));
    await call('sendResetToken', () => client.sendResetToken({ body: { code: code('ana@example.com', 'reset-password') } }));
    await call('forgotPassword', () => client.forgotPassword({ body: { code: code('ana@example.com', 'reset-password'), password: 'Passw0rd!3' } }));
    await call('loginWithToken', () => client.loginWithToken({ body: { token: `${FAKE_LOGIN_TOKEN_PREFIX}ana@example.com` } }));
    expect((await call('getLoggedInUser', () => client.getLoggedInUser())).user?.first_name).toBe('Ana');
    expect((await call('getListOfActiveSessions', () => client.getListOfActiveSessions())).sessions).toHaveLength(1);
    await call('updateProfile', () => client.updateProfile({ body: { last_name: 'Rao' } }));

    const phone = { phone: '9000000031', country_code: '91' };
    await call('addMobileNumber', () => client.addMobileNumber({ body: phone }));
    await call('sendVerificationLinkToMobile', () => client.sendVerificationLinkToMobile({ body: phone }));
    await call('verifyMobile', () => client.verifyMobile({ body: { code: code('9000000031', 'verify-mobile') } }));
    await call('setMobileNumberAsPrimary', () => client.setMobileNumberAsPrimary({ body: phone }));
    await call('deleteMobileNumber', () => client.deleteMobileNumber({ active: true, primary: false, verified: true, countryCode: '91', phone: '9876543210' }));

    await call('addEmail', () => client.addEmail({ body: { email: 'ana2@example.com' } }));
    await call('sendVerificationLinkToEmail', () => client.sendVerificationLinkToEmail({ body: { email: 'ana2@example.com' } }));
    await client.verifyEmail({ body: { code: code('ana2@example.com', 'verify-email') } });
    await call('setEmailAsPrimary', () => client.setEmailAsPrimary({ body: { email: 'ana2@example.com' } }));
    const left = await call('deleteEmail', () => client.deleteEmail({ active: true, primary: false, verified: true, email: 'ana@example.com' }));
    expect(left.user).toMatchObject({ emails: [{ email: 'ana2@example.com', primary: true }], phone_numbers: [{ phone: '9000000031', primary: true }] });
    expect(await call('logout', () => client.logout())).toEqual({ logout: true });

    expect([...called].sort()).toEqual([...userMethodNames].sort());
  });
});
