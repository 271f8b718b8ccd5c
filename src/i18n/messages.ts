import { commonMessages } from './messages/common';
import { errorMessages } from './messages/errors';
import { forgotMessages } from './messages/forgot';
import { linkMessages } from './messages/link';
import { loginMessages } from './messages/login';
import { socialMessages } from './messages/social';
import { otpMessages } from './messages/otp';
import { profileMessages } from './messages/profile';
import { contactMessages } from './messages/contacts';
import { countryMessages } from './messages/country';
import { securityMessages } from './messages/security';
import { registerMessages } from './messages/register';
import { personMessages } from './messages/person';

/**
 * Every string the kit shows, in English. Placeholders in braces (`{seconds}`) are filled by `formatMessage` as
 * plain text. Keys are grouped by prefix: `common*`, `field*` (labels shared by several screens), `country*` (the
 * country picker of phone fields), `validation*`, `error*`, then one prefix per screen (`login*`, `social*`, `otp*`,
 * `register*`, `forgot*`, `reset*`, `profile*`, `emails*`, `phones*`, `sessions*`, `logout*`, `password*`). Override
 * any of them with `resolveMessages`. The texts live in packs by screen (`./messages/*.ts`), each loaded with the
 * parts that show it, so that a page downloads only the texts of what it shows; this object gathers them all (for
 * types, docs and translations).
 * @example
 * import { messages } from 'fdk-user-react';
 * messages.loginSubmit; // 'Sign in'
 */
export const messages = {
  ...commonMessages,
  ...errorMessages,
  ...personMessages,
  ...countryMessages,
  ...loginMessages,
  ...socialMessages,
  ...otpMessages,
  ...registerMessages,
  ...forgotMessages,
  ...linkMessages,
  ...profileMessages,
  ...contactMessages,
  ...securityMessages,
} satisfies Record<string, string>;

/**
 * The keys of {@link messages}, each a string: the type of a complete message set (a translation, say).
 * @example
 * const fr: Partial<Messages> = { loginSubmit: 'Se connecter' };
 */
export type Messages = { [Key in keyof typeof messages]: string };

/**
 * A message key.
 * @example
 * const key: MessageKey = 'loginSubmit';
 */
export type MessageKey = keyof Messages;
