import type { PlatformSchema } from '../schemas/config';
import type { CardPosition, ResolvedTheme, ThemeOptions } from './resolveTheme';
import { resolveTheme } from './resolveTheme';

export type { CardPosition } from './resolveTheme';

/** How a field is asked for: `hard` must be given, `soft` is asked for but may be skipped. */
export interface FieldRule {
  /** Whether the field is asked for at all. */
  required: boolean;
  /** `hard` (must be given) or `soft` (may be skipped). Meaningful when `required`. */
  level: 'hard' | 'soft';
}

/** A social sign-in provider the kit knows. */
export type SocialProvider = 'google' | 'facebook' | 'apple' | 'account_kit';

/** An identifier a user signs in with. */
export type Identifier = 'email' | 'mobile';

/** What a login / registration screen shows, read from a platform config by {@link readPlatformConfig}. */
export interface PlatformView {
  /** `no-sign-in-method` when password, OTP and every social button are off: say so instead of an empty form. */
  status: 'ok' | 'no-sign-in-method';
  /** `status === 'ok'`. */
  hasSignInMethod: boolean;
  /** Which login methods exist (`login.password`, `login.otp`). */
  loginMethods: { password: boolean; otp: boolean };
  /** Which identifiers the login form accepts (rules in {@link readPlatformConfig}). */
  identifiers: { email: boolean; mobile: boolean };
  /** The identifier to ask for first, `undefined` when the form accepts none. */
  primaryIdentifier: Identifier | undefined;
  /** Social buttons to show, in a fixed order (Google, Facebook, Apple, Account Kit), with their app ids. */
  social: Array<{ provider: SocialProvider; appId: string | undefined }>;
  /** Whether to offer registration. */
  canRegister: boolean;
  /** Whether to offer "forgot password" (never without password login). */
  canResetPassword: boolean;
  /** How the registration form asks for email and mobile (`register_required_fields`). */
  registerFields: { email: FieldRule; mobile: FieldRule };
  /** Which identifiers the application requires of its users (`required_fields`). */
  requiredFields: { email: FieldRule; mobile: FieldRule };
  /** Headings, as plain text (`display`, `subtext`); `undefined` when blank. Never HTML. */
  headings: { title: string | undefined; subtitle: string | undefined };
  /** Safe image URLs (`https:` or same-origin paths); others are dropped. */
  images: { desktop: string | undefined; mobile: string | undefined };
  /**
   * The banner, as plain text, when its text is not blank; colours are checked and canonical. The text colour is
   * checked against the background that will be drawn (a translucent one over the config's page background; the
   * stylesheet's `#fff7d6` when the config's is missing or refused): under 4.5:1 it is replaced by black or white,
   * or, without a usable background colour, left out (`undefined`) so that the stylesheet's own pair is used.
   */
  flashCard: { text: string; textColor: string | undefined; backgroundColor: string | undefined } | undefined;
  /** Whether the shopper may skip signing in (`skip_login`). */
  skipLogin: boolean;
  /** Whether the server expects a captcha (`skip_captcha` is `false`). */
  captchaRequired: boolean;
  /** Where the card sits on wide screens. */
  cardPosition: CardPosition;
}

const SOCIAL_PROVIDERS: readonly SocialProvider[] = ['google', 'facebook', 'apple', 'account_kit'];

function fieldRule(field: { is_required?: boolean; level?: string } | undefined): FieldRule {
  const required = field?.is_required === true;
  const level = field?.level?.trim().toLowerCase();
  if (level === 'hard' || level === 'soft') return { required, level };
  return { required, level: required ? 'hard' : 'soft' };
}

