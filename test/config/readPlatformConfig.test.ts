import { describe, expect, it } from 'vitest';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import type { PlatformView } from '../../src/config/readPlatformConfig';
import { PlatformSchema } from '../../src/schemas/config';
import { normalizeResponse } from '../../src/schemas/lenient';
import { platformPresets } from '../../src/testing/presets';

/** The `getPlatformConfig` example of USER.md, as printed there. */
const userMdExample = {
  active: true,
  mobile_image: null,
  desktop_image: null,
  social: { facebook: true, google: true, account_kit: true },
  flash_card: { text: '', text_color: '#FFFFFF', background_color: '#EF5350' },
  register: true,
  forgot_password: true,
  login: { password: true, otp: true },
  skip_captcha: false,
  display: 'Fynd',
  subtext: 'Login to Fynd',
  name: 'Fynd',
  meta: {},
  required_fields: { email: { is_required: false, level: 'hard' }, mobile: { is_required: true, level: 'hard' } },
  register_required_fields: { email: { is_required: false, level: 'hard' }, mobile: { is_required: true, level: 'hard' } },
  skip_login: false,
  look_and_feel: { background_color: '#F5F5F5', card_position: 'center' },
  social_tokens: { google: { appId: 'token_123' }, facebook: { appId: '2033146826724884' }, account_kit: { appId: '548529975557631' } },
  _id: '5e04a5e5220bc15839ad9bc0',
  created_at: '2019-12-26T12:21:57.878Z',
  updated_at: '2020-08-13T14:31:09.878Z',
  __v: 0,
};

const hard = { required: true, level: 'hard' } as const;
const soft = { required: true, level: 'soft' } as const;
const notRequired = { required: false, level: 'soft' } as const;

/** The view of a config with nothing in it. */
const defaults: PlatformView = {
  status: 'ok',
  hasSignInMethod: true,
  loginMethods: { password: true, otp: true },
  identifiers: { email: true, mobile: true },
  primaryIdentifier: 'mobile',
  social: [],
  canRegister: true,
  canResetPassword: true,
  registerFields: { email: notRequired, mobile: notRequired },
  requiredFields: { email: notRequired, mobile: notRequired },
  headings: { title: undefined, subtitle: undefined },
  images: { desktop: undefined, mobile: undefined },
  flashCard: undefined,
  skipLogin: false,
  captchaRequired: false,
  cardPosition: 'center',
};

describe('readPlatformConfig: presets', () => {
  const base: PlatformView = {
    ...defaults,
    social: [
      { provider: 'google', appId: 'fake-google-client-id.apps.googleusercontent.com' },
      { provider: 'facebook', appId: '2033146826724884' },
    ],
    primaryIdentifier: 'email',
    registerFields: { email: hard, mobile: soft },
    requiredFields: { email: hard, mobile: soft },
    headings: { title: 'Fynd', subtitle: 'Login to Fynd' },
  };

  it('default: password and OTP, Google and Facebook, email first', () => {
    expect(readPlatformConfig(platformPresets.default)).toEqual(base);
  });

  it('otpOnly: mobile OTP only, no social, no password reset', () => {
    expect(readPlatformConfig(platformPresets.otpOnly)).toEqual({
      ...base,
      loginMethods: { password: false, otp: true },
      identifiers: { email: false, mobile: true },
      primaryIdentifier: 'mobile',
      social: [],
      canResetPassword: false,
      registerFields: { email: notRequired, mobile: hard },
      requiredFields: { email: notRequired, mobile: hard },
    });
  });

  it('passwordOnly: email or mobile with a password, no social', () => {
    expect(readPlatformConfig(platformPresets.passwordOnly)).toEqual({
      ...base,
      loginMethods: { password: true, otp: false },
      identifiers: { email: true, mobile: true },
      social: [],
    });
  });

  it('hardRequiredEmailAndMobile: both hard at registration; mobile first on a tie with OTP on', () => {
    expect(readPlatformConfig(platformPresets.hardRequiredEmailAndMobile)).toEqual({
      ...base,
      primaryIdentifier: 'mobile',
      registerFields: { email: hard, mobile: hard },
      requiredFields: { email: hard, mobile: hard },
    });
  });

  it('noSignInMethod: the "no sign-in method" state', () => {
    expect(readPlatformConfig(platformPresets.noSignInMethod)).toEqual({
      ...base,
      status: 'no-sign-in-method',
      hasSignInMethod: false,
      loginMethods: { password: false, otp: false },
      identifiers: { email: false, mobile: false },
      primaryIdentifier: undefined,
      social: [],
      canRegister: false,
      canResetPassword: false,
    });
  });

  it('branded: headings, images, flash card, card position, Google and Apple', () => {
    expect(readPlatformConfig(platformPresets.branded)).toEqual({
      ...base,
      social: [
        { provider: 'google', appId: 'acme-google-client-id.apps.googleusercontent.com' },
        { provider: 'apple', appId: 'com.acme.store' },
      ],
      headings: { title: 'Welcome to Acme Store', subtitle: 'Sign in to track orders and save your favourites' },
      images: { desktop: 'https://cdn.example.com/acme/login-desktop.jpg', mobile: 'https://cdn.example.com/acme/login-mobile.jpg' },
      flashCard: { text: 'Free shipping on your first order', textColor: '#1a1a1a', backgroundColor: '#ffd54f' },
      cardPosition: 'right',
    });
  });
});

