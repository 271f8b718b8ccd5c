import type { OAuthRequestAppleSchema, OAuthRequestSchema } from '../schemas/auth';
import type { SafeRedirectOptions } from './redirect';
import type { SocialProvider } from './readPlatformConfig';

/** The hook point for a captcha: the app supplies a function that returns a token (the kit embeds no captcha SDK). */
export interface CaptchaProvider {
  /** Returns the captcha token for the next request. */
  getCaptchaToken: () => Promise<string> | string;
}

/**
 * Obtains a social provider's token with the app's own provider SDK (the kit embeds none) and returns the request
 * body: `{ oauth2: { access_token }, profile, is_signed_in }` (Apple: `{ oauth: { identity_token }, … }`). Resolve
 * `null`, or throw `SocialLoginCancelled` or an `AbortError`, when the shopper closes the popup.
 */
export type SocialTokenGetter = () => Promise<OAuthRequestSchema | OAuthRequestAppleSchema | null>;

/** Per provider, the app's token getter; a provider without one gets no button. */
export type SocialTokenGetters = Partial<Record<SocialProvider, SocialTokenGetter>>;

/** A password rule: what a new password must satisfy before it is sent. */
export interface PasswordRule {
  /** Fewest characters. */
  minLength: number;
  /** Needs a letter (A–Z or a–z: Fynd's rule counts Latin letters). */
  letter: boolean;
  /** Needs a digit. */
  digit: boolean;
  /** Needs a character that is neither a letter nor a digit. */
  special: boolean;
  /** Refuses spaces. */
  noSpaces: boolean;
}

/**
 * Fynd's rule, as its storefronts check it before sending (flows.md F11, fdk-react-templates `validatePasswordField`):
 * 8 characters or more, with a letter, a digit and a special character, and no spaces.
 */
export const FYND_PASSWORD_RULE: Readonly<PasswordRule> = Object.freeze({ minLength: 8, letter: true, digit: true, special: true, noSpaces: true });

/** Digits in an OTP in every Fynd storefront (flows.md F1). */
export const FYND_OTP_LENGTH = 4;

/**
 * What a storefront sets once, on `UserKitProvider`, and every form, part and screen reads from there: nothing of
 * it is threaded through props.
 */
export interface KitSettings {
  /** The `platform` argument of the calls that take one: the application id unless the provider says otherwise. */
  platform: string | undefined;
  /** Digits of every OTP (4 by default, as in Fynd's storefronts). */
  otpLength: number;
  /** Supplies a captcha token when the PlatformSchema does not skip captcha. */
  captcha: CaptchaProvider | undefined;
  /** Social token getters, by provider. */
  social: SocialTokenGetters;
  /** Where sign-in flows go afterwards: `fallback` when the page names no safe target, and other origins allowed. */
  redirect: { fallback: string; allowedOrigins: readonly string[] };
  /** Offer email OTP as a sign-in method (Fynd's storefronts do not: off by default). */
  emailOtpLogin: boolean;
  /** The rule a new password is checked against before it is sent. */
  passwordRule: Readonly<PasswordRule>;
  /**
   * The country a mobile number is read in unless the shopper picks or types another: an ISO 3166-1 alpha-2 code
   * (`IN`). Its calling code (`91`) is what goes on the wire as `country_code`.
   */
  defaultCountry: string;
}

/** What the provider takes to make {@link KitSettings}; every field has a default. */
export interface KitSettingsInput {
  platform?: string;
  otpLength?: number;
  captcha?: CaptchaProvider;
  social?: SocialTokenGetters;
  redirect?: Pick<SafeRedirectOptions, 'allowedOrigins' | 'fallback'>;
  emailOtpLogin?: boolean;
  passwordRule?: Partial<PasswordRule>;
  /** The country phone fields start with, as an ISO 3166-1 alpha-2 code (`'AE'`); `'IN'` by default. */
  defaultCountry?: string;
}

const clampLength = (value: number | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(8, Math.max(4, Math.round(value))) : FYND_OTP_LENGTH;

/** The default country of phone fields (Fynd's storefronts start with India). */
export const FYND_DEFAULT_COUNTRY = 'IN';

/**
 * The settings for a provider's props, every missing or unusable value replaced by its default (`platform` by the
 * application id, the OTP length kept within 4–8, the default country upper-cased, `IN` unless it is two letters).
 * @example
 * resolveSettings({ otpLength: 6 }, 'my-app').platform; // 'my-app'
 * resolveSettings({ defaultCountry: 'ae' }, 'my-app').defaultCountry; // 'AE'
 */
export function resolveSettings(input: KitSettingsInput, applicationId: string | undefined): KitSettings {
  const country = (input.defaultCountry ?? '').trim().toUpperCase();
  return {
    platform: input.platform ?? applicationId,
    otpLength: clampLength(input.otpLength),
    captcha: input.captcha,
    social: input.social ?? {},
    redirect: { fallback: input.redirect?.fallback ?? '/', allowedOrigins: input.redirect?.allowedOrigins ?? [] },
    emailOtpLogin: input.emailOtpLogin === true,
    passwordRule: { ...FYND_PASSWORD_RULE, ...input.passwordRule },
    defaultCountry: /^[A-Z]{2}$/.test(country) ? country : FYND_DEFAULT_COUNTRY,
  };
}
