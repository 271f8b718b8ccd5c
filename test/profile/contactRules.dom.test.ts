import { describe, expect, it } from 'vitest';
import { isFdkApiError } from '../../src/client/errors';
import type { UserClient } from '../../src/client/createUserClient';
import {
  canAddEmail,
  canAddPhone,
  canDeleteEmail,
  canDeletePhone,
  canMakeEmailPrimary,
  canMakePhonePrimary,
  canSendEmailLink,
  canSendPhoneLink,
  verifiedContactCount,
  type ContactRuleResult,
} from '../../src/forms/profile/contactRules';
import type { MessageKey } from '../../src/i18n/messages';
import { serverTexts } from '../../src/client/serverTexts';
import type { UserSchema } from '../../src/schemas/common';
import { fakeUserMessages, type FakeSeedUser } from '../../src/testing/index';
import { setupFakeBackend } from './helpers';

/*
 * The rule functions must say exactly what the fake service answers: every rule × every contact of several
 * account shapes is run against a fresh service, and the rule's verdict (and reason) is compared with the answer.
 */

const backend = setupFakeBackend();
const PASSWORD = 'Passw0rd!';
const seedWith = (emails: FakeSeedUser['emails'], phones: FakeSeedUser['phone_numbers']): FakeSeedUser[] => [
  { first_name: 'Zed', password: PASSWORD, emails, phone_numbers: phones },
  { first_name: 'Other', emails: [{ email: 'taken@example.com' }], phone_numbers: [{ country_code: 91, phone: '9000000001' }] },
];

const shapes: Record<string, FakeSeedUser[]> = {
  'primary email and primary phone, both verified': seedWith([{ email: 'z1@example.com' }], [{ country_code: 91, phone: '9111111111' }]),
  'one verified email only': seedWith([{ email: 'z1@example.com' }], []),
  'two verified emails, an unverified phone': seedWith(
    [{ email: 'z1@example.com' }, { email: 'z2@example.com', verified: true }],
    [{ country_code: 91, phone: '9111111111', primary: false, verified: false }],
  ),
  'verified primary email, unverified second email, unverified primary phone': seedWith(
    [{ email: 'z1@example.com' }, { email: 'z2@example.com', verified: false }],
    [{ country_code: 44, phone: '7700900123', primary: true, verified: false }],
  ),
  'unverified primary email, one verified phone': seedWith([{ email: 'z1@example.com', verified: false }], [{ country_code: 91, phone: '9111111111', primary: false }]),
};

/** What the fake answers for each reason (the rule refuses ⇔ the service refuses with this message). */
const serverMessageFor: Partial<Record<MessageKey, string>> = {
  emailsNotFound: fakeUserMessages.emailNotFound,
  phonesNotFound: fakeUserMessages.mobileNotFound,
  emailsDeleteDisabledPrimary: fakeUserMessages.deletePrimaryEmail,
  phonesDeleteDisabledPrimary: fakeUserMessages.deletePrimaryMobile,
  emailsDeleteDisabledLast: fakeUserMessages.deleteLastVerified,
  phonesDeleteDisabledLast: fakeUserMessages.deleteLastVerified,
  emailsPrimaryDisabledUnverified: fakeUserMessages.primaryNeedsVerifiedEmail,
  phonesPrimaryDisabledUnverified: fakeUserMessages.primaryNeedsVerifiedMobile,
  emailsAlreadyVerified: fakeUserMessages.alreadyVerifiedEmail,
  phonesAlreadyVerified: fakeUserMessages.alreadyVerifiedMobile,
  emailsAlreadyAdded: fakeUserMessages.emailAlreadyAdded,
  phonesAlreadyAdded: fakeUserMessages.mobileAlreadyAdded,
  validationEmail: serverTexts.emailInvalid,
  validationMobile: serverTexts.mobileInvalid,
  validationCountryCode: serverTexts.mobileInvalid,
};

type Operation = {
  name: string;
  rule: (user: UserSchema) => ContactRuleResult;
  call: (client: UserClient, user: UserSchema) => Promise<unknown>;
};

function emailOperations(email: string): Operation[] {
  const flags = (user: UserSchema) => {
    const entry = user.emails?.find((item) => item.email === email);
    return { active: entry?.active ?? true, primary: entry?.primary ?? false, verified: entry?.verified ?? false };
  };
  return [
    { name: `delete ${email}`, rule: (user) => canDeleteEmail(user, email), call: (client, user) => client.deleteEmail({ email, ...flags(user) }) },
    { name: `make ${email} primary`, rule: (user) => canMakeEmailPrimary(user, email), call: (client) => client.setEmailAsPrimary({ body: { email } }) },
    { name: `send a link to ${email}`, rule: (user) => canSendEmailLink(user, email), call: (client) => client.sendVerificationLinkToEmail({ body: { email } }) },
  ];
}

function phoneOperations(countryCode: string, phone: string): Operation[] {
  const ref = { phone, country_code: countryCode };
  const body = (user: UserSchema) => {
    const entry = user.phone_numbers?.find((item) => item.phone === phone);
    return { phone, country_code: countryCode, active: entry?.active ?? true, primary: entry?.primary ?? false, verified: entry?.verified ?? false };
  };
  return [
    {
      name: `delete +${countryCode} ${phone}`,
      rule: (user) => canDeletePhone(user, ref),
      call: (client, user) => {
        const { country_code, ...rest } = body(user);
        return client.deleteMobileNumber({ ...rest, countryCode: country_code });
      },
    },
    { name: `make +${countryCode} ${phone} primary`, rule: (user) => canMakePhonePrimary(user, ref), call: (client, user) => client.setMobileNumberAsPrimary({ body: body(user) }) },
    { name: `send a link to +${countryCode} ${phone}`, rule: (user) => canSendPhoneLink(user, ref), call: (client, user) => client.sendVerificationLinkToMobile({ body: body(user) }) },
  ];
}

