import { isFdkResponseValidationError } from '../client/errors';
import { checkPlatformConfig } from '../config/checkPlatformConfig';
import type { PlatformWarningCode } from '../config/PlatformWarning';
import type { DoctorContext } from './createDoctorContext';
import type { DoctorCheckResult } from './DoctorReport';
import { statusText } from './answerText';

/** What to change in the application's settings for each warning of `checkPlatformConfig`. */
export const platformWarningFixes: Readonly<Record<PlatformWarningCode, string>> = {
  'no-sign-in-method': 'Turn on password login, OTP login or a social login for the application.',
  'social-missing-app-id': "Enter the provider's app id in the application's social settings (social_tokens), or turn the button off.",
  'register-email-unreachable': 'Turn on a sign-in method that takes an email, or make the email soft (skippable) at registration.',
  'register-mobile-unreachable': 'Turn on a sign-in method that takes a mobile number, or make it soft (skippable) at registration.',
  'forgot-password-without-password': 'Turn password login on, or forgot_password off.',
  'invalid-color': 'Use a hex colour (#rrggbb) or rgb().',
  'low-contrast': 'Pick a text colour that reads at 4.5:1 or better on its background.',
  'insecure-image-url': 'Serve the image over https.',
  'unsafe-image-url': 'Use an https: URL or a path on the storefront itself.',
  'unknown-card-position': 'Set look_and_feel.card_position to left, center or right.',
};

/**
 * The PlatformSchema the application answers, read by the kit's own schema and `checkPlatformConfig`: one
 * warning per problem found there (every sign-in method off, a social button without app id …).
 * @example
 * const results = await checkPlatform(ctx); // [{ status: 'warn', seen: 'login: Password login, OTP login …', fix: … }]
 */
export async function checkPlatform(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const probe = await ctx.config();
  if (isFdkResponseValidationError(probe.error)) {
    const issues = probe.error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
    return [
      {
        status: 'fail',
        seen: `getPlatformConfig answered JSON that is not a PlatformSchema (${issues}).`,
        fix: "Check that the base URL is the User API of a Fynd application (the kit's screens cannot read this answer).",
      },
    ];
  }
  if (probe.data === undefined) {
    return [
      {
        status: 'fail',
        seen: `getPlatformConfig gave no PlatformSchema (${probe.answer ? statusText(probe.answer) : 'no answer'}).`,
        fix: 'Check --platform-name, and the findings above.',
      },
    ];
  }
  const warnings = checkPlatformConfig(probe.data);
  if (warnings.length === 0) {
    const name = typeof probe.data.name === 'string' && probe.data.name !== '' ? ` of "${probe.data.name}"` : '';
    return [{ status: 'ok', seen: `checkPlatformConfig finds nothing to warn about in the PlatformSchema${name}.` }];
  }
  return warnings.map((warning) => ({
    status: 'warn' as const,
    seen: `${warning.path}: ${warning.message} (${warning.code})`,
    fix: platformWarningFixes[warning.code],
  }));
}
