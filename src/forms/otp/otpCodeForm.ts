import * as z from 'zod/mini';
import type { OtpTarget } from '../../flow/types';
import { formatMessage } from '../../i18n/formatMessage';
import type { Messages } from '../../i18n/messages';
import type { FieldSpec } from '../kit/types';

/** The code entry's one field: the whole code, numeric, read left to right in any script. */
export const otpCodeSpec = (label: string): FieldSpec => ({ label, type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code', required: true, dir: 'ltr' });

/**
 * The code entry's schema: exactly `length` digits (the input normalises what is typed or pasted to digits).
 * @example
 * otpCodeSchema(4, messages).safeParse({ code: '123' }).success; // false
 */
export function otpCodeSchema(length: number, messages: Messages) {
  return z.object({ code: z.string().check(z.refine((value) => value.length === length, { error: formatMessage(messages.validationCodeLength, { length }, messages.locale) })) });
}

/**
 * The key of a target's resend countdown (kept across reloads): its request, or where the code went.
 * @example
 * otpTimerKey({ channel: 'email', email: 'ana@example.com' }); // 'email:ana@example.com'
 */
export function otpTimerKey(target: OtpTarget | undefined): string | undefined {
  if (target === undefined) return undefined;
  return target.channel === 'mobile' ? `mobile:${target.requestId || `${target.countryCode}:${target.mobile}`}` : `email:${target.email}`;
}

/**
 * Where the code went, in words (`We sent a code to +91 9876543210.`); empty without a target.
 * @example
 * otpSentToText({ channel: 'email', email: 'ana@example.com' }, messages); // 'We sent a code to ana@example.com.'
 */
export function otpSentToText(target: OtpTarget | undefined, messages: Messages): string {
  if (target === undefined) return '';
  return target.channel === 'mobile'
    ? formatMessage(messages.otpSentToMobile, { mobile: `+${target.countryCode} ${target.mobile}` }, messages.locale)
    : formatMessage(messages.otpSentToEmail, { email: target.email }, messages.locale);
}