const weight = (rule: FieldRule) => (rule.required ? (rule.level === 'hard' ? 2 : 1) : 0);

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Reads a platform config (`getPlatformConfig`'s answer) into a plain, fully defaulted view model. Each missing
 * field takes its default on its own, and with no config at all the screen still works:
 *
 * | field | default | why |
 * | --- | --- | --- |
 * | `login.password`, `login.otp` | on | every application has at least one; showing both lets the server decide |
 * | `social.*` | off | a social button needs an app id the kit would not have |
 * | `register`, `forgot_password` | on | the usual storefront; the server still refuses when they are disabled |
 * | `skip_captcha` | `true` (no captcha) | the server asks for one only when its config says so |
 * | `skip_login` | `false` | |
 * | `required_fields.*`, `register_required_fields.*` | `{ required: false, level: 'soft' }` | nothing is forced |
 * | `look_and_feel.card_position` | `center` (also for unknown values) | |
 *
 * Rules:
 * - `level` other than `hard`/`soft` reads as `hard` when the field is required, `soft` otherwise.
 * - `canResetPassword` needs `forgot_password` and password login.
 * - Identifiers: password login takes an email or a mobile number as user name, so it accepts both. OTP login
 *   works by mobile (`loginWithOTP` / `sendOTPOnMobile`) and by email (`sendOTPOnEmail`): it offers both unless
 *   `required_fields` requires exactly one of them, the one every user of the application is sure to have, in
 *   which case OTP is offered on that one only (the `otpOnly` preset: mobile).
 * - `primaryIdentifier`: of the accepted identifiers, the one `required_fields` weighs most (hard > soft > not
 *   required); on a tie, mobile when OTP login is on (OTP is mobile-first in this API), email otherwise.
 * - Social: a provider is shown when `social.<provider>` is `true`; its `appId` is `social_tokens.<provider>.app_id`
 *   (trimmed, `undefined` when blank; `checkPlatformConfig` warns about it).
 * - `status` is `no-sign-in-method` when password, OTP and every social provider are off.
 * - Texts (`display`, `subtext`, `flash_card.text`) are trimmed plain text, `undefined` when blank: render them as
 *   text, never as HTML. Colours and images go through the same checks as `themeFromConfig`.
 * @example
 * const view = readPlatformConfig(config);
 * if (view.status === 'no-sign-in-method') return <p>{messages.noSignInMethod}</p>;
 * if (view.loginMethods.otp) showOtpTab();
 */
export function readPlatformConfig(config: PlatformSchema | undefined | null, options: ThemeOptions = {}): PlatformView {
  return platformView(config, resolveTheme(config, options));
}

/**
 * {@link readPlatformConfig} with the theme already resolved, for `checkPlatformConfig`, which needs both.
 * Internal: not exported from the package.
 * @example
 * const theme = resolveTheme(config);
 * const view = platformView(config, theme);
 */
export function platformView(config: PlatformSchema | undefined | null, theme: ResolvedTheme): PlatformView {
  const loginMethods = { password: config?.login?.password ?? true, otp: config?.login?.otp ?? true };
  const requiredFields = { email: fieldRule(config?.required_fields?.email), mobile: fieldRule(config?.required_fields?.mobile) };
  const registerFields = {
    email: fieldRule(config?.register_required_fields?.email),
    mobile: fieldRule(config?.register_required_fields?.mobile),
  };

  const onlyEmailRequired = requiredFields.email.required && !requiredFields.mobile.required;
  const onlyMobileRequired = requiredFields.mobile.required && !requiredFields.email.required;
  const identifiers = {
    email: loginMethods.password || (loginMethods.otp && !onlyMobileRequired),
    mobile: loginMethods.password || (loginMethods.otp && !onlyEmailRequired),
  };
  let primaryIdentifier: Identifier | undefined;
  if (identifiers.email && identifiers.mobile) {
    const difference = weight(requiredFields.email) - weight(requiredFields.mobile);
    primaryIdentifier = difference > 0 ? 'email' : difference < 0 ? 'mobile' : loginMethods.otp ? 'mobile' : 'email';
  } else if (identifiers.email) primaryIdentifier = 'email';
  else if (identifiers.mobile) primaryIdentifier = 'mobile';

  const social = SOCIAL_PROVIDERS.filter((provider) => config?.social?.[provider] === true).map((provider) => ({
    provider,
    appId: text(config?.social_tokens?.[provider]?.app_id),
  }));

  const hasSignInMethod = loginMethods.password || loginMethods.otp || social.length > 0;

  return {
    status: hasSignInMethod ? 'ok' : 'no-sign-in-method',
    hasSignInMethod,
    loginMethods,
    identifiers,
    primaryIdentifier,
    social,
    canRegister: config?.register ?? true,
    canResetPassword: (config?.forgot_password ?? true) && loginMethods.password,
    registerFields,
    requiredFields,
    headings: { title: text(config?.display), subtitle: text(config?.subtext) },
    images: theme.images,
    flashCard: theme.flashCard,
    skipLogin: config?.skip_login ?? false,
    captchaRequired: config?.skip_captcha === false,
    cardPosition: theme.cardPosition,
  };
}
