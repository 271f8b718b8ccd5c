import { afterEach, describe, expect, it } from 'vitest';
import { fakeUserMessages, startFakeUserServer, type FakeUserServer, type FakeUserServerOptions } from '../../src/testing/index';
import { fakeClient, manualClock, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function signedInAsAna(options: FakeUserServerOptions = {}) {
  fake = await startFakeUserServer(options);
  const client = fakeClient(fake.url);
  await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
  return { fake, client };
}

describe('updateProfile', () => {
  it('edits names, gender, dob and picture', async () => {
    const clock = manualClock(Date.parse('2025-06-01T00:00:00.000Z'));
    const { client } = await signedInAsAna({ now: clock.now });
    clock.advance(60_000);
    const answer = await client.updateProfile({
      body: { first_name: ' Anaya ', last_name: 'Rao-Iyer', gender: 'Unisex', dob: '1991-12-31', profile_pic_url: 'https://cdn.example.com/me.png' },
    });
    expect(answer).toMatchObject({ user_exists: true, verify_email_link: false, verify_email_otp: false, verify_mobile_otp: false });
    expect(answer.user).toMatchObject({ first_name: 'Anaya', last_name: 'Rao-Iyer', gender: 'unisex', dob: '1991-12-31', profile_pic_url: 'https://cdn.example.com/me.png', updated_at: '2025-06-01T00:01:00.000Z' });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Anaya');
  });

  it.each([
    [{ first_name: '  ' }, 'first_name cannot be empty'],
    [{ gender: 'robot' }, fakeUserMessages.invalidGender],
    [{ gender: 'other' }, fakeUserMessages.invalidGender],
    [{ dob: '31/12/1991' }, fakeUserMessages.invalidDob],
    [{ dob: '2999-01-01' }, fakeUserMessages.invalidDob],
    [{ profile_pic_url: 'javascript:alert(1)' }, fakeUserMessages.invalidPictureUrl],
  ])('refuses %j with 400', async (body, message) => {
    const { client } = await signedInAsAna();
    // rawServerMessage: texts naming a field (first_name, profile_pic_url) are not shown to shoppers.
    expect(await rejectionOf(client.updateProfile({ body }))).toMatchObject({ status: 400, rawServerMessage: message });
    expect((await client.getLoggedInUser()).user).toMatchObject({ first_name: 'Ana', gender: 'female', dob: '1992-04-18' });
  });

  it('validates the body types on the server too', async () => {
    const { fake, client } = await signedInAsAna();
    const cookie = `fdk_session=${client.cookies.jar.get('fdk_session')?.value}`;
    const response = await fetch(`${fake.url}/service/application/user/profile/v1.0/detail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ first_name: 5 }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/^Invalid request body: first_name: /);
    const broken = await fetch(`${fake.url}/service/application/user/profile/v1.0/detail`, { method: 'POST', headers: { cookie }, body: '{"first_name":' });
    expect(await broken.json()).toEqual({ message: fakeUserMessages.invalidJson });
  });

  it('adds a new mobile unverified and sends it an OTP with the resend fields; a new email gets a link', async () => {
    const { fake, client } = await signedInAsAna();
    const answer = await client.updateProfile({ body: { mobile: { phone: '9000000040', country_code: '91' }, email: 'ana.new@example.com' } });
    expect(answer).toMatchObject({
      user_exists: true,
      verify_mobile_otp: true,
      verify_email_link: true,
      email: 'ana.new@example.com',
      mobile: '9000000040',
      country_code: '91',
      resend_timer: 30,
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      resend_token: expect.any(String) as unknown,
    });
    expect(answer.user?.phone_numbers?.[1]).toEqual({ country_code: 91, phone: '9000000040', primary: false, verified: false, active: true });
    expect(fake.service.lastMessage('ana.new@example.com')?.kind).toBe('verify-email');
    await client.verifyMobileOTP({ body: { request_id: answer.request_id, otp: fake.service.lastCode('9000000040') } });
    expect((await client.getLoggedInUser()).user?.phone_numbers?.[1]?.verified).toBe(true);
    expect(fake.service.sessionsOf('ana@example.com')).toHaveLength(1);
  });
});

describe('emails', () => {
  it('adds unverified, verifies by link, makes primary, deletes, with every rule', async () => {
    const { fake, client } = await signedInAsAna();
    const added = await client.addEmail({ body: { email: 'Ana.Work@example.com' } });
    expect(added.verify_email_link).toBe(true);
    expect(added.user?.emails).toEqual([
      { email: 'ana@example.com', primary: true, verified: true, active: true },
      { email: 'ana.work@example.com', primary: false, verified: false, active: true },
    ]);
    const firstLink = fake.service.lastCode('ana.work@example.com', 'verify-email');
    expect(firstLink).toMatch(/^ve\d{6}$/);

    expect(await rejectionOf(client.addEmail({ body: { email: 'ana.work@example.com' } }))).toMatchObject({ status: 409, serverMessage: fakeUserMessages.emailAlreadyAdded });
    expect(await rejectionOf(client.addEmail({ body: { email: 'ben@example.com' } }))).toMatchObject({ status: 409, serverMessage: fakeUserMessages.emailTaken });
    expect(await rejectionOf(client.setEmailAsPrimary({ body: { email: 'ana.work@example.com' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.primaryNeedsVerifiedEmail,
    });
    expect(await rejectionOf(client.setEmailAsPrimary({ body: { email: 'nope@example.com' } }))).toMatchObject({ status: 404 });

    expect(await client.sendVerificationLinkToEmail({ body: { email: 'ana.work@example.com' } })).toEqual({ verify_email_link: true });
    const secondLink = fake.service.lastCode('ana.work@example.com', 'verify-email');
    expect(secondLink).not.toBe(firstLink);
    await client.verifyEmail({ body: { code: secondLink } });
    expect(await rejectionOf(client.sendVerificationLinkToEmail({ body: { email: 'ana.work@example.com' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.alreadyVerifiedEmail,
    });

    const primary = await client.setEmailAsPrimary({ body: { email: 'ana.work@example.com' } });
    expect(primary.user?.emails?.map((entry) => [entry.email, entry.primary])).toEqual([
      ['ana@example.com', false],
      ['ana.work@example.com', true],
    ]);
    const deleteArgs = { active: true, primary: false, verified: true };
    expect(await rejectionOf(client.deleteEmail({ ...deleteArgs, email: 'ana.work@example.com' }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.deletePrimaryEmail });
    expect(await rejectionOf(client.deleteEmail({ ...deleteArgs, email: 'absent@example.com' }))).toMatchObject({ status: 404, serverMessage: fakeUserMessages.emailNotFound });
    const deleted = await client.deleteEmail({ ...deleteArgs, email: 'ana@example.com', platform: 'Fynd' });
    expect(deleted.user?.emails?.map((entry) => entry.email)).toEqual(['ana.work@example.com']);
  });
});

describe('phone numbers', () => {
  it('adds unverified, verifies by link, makes primary, deletes, with every rule', async () => {
    const { fake, client } = await signedInAsAna();
    const added = await client.addMobileNumber({ body: { phone: '9123456780', country_code: '91' } });
    expect(added.verify_mobile_link).toBe(true);
    expect(added.user?.phone_numbers?.[1]).toEqual({ country_code: 91, phone: '9123456780', primary: false, verified: false, active: true });
    expect(fake.service.lastMessage('9123456780')).toMatchObject({ kind: 'verify-mobile', channel: 'sms', to: '+91 9123456780' });

    expect(await rejectionOf(client.addMobileNumber({ body: { phone: '9123456780', country_code: '91' } }))).toMatchObject({ status: 409, serverMessage: fakeUserMessages.mobileAlreadyAdded });
    const target = { phone: '9123456780', country_code: '91' };
    expect(await rejectionOf(client.setMobileNumberAsPrimary({ body: target }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.primaryNeedsVerifiedMobile });
    expect(await rejectionOf(client.sendVerificationLinkToMobile({ body: { phone: '9000000009', country_code: '91' } }))).toMatchObject({ status: 404 });

    expect(await client.sendVerificationLinkToMobile({ body: target })).toEqual({ verify_mobile_link: true });
    expect(await client.verifyMobile({ body: { code: fake.service.lastCode('9123456780', 'verify-mobile') } })).toEqual({ message: 'verified' });
    expect(await rejectionOf(client.sendVerificationLinkToMobile({ body: target }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.alreadyVerifiedMobile });

    const primary = await client.setMobileNumberAsPrimary({ body: { ...target, verified: true, active: true, primary: false } });
    expect(primary.user?.phone_numbers?.map((entry) => [entry.phone, entry.primary])).toEqual([
      ['9876543210', false],
      ['9123456780', true],
    ]);
    const flags = { active: true, primary: false, verified: true };
    expect(await rejectionOf(client.deleteMobileNumber({ ...flags, countryCode: '91', phone: '9123456780' }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.deletePrimaryMobile,
    });
    expect(await rejectionOf(client.deleteMobileNumber({ ...flags, countryCode: '44', phone: '9876543210' }))).toMatchObject({ status: 404, serverMessage: fakeUserMessages.mobileNotFound });
    const deleted = await client.deleteMobileNumber({ ...flags, countryCode: '91', phone: '9876543210' });
    expect(deleted.user?.phone_numbers?.map((entry) => entry.phone)).toEqual(['9123456780']);
    // The old number is free again: Ana can no longer sign in with it.
    expect(await rejectionOf(fakeClient(fake.url).loginWithEmailAndPassword({ body: { username: '9876543210', password: 'Passw0rd!' } }))).toMatchObject({ status: 400 });
  });

  it('refuses to delete the last verified contact even when it is not primary', async () => {
    fake = await startFakeUserServer({
      seed: [
        {
          first_name: 'Jay',
          emails: [{ email: 'jay@example.com', primary: true, verified: false }],
          phone_numbers: [{ country_code: 91, phone: '9000000010', primary: false, verified: true }],
          password: 'JayPassw0rd',
        },
      ],
    });
    const client = fakeClient(fake.url);
    await client.loginWithEmailAndPassword({ body: { username: '9000000010', password: 'JayPassw0rd' } });
    expect(await rejectionOf(client.deleteMobileNumber({ active: true, primary: false, verified: true, countryCode: '91', phone: '9000000010' }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.deleteLastVerified,
    });
    expect(await rejectionOf(client.addMobileNumber({ body: { phone: '9000000010', country_code: '91' } }))).toMatchObject({ status: 409 });
  });
});
