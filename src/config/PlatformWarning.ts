/**
 * What `checkPlatformConfig` and `themeFromConfig` can find wrong in a platform config:
 * - `no-sign-in-method`: password, OTP and every social button are off;
 * - `social-missing-app-id`: a social button is on but `social_tokens` has no app id for it;
 * - `register-email-unreachable` / `register-mobile-unreachable`: registration hard-requires an email (a mobile
 *   number) that no sign-in method accepts;
 * - `forgot-password-without-password`: `forgot_password` is on while password login is off;
 * - `invalid-color`: a colour the kit's parser (or the browser's `CSS.supports`) refuses; it is dropped;
 * - `low-contrast`: the flash card's text colour reads worse than 4.5:1 on the background that will be drawn
 *   (see `themeFromConfig`); replaced by black or white, or dropped when the config's background is not used;
 * - `insecure-image-url`: an `http:` image; dropped;
 * - `unsafe-image-url`: any other image URL that is neither `https:` nor a same-origin path; dropped;
 * - `unknown-card-position`: `look_and_feel.card_position` is not `left`, `center` or `right`; `center` is used.
 */
export type PlatformWarningCode =
  | 'no-sign-in-method'
  | 'social-missing-app-id'
  | 'register-email-unreachable'
  | 'register-mobile-unreachable'
  | 'forgot-password-without-password'
  | 'invalid-color'
  | 'low-contrast'
  | 'insecure-image-url'
  | 'unsafe-image-url'
  | 'unknown-card-position';

/**
 * One problem found in a platform config, for developers (never shown to shoppers).
 * @example
 * const warning: PlatformWarning = {
 *   code: 'social-missing-app-id',
 *   message: 'The google button is on, but social_tokens.google.app_id is empty.',
 *   path: 'social_tokens.google.app_id',
 * };
 */
export interface PlatformWarning {
  /** Stable, machine-readable code. */
  code: PlatformWarningCode;
  /** What is wrong and what the kit does about it, in English. */
  message: string;
  /** Dotted path of the field in the `PlatformSchema`, such as `flash_card.text_color`. */
  path: string;
}