describe('readPlatformConfig: the USER.md example', () => {
  it('reads the example after lenient parsing (appId → app_id, null images dropped)', () => {
    const parsed = PlatformSchema.parse(normalizeResponse(userMdExample));
    expect(readPlatformConfig(parsed)).toEqual({
      ...defaults,
      primaryIdentifier: 'mobile',
      social: [
        { provider: 'google', appId: 'token_123' },
        { provider: 'facebook', appId: '2033146826724884' },
        { provider: 'account_kit', appId: '548529975557631' },
      ],
      registerFields: { email: { required: false, level: 'hard' }, mobile: hard },
      requiredFields: { email: { required: false, level: 'hard' }, mobile: hard },
      headings: { title: 'Fynd', subtitle: 'Login to Fynd' },
      captchaRequired: true,
    });
  });
});

describe('readPlatformConfig: defaults', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty object', {}],
    ['empty parts', { login: {}, social: {}, required_fields: {}, register_required_fields: {}, look_and_feel: {}, flash_card: {}, social_tokens: {} }],
  ])('gives %s password + OTP, no social, register and forgot on, no captcha', (_name, config) => {
    expect(readPlatformConfig(config)).toEqual(defaults);
  });

  it('defaults each missing field on its own', () => {
    const view = readPlatformConfig({ login: { password: false }, register: false, skip_captcha: true, skip_login: true });
    expect(view.loginMethods).toEqual({ password: false, otp: true });
    expect(view.canRegister).toBe(false);
    expect(view.canResetPassword).toBe(false);
    expect(view.captchaRequired).toBe(false);
    expect(view.skipLogin).toBe(true);
  });
});

describe('readPlatformConfig: sign-in methods', () => {
  const off = { password: false, otp: false };
  const noSocial = { google: false, facebook: false, apple: false, account_kit: false };

  it('says "no sign-in method" when every method is off, whatever else is on', () => {
    const view = readPlatformConfig({ login: off, social: noSocial, register: true, forgot_password: true });
    expect(view.status).toBe('no-sign-in-method');
    expect(view.hasSignInMethod).toBe(false);
    expect(view.canResetPassword).toBe(false);
    expect(view.primaryIdentifier).toBeUndefined();
  });

  it('counts a social button as a sign-in method, even without an app id', () => {
    const view = readPlatformConfig({ login: off, social: { ...noSocial, apple: true } });
    expect(view.status).toBe('ok');
    expect(view.hasSignInMethod).toBe(true);
    expect(view.social).toEqual([{ provider: 'apple', appId: undefined }]);
    expect(view.identifiers).toEqual({ email: false, mobile: false });
  });

  it('lists social providers in a fixed order, with trimmed app ids', () => {
    const view = readPlatformConfig({
      social: { account_kit: true, apple: true, facebook: true, google: true },
      social_tokens: { google: { app_id: '  g-id  ' }, facebook: { app_id: '   ' }, apple: { app_id: 'a-id' } },
    });
    expect(view.social).toEqual([
      { provider: 'google', appId: 'g-id' },
      { provider: 'facebook', appId: undefined },
      { provider: 'apple', appId: 'a-id' },
      { provider: 'account_kit', appId: undefined },
    ]);
  });

  it('shows only providers whose flag is exactly true', () => {
    const view = readPlatformConfig({ social: { google: false }, social_tokens: { google: { app_id: 'g' }, facebook: { app_id: 'f' } } });
    expect(view.social).toEqual([]);
  });
});

