/** The hook point for a captcha: the app supplies a function that returns a token (we never embed a captcha SDK). */
export interface CaptchaProvider {
  /** Returns the captcha token for the next request (an empty string when there is none). */
  getCaptchaToken: () => Promise<string> | string;
}

/** The `captcha_code` to send: the app's token when the config asks for a captcha, else nothing. */
export async function captchaCode(required: boolean, captcha: CaptchaProvider | undefined): Promise<string | undefined> {
  if (!required) return undefined;
  if (!captcha) return '';
  return (await captcha.getCaptchaToken()) ?? '';
}
