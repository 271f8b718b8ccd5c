import type { PlatformSchema } from '../schemas/config';
import type { PlatformWarning } from './PlatformWarning';
import type { ThemeOptions } from './resolveTheme';
import { platformView } from './readPlatformConfig';
import { resolveTheme } from './resolveTheme';
import { themeWarning } from './themeWarnings';

/**
 * Finds what is impossible or suspicious in a platform config, for developers (see `PlatformWarningCode` for
 * each code): every sign-in method off, a social button without an app id, a registration that hard-requires an
 * email (or mobile number) that no sign-in method accepts, "forgot password" without password login, colours the
 * kit refuses or that read worse than 4.5:1, `http:` and other unsafe image URLs, an unknown card position.
 * An empty list means nothing was found. The kit works with any config; this only says where it had to guess.
 * @example
 * for (const warning of checkPlatformConfig(config)) console.warn(`${warning.path}: ${warning.message}`);
 */
export function checkPlatformConfig(config: PlatformSchema | undefined | null, options: ThemeOptions = {}): PlatformWarning[] {
  const theme = resolveTheme(config, options);
  const view = platformView(config, theme);
  const warnings: PlatformWarning[] = [];

  if (!view.hasSignInMethod)
    warnings.push({
      code: 'no-sign-in-method',
      path: 'login',
      message: 'Password login, OTP login and every social button are off: nobody can sign in. The screens show "no sign-in method".',
    });

  for (const { provider, appId } of view.social)
    if (appId === undefined)
      warnings.push({
        code: 'social-missing-app-id',
        path: `social_tokens.${provider}.app_id`,
        message: `The ${provider} button is on, but social_tokens.${provider}.app_id is empty: the button cannot work.`,
      });

  if (view.canRegister)
    for (const identifier of ['email', 'mobile'] as const) {
      const rule = view.registerFields[identifier];
      if (rule.required && rule.level === 'hard' && !view.identifiers[identifier])
        warnings.push({
          code: identifier === 'email' ? 'register-email-unreachable' : 'register-mobile-unreachable',
          path: `register_required_fields.${identifier}`,
          message: `Registration requires ${identifier === 'email' ? 'an email' : 'a mobile number'} (hard), but no sign-in method accepts one.`,
        });
    }

  if (config?.forgot_password === true && !view.loginMethods.password)
    warnings.push({
      code: 'forgot-password-without-password',
      path: 'forgot_password',
      message: 'forgot_password is on while password login is off. The "forgot password" link is hidden.',
    });

  return [...warnings, ...theme.findings.map(themeWarning)];
}

const MAX_REMEMBERED = 50;
const warned = /* @__PURE__ */ new Set<string>();

/**
 * Logs the warnings of {@link checkPlatformConfig} with one `console.warn`, once per distinct config (compared by
 * its JSON), and only in development builds: when `process.env.NODE_ENV` is `'production'`, or there is no
 * `process` at all, it does nothing. A config without warnings logs nothing. At most 50 configs are remembered
 * (then the memory starts afresh). Call it where the config arrives, such as a screen's effect.
 * @example
 * const config = await client.getPlatformConfig({});
 * warnPlatformConfigOnce(config); // logs in development, once per config
 */
export function warnPlatformConfigOnce(config: PlatformSchema | undefined | null, options: ThemeOptions = {}): void {
  // `process.env.NODE_ENV` is spelled exactly so that bundlers that replace it (webpack, Vite, esbuild `define`)
  // fold this test to `false` in production builds and drop `warnNow` and `checkPlatformConfig` with it. Without
  // `process` at all (a page with no bundler) nothing is logged: silence is the safe guess when the build is unknown.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnNow(config, options);
}

function warnNow(config: PlatformSchema | undefined | null, options: ThemeOptions): void {
  const key = JSON.stringify(config ?? null);
  if (warned.has(key)) return;
  if (warned.size >= MAX_REMEMBERED) warned.clear();
  warned.add(key);
  const warnings = checkPlatformConfig(config, options);
  if (warnings.length === 0) return;
  console.warn(
    `[fdk-user-react] The platform config has ${warnings.length} problem${warnings.length === 1 ? '' : 's'}:\n` +
      warnings.map((warning) => `- ${warning.path}: ${warning.message} (${warning.code})`).join('\n'),
  );
}
