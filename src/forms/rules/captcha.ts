import type { CaptchaProvider } from '../../config/settings';
import { StepError, withTimeout } from '../kit/stepError';

/** How long a captcha widget may take to give its token. */
export const CAPTCHA_TIMEOUT_MS = 60_000;

/**
 * The `captcha_code` part of a body: the provider's token when the PlatformSchema asks for a captcha and the
 * storefront gave a provider; nothing otherwise (an empty `captcha_code` never goes out). A provider that answers
 * nothing usable fails the step with "Complete the verification check"; one that never answers, after a minute.
 * @example
 * const body = { username, password, ...(await captchaField(view.captchaRequired, settings.captcha)) };
 */
export async function captchaField(required: boolean, captcha: CaptchaProvider | undefined): Promise<{ captcha_code?: string }> {
  if (!required || !captcha) return {};
  const token: unknown = await withTimeout(captcha.getCaptchaToken(), CAPTCHA_TIMEOUT_MS, 'errorProviderTimeout');
  if (typeof token !== 'string' || token.trim() === '') throw new StepError('validationCaptcha');
  return { captcha_code: token };
}
