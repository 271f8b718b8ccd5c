import type { ServerTextName } from '../client/serverTexts';
import type { MessageKey } from './messages';

/** The message key shown for each known server text. */
export const serverTextMessageKeys: { readonly [N in ServerTextName]: MessageKey } = {
  otpInvalid: 'serverOtpInvalid',
  credentialsIncorrect: 'serverCredentialsIncorrect',
  accountDisabled: 'serverAccountDisabled',
  mobileRequired: 'serverMobileRequired',
  mobileInvalid: 'serverMobileInvalid',
  emailInvalid: 'serverEmailInvalid',
  emailIncorrect: 'serverEmailIncorrect',
  emailTooLong: 'serverEmailTooLong',
};