const addOperations: Operation[] = [
  ...['z1@example.com', ' Z1@Example.com ', 'new@example.com', 'not-an-email'].map((email) => ({
    name: `add email ${JSON.stringify(email)}`,
    rule: (user: UserSchema) => canAddEmail(user, email),
    call: (client: UserClient) => client.addEmail({ body: { email } }),
  })),
  ...[
    ['91', '9111111111'],
    ['+91', '91111 11111'],
    ['44', '9111111111'],
    ['91', '9222222222'],
    ['91', '123'],
    ['+', '9222222222'],
  ].map(([countryCode, phone]) => ({
    name: `add mobile +${countryCode} ${phone}`,
    rule: (user: UserSchema) => canAddPhone(user, { phone, country_code: countryCode }),
    call: (client: UserClient) => client.addMobileNumber({ body: { phone: phone!, country_code: countryCode! } }),
  })),
];

const operations: Operation[] = [
  ...emailOperations('z1@example.com'),
  ...emailOperations('z2@example.com'),
  ...emailOperations('absent@example.com'),
  ...phoneOperations('91', '9111111111'),
  ...phoneOperations('44', '7700900123'),
  ...addOperations,
];

const cases = Object.entries(shapes).flatMap(([shape, seed]) => operations.map((operation) => ({ title: `${shape}: ${operation.name}`, seed, operation })));

describe('contact rules mirror the fake service', () => {
  it.each(cases)('$title', async ({ seed, operation }) => {
    const { client } = await backend.start({ seed, signedIn: false });
    await client.loginWithEmailAndPassword({ body: { username: 'z1@example.com', password: PASSWORD } }).catch(async () => {
      // The first email may be unverified: sign in by the one-time login token instead.
      await client.loginWithToken({ body: { token: 'fake-login-token:z1@example.com' } });
    });
    const user = (await client.getLoggedInUser()).user!;
    const rule = operation.rule(user);
    let failure: unknown;
    try {
      await operation.call(client, user);
    } catch (error) {
      failure = error;
    }
    if (rule.ok) {
      expect(failure, 'the rule allows it, so the service must').toBeUndefined();
      return;
    }
    if (rule.reason === 'emailsPrimaryDisabledAlready' || rule.reason === 'phonesPrimaryDisabledAlready') {
      // The only deliberate difference: making the primary contact primary again is a no-op the UI does not offer.
      expect(failure).toBeUndefined();
      return;
    }
    expect(isFdkApiError(failure), `the rule refuses (${rule.reason}), so the service must`).toBe(true);
    expect(failure).toMatchObject({ serverMessage: serverMessageFor[rule.reason] });
  });

  it('leaves to the server what only it knows: an address of another account', async () => {
    const { client } = await backend.start({ seed: shapes['one verified email only']!, signedIn: false });
    await client.loginWithEmailAndPassword({ body: { username: 'z1@example.com', password: PASSWORD } });
    const user = (await client.getLoggedInUser()).user!;
    expect(canAddEmail(user, 'taken@example.com')).toEqual({ ok: true });
    await expect(client.addEmail({ body: { email: 'taken@example.com' } })).rejects.toMatchObject({ status: 409, serverMessage: fakeUserMessages.emailTaken });
  });
});

describe('contact rules, by hand', () => {
  const user = {
    emails: [
      { email: 'ana@example.com', primary: true, verified: true, active: true },
      { email: 'old@example.com', primary: false, verified: false, active: true },
    ],
    phone_numbers: [{ phone: '9876543210', country_code: 91, primary: true, verified: true, active: true }],
  } as UserSchema;

  it.each([
    ['the primary email', canDeleteEmail(user, 'ana@example.com'), { ok: false, reason: 'emailsDeleteDisabledPrimary' }],
    ['an unverified email', canDeleteEmail(user, 'old@example.com'), { ok: true }],
    ['an absent email', canDeleteEmail(user, 'nobody@example.com'), { ok: false, reason: 'emailsNotFound' }],
    ['making an unverified email primary', canMakeEmailPrimary(user, 'OLD@example.com'), { ok: false, reason: 'emailsPrimaryDisabledUnverified' }],
    ['a link to a verified email', canSendEmailLink(user, 'ana@example.com'), { ok: false, reason: 'emailsAlreadyVerified' }],
    ['the primary phone', canDeletePhone(user, { phone: '98765-43210', country_code: '+91' }), { ok: false, reason: 'phonesDeleteDisabledPrimary' }],
    ['the same number in another country', canDeletePhone(user, { phone: '9876543210', country_code: '44' }), { ok: false, reason: 'phonesNotFound' }],
    ['adding an email already there (any case)', canAddEmail(user, ' ANA@example.com'), { ok: false, reason: 'emailsAlreadyAdded' }],
    ['adding a phone already there (formatted)', canAddPhone(user, { phone: '98765 43210', country_code: '091' }), { ok: false, reason: 'phonesAlreadyAdded' }],
  ] as const)('%s', (_name, result, expected) => {
    expect(result).toEqual(expected);
  });

  it('counts verified contacts across emails and phones', () => {
    expect(verifiedContactCount(user)).toBe(2);
    expect(verifiedContactCount(null)).toBe(0);
    const lastOne = { emails: [{ email: 'a@example.com', verified: true, primary: false }], phone_numbers: [{ phone: '9111111111', country_code: 91, verified: false, primary: true }] } as UserSchema;
    expect(canDeleteEmail(lastOne, 'a@example.com')).toEqual({ ok: false, reason: 'emailsDeleteDisabledLast' });
  });
});