describe('readPlatformConfig: identifiers', () => {
  const req = (email: boolean, mobile: boolean) => ({
    email: { is_required: email, level: 'hard' },
    mobile: { is_required: mobile, level: 'hard' },
  });

  it.each<[string, { password: boolean; otp: boolean }, ReturnType<typeof req> | undefined, PlatformView['identifiers'], PlatformView['primaryIdentifier']]>([
    ['password accepts both', { password: true, otp: false }, undefined, { email: true, mobile: true }, 'email'],
    ['password, mobile required', { password: true, otp: false }, req(false, true), { email: true, mobile: true }, 'mobile'],
    ['OTP with nothing required offers both, mobile first', { password: false, otp: true }, undefined, { email: true, mobile: true }, 'mobile'],
    ['OTP with both required offers both', { password: false, otp: true }, req(true, true), { email: true, mobile: true }, 'mobile'],
    ['OTP with only mobile required is mobile only', { password: false, otp: true }, req(false, true), { email: false, mobile: true }, 'mobile'],
    ['OTP with only email required is email only', { password: false, otp: true }, req(true, false), { email: true, mobile: false }, 'email'],
    ['password + OTP, only email required: both, email first', { password: true, otp: true }, req(true, false), { email: true, mobile: true }, 'email'],
    ['nothing on', { password: false, otp: false }, req(true, true), { email: false, mobile: false }, undefined],
  ])('%s', (_name, login, required_fields, identifiers, primary) => {
    const view = readPlatformConfig({ login, required_fields });
    expect(view.identifiers).toEqual(identifiers);
    expect(view.primaryIdentifier).toBe(primary);
  });

  it('asks first for the identifier required_fields weighs most (hard > soft > not required)', () => {
    const view = readPlatformConfig({
      login: { password: true, otp: true },
      required_fields: { email: { is_required: true, level: 'hard' }, mobile: { is_required: true, level: 'soft' } },
    });
    expect(view.primaryIdentifier).toBe('email');
  });
});

describe('readPlatformConfig: field rules', () => {
  it.each<[{ is_required?: boolean; level?: string } | undefined, { required: boolean; level: 'hard' | 'soft' }]>([
    [{ is_required: true, level: 'hard' }, hard],
    [{ is_required: true, level: 'soft' }, soft],
    [{ is_required: true, level: ' SOFT ' }, soft],
    [{ is_required: true, level: 'mandatory' }, hard],
    [{ is_required: true }, hard],
    [{ is_required: false, level: 'hard' }, { required: false, level: 'hard' }],
    [{ is_required: false, level: 'weird' }, notRequired],
    [{ level: 'hard' }, { required: false, level: 'hard' }],
    [undefined, notRequired],
  ])('%j → %j', (field, rule) => {
    const view = readPlatformConfig({ register_required_fields: { email: field }, required_fields: { mobile: field } });
    expect(view.registerFields.email).toEqual(rule);
    expect(view.requiredFields.mobile).toEqual(rule);
  });
});

describe('readPlatformConfig: texts, images, flash card', () => {
  it('keeps headings and the flash card as plain, trimmed text, markup included', () => {
    const view = readPlatformConfig({
      display: '  <img src=x onerror=alert(1)>  ',
      subtext: '<b>Hi</b> & welcome',
      flash_card: { text: ' <script>alert(1)</script> ', text_color: '#000', background_color: '#fff' },
    });
    expect(view.headings).toEqual({ title: '<img src=x onerror=alert(1)>', subtitle: '<b>Hi</b> & welcome' });
    expect(view.flashCard).toEqual({ text: '<script>alert(1)</script>', textColor: '#000000', backgroundColor: '#ffffff' });
  });

  it('reads blank headings and a blank flash card as absent', () => {
    const view = readPlatformConfig({ display: '   ', subtext: '', flash_card: { text: '  ', text_color: '#000', background_color: '#fff' } });
    expect(view.headings).toEqual({ title: undefined, subtitle: undefined });
    expect(view.flashCard).toBeUndefined();
  });

  it('fixes an unreadable flash card text colour, as themeFromConfig does', () => {
    const view = readPlatformConfig({ flash_card: { text: 'Sale', text_color: '#FFFFFF', background_color: '#FFEB3B' } });
    expect(view.flashCard).toEqual({ text: 'Sale', textColor: '#000000', backgroundColor: '#ffeb3b' });
  });

  it('drops unsafe images and unknown card positions', () => {
    const view = readPlatformConfig({
      desktop_image: 'http://cdn.example.com/a.jpg',
      mobile_image: 'javascript:alert(1)',
      look_and_feel: { card_position: 'top' },
    });
    expect(view.images).toEqual({ desktop: undefined, mobile: undefined });
    expect(view.cardPosition).toBe('center');
  });

  it('reads card positions', () => {
    expect(readPlatformConfig({ look_and_feel: { card_position: 'left' } }).cardPosition).toBe('left');
    expect(readPlatformConfig({ look_and_feel: { card_position: 'Right' } }).cardPosition).toBe('right');
  });
});
