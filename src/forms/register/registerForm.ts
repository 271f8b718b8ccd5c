import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlowEvent, Verification } from '../../flow/types';
import type { FormRegisterRequestSchema, RegisterFormSuccess } from '../../schemas/auth';
import type { ProfileEditSuccess } from '../../schemas/profile';
import { readPhone } from '../phone/readPhone';
import { contactAsk, type FieldAsk, type PersonField, type PersonValues } from '../rules/personFields';

/**
 * How the registration form asks each field. Fynd's register page (Turbo `useRegister.jsx`) shows email and
 * mobile as the application's `required_fields` say (hard: must be given; soft: optional), and always asks for
 * names and a password (with its confirmation).
 */
export function registerAsks(view: PlatformView): Record<PersonField, FieldAsk> {
  const hard: FieldAsk = { asked: true, level: 'hard' };
  return {
    first_name: hard,
    last_name: hard,
    gender: { asked: true, level: 'soft' },
    email: contactAsk(view.requiredFields.email, false),
    country: contactAsk(view.requiredFields.mobile, false),
    mobile: contactAsk(view.requiredFields.mobile, false),
    password: hard,
    confirmPassword: hard,
  };
}

const filled = (value: string) => value.trim() !== '';

/**
 * The `registerWithForm` body for valid values; with `skip`, the soft contacts are left out. The mobile number goes
 * as its national digits with the calling code of its typed `+code` or of the chosen country.
 */
export function registerBody(values: PersonValues, asks: Record<PersonField, FieldAsk>, skip: boolean): FormRegisterRequestSchema {
  const include = (name: PersonField) => asks[name].asked && !(skip && asks[name].level === 'soft') && filled(values[name]);
  const phone = readPhone(values.mobile.trim(), values.country);
  return {
    first_name: values.first_name.trim(),
    last_name: values.last_name.trim(),
    ...(filled(values.gender) ? { gender: values.gender } : {}),
    ...(include('email') ? { email: values.email.trim() } : {}),
    ...(include('mobile') && phone ? { phone: { mobile: phone.mobile, country_code: phone.countryCode } } : {}),
    password: values.password,
  };
}

const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/**
 * What the server asked to verify, from an answer that says `verify_mobile_otp` / `verify_email_otp` (registration
 * or complete profile), with what was sent; `undefined` when it asked nothing.
 */
export function verificationOf(
  answer: (RegisterFormSuccess | ProfileEditSuccess) & { resend_timer?: unknown; resend_token?: unknown; resend_email_token?: unknown; mobile?: unknown; country_code?: unknown },
  sent: { email?: string | undefined; mobile?: string | undefined; countryCode?: string | undefined; registerToken?: string | undefined },
): Verification | undefined {
  if (!answer.verify_mobile_otp && !answer.verify_email_otp) return undefined;
  const registerToken = answer.register_token ?? sent.registerToken ?? '';
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    registerToken,
    mobile: answer.verify_mobile_otp
      ? {
          channel: 'mobile',
          mobile: text(answer.mobile) ?? sent.mobile ?? '',
          countryCode: text(answer.country_code) ?? sent.countryCode ?? '',
          requestId: answer.request_id ?? '',
          resendTimer: seconds(answer.resend_timer),
          resendToken: text(answer.resend_token),
          registerToken,
        }
      : undefined,
    email: answer.verify_email_otp ? { channel: 'email', email: text(answer.email) ?? sent.email ?? '', resendToken: text(answer.resend_email_token), registerToken } : undefined,
  };
}

/** Where a registration goes next: the codes to verify, or (nothing to verify) the session it started. */
export function registerNext(answer: RegisterFormSuccess, body: FormRegisterRequestSchema): AuthFlowEvent | 'session' {
  const verification = verificationOf(answer, { email: body.email, mobile: body.phone?.mobile, countryCode: body.phone?.country_code, registerToken: body.register_token });
  return verification ? { type: 'verificationRequired', verification } : 'session';
}

/** Whether a registration answer delivers what comes next (a register token when it asks to verify). */
export const registerDelivered = (answer: RegisterFormSuccess) => answer.success !== false && (!(answer.verify_mobile_otp || answer.verify_email_otp) || Boolean(answer.register_token));
