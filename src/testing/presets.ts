import type { PlatformSchema } from '../schemas/config';

/*
 * PlatformSchema presets for the fake service, Storybook and tests: each is a complete `getPlatformConfig`
 * answer as a real application could send it.
 */

const deleteAccountReasons: NonNullable<PlatformSchema['delete_account_reasons']> = [
  { reason_id: '1', reason_text: 'I have another account', show_text_area: false },
  { reason_id: '2', reason_text: 'Other', show_text_area: true },
];

const base = {
  active: true,
  name: 'Fynd',
  display: 'Fynd',
  subtext: 'Login to Fynd',
  meta: {},
  register: true,
  forgot_password: true,
  skip_captcha: true,
  skip_login: false,
  login: { password: true, otp: true },
  social: { facebook: true, google: true, account_kit: false, apple: false },
  social_tokens: {
    google: { app_id: 'fake-google-client-id.apps.googleusercontent.com' },
    facebook: { app_id: '2033146826724884' },
  },
  flash_card: { text: '', text_color: '#FFFFFF', background_color: '#EF5350' },
  look_and_feel: { background_color: '#F5F5F5', card_position: 'center' },
  required_fields: {
    email: { is_required: true, level: 'hard' },
    mobile: { is_required: true, level: 'soft' },
  },
  register_required_fields: {
    email: { is_required: true, level: 'hard' },
    mobile: { is_required: true, level: 'soft' },
  },
  session_config: { duration: 30, is_rolling: true, type: 'Days' },
  delete_account_day: 7,
  delete_account_reasons: deleteAccountReasons,
  delete_account_consent: { consent_text: 'I understand that my account and its data will be deleted.' },
  _id: '5e04a5e5220bc15839ad9bc0',
  created_at: '2019-12-26T12:21:57.878Z',
  updated_at: '2020-08-13T14:31:09.878Z',
} as const;

/** Names of the built-in presets. */
export type PlatformPresetName = 'default' | 'otpOnly' | 'passwordOnly' | 'hardRequiredEmailAndMobile' | 'noSignInMethod' | 'branded' | 'captcha';

/**
 * The built-in PlatformSchema presets. Every one carries Fynd's session lifetime (`session_config`: 30 days,
 * rolling) and the account-deletion settings of the real PlatformConfig (flows.md F16).
 * - `default`: password + OTP, Google and Facebook buttons, email hard-required and mobile soft at registration.
 * - `otpOnly`: mobile OTP only, no social, no password reset.
 * - `passwordOnly`: email/mobile + password only, no social.
 * - `hardRequiredEmailAndMobile`: both email and mobile must be given at registration.
 * - `noSignInMethod`: every sign-in method off (the screens say so instead of showing an empty form).
 * - `branded`: colours, images, a flash card and headings; Google and Apple (with its redirect URI).
 * - `captcha`: the default preset with `skip_captcha: false` (the fake then refuses an empty `captcha_code`).
 * @example
 * const service = createFakeUserService({ preset: 'otpOnly' });
 * service.setPreset(platformPresets.captcha);
 */
export const platformPresets: Readonly<Record<PlatformPresetName, PlatformSchema>> = {
  default: { ...base },
  otpOnly: {
    ...base,
    login: { password: false, otp: true },
    social: { facebook: false, google: false, account_kit: false, apple: false },
    forgot_password: false,
    register_required_fields: {
      email: { is_required: false, level: 'soft' },
      mobile: { is_required: true, level: 'hard' },
    },
    required_fields: {
      email: { is_required: false, level: 'soft' },
      mobile: { is_required: true, level: 'hard' },
    },
  },
  passwordOnly: {
    ...base,
    login: { password: true, otp: false },
    social: { facebook: false, google: false, account_kit: false, apple: false },
  },
  hardRequiredEmailAndMobile: {
    ...base,
    required_fields: {
      email: { is_required: true, level: 'hard' },
      mobile: { is_required: true, level: 'hard' },
    },
    register_required_fields: {
      email: { is_required: true, level: 'hard' },
      mobile: { is_required: true, level: 'hard' },
    },
  },
  noSignInMethod: {
    ...base,
    login: { password: false, otp: false },
    social: { facebook: false, google: false, account_kit: false, apple: false },
    register: false,
    forgot_password: false,
  },
  branded: {
    ...base,
    display: 'Welcome to Acme Store',
    subtext: 'Sign in to track orders and save your favourites',
    desktop_image: 'https://cdn.example.com/acme/login-desktop.jpg',
    mobile_image: 'https://cdn.example.com/acme/login-mobile.jpg',
    flash_card: { text: 'Free shipping on your first order', text_color: '#1A1A1A', background_color: '#FFD54F' },
    look_and_feel: { background_color: '#0B3D2E', card_position: 'right' },
    social: { facebook: false, google: true, account_kit: false, apple: true },
    social_tokens: {
      google: { app_id: 'acme-google-client-id.apps.googleusercontent.com' },
      apple: { app_id: 'com.acme.store', redirect_uri: 'https://acme.example/auth/apple/callback' },
    },
  },
  captcha: { ...base, skip_captcha: false },
};

/**
 * All preset names, for toolbars and table-driven tests.
 * @example
 * for (const name of platformPresetNames) service.setPreset(name);
 */
export const platformPresetNames = Object.keys(platformPresets) as PlatformPresetName[];
