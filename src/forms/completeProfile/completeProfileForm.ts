import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlowEvent, KnownContact } from '../../flow/types';
import type { EditProfileRequestSchema, ProfileEditSuccess } from '../../schemas/profile';
import { readPhone } from '../phone/readPhone';
import { verificationOf } from '../register/registerForm';
import { contactAsk, type FieldAsk, type PersonField, type PersonValues } from '../rules/personFields';

/**
 * How the complete-profile form asks each field (Fynd's edit-profile page, Turbo `useEditProfile.jsx`): names
 * always, gender, and email and mobile as the application's `required_fields` say, except the contact an
 * earlier step proved (the OTP's number, the social profile's email). No password.
 */
export function completeProfileAsks(view: PlatformView, known: KnownContact): Record<PersonField, FieldAsk> {
  const hard: FieldAsk = { asked: true, level: 'hard' };
  const none: FieldAsk = { asked: false, level: 'soft' };
  const mobile = contactAsk(view.requiredFields.mobile, Boolean(known.mobile));
  return {
    first_name: hard,
    last_name: hard,
    gender: { asked: true, level: 'soft' },
    email: contactAsk(view.requiredFields.email, Boolean(known.email)),
    country: mobile,
    mobile,
    password: none,
    confirmPassword: none,
  };
}

const filled = (value: string) => value.trim() !== '';

/** The `updateProfile` body that completes a new shopper's profile (`register_token`, names, gender, contacts). */
export function completeProfileBody(values: PersonValues, asks: Record<PersonField, FieldAsk>, registerToken: string): EditProfileRequestSchema {
  const phone = asks.mobile.asked && filled(values.mobile) ? readPhone(values.mobile.trim(), values.country) : undefined;
  return {
    register_token: registerToken,
    first_name: values.first_name.trim(),
    last_name: values.last_name.trim(),
    ...(filled(values.gender) ? { gender: values.gender } : {}),
    ...(asks.email.asked && filled(values.email) ? { email: values.email.trim() } : {}),
    ...(phone ? { mobile: { phone: phone.mobile, country_code: phone.countryCode }, country_code: phone.countryCode } : {}),
  };
}

/**
 * Where a completed profile goes next: codes to verify first ("verify both"), an email link to open (the session
 * has started), the signed-in user, or — none of these in the answer — the session to read.
 */
export function completeProfileNext(answer: ProfileEditSuccess, body: EditProfileRequestSchema): AuthFlowEvent | 'session' {
  const verification = verificationOf(answer, { email: body.email, mobile: body.mobile?.phone, countryCode: body.mobile?.country_code, registerToken: body.register_token });
  if (verification) return { type: 'verificationRequired', verification };
  if (answer.verify_email_link) return { type: 'emailLinkSent', email: answer.email ?? body.email ?? '', user: answer.user };
  if (answer.user) return { type: 'signedIn', user: answer.user };
  return 'session';
}
