import * as z from 'zod/mini';
import type { FieldRule } from '../../config/readPlatformConfig';
import type { PasswordRule } from '../../config/settings';
import { formatMessage } from '../../i18n/formatMessage';
import type { Messages } from '../../i18n/messages';
import type { FieldSpec } from '../kit/types';
import { EMAIL_PATTERN } from '../identifier';
import { phoneError } from '../phone/readPhone';
import { passwordAccepted, passwordRuleText } from './password';

/** The genders Fynd stores (flows.md F10): an "other" choice is sent as `unisex`. */
export const GENDERS = ['male', 'female', 'unisex'] as const;

/** Longest first or last name the forms accept. */
export const MAX_NAME_LENGTH = 100;

/** The values of the person forms (registration, complete profile): only the fields a form has are used. */
export interface PersonValues {
  first_name: string;
  last_name: string;
  gender: string;
  email: string;
  /** The country the mobile number is read in (ISO 3166-1 alpha-2, `IN`), unless it is typed with its `+code`. */
  country: string;
  mobile: string;
  password: string;
  confirmPassword: string;
}

/** A field of a person form. */
export type PersonField = keyof PersonValues;

/** How a field is asked: shown or not, and `hard` (must be filled) or `soft` (may be skipped). */
export interface FieldAsk {
  asked: boolean;
  level: 'hard' | 'soft';
}

/** How a contact is asked, from its rule in the PlatformSchema and whether an earlier step proved it already. */
export function contactAsk(rule: FieldRule, proven: boolean): FieldAsk {
  if (proven) return { asked: false, level: 'soft' };
  return rule.required ? { asked: true, level: rule.level } : { asked: true, level: 'soft' };
}

/** The gender choices: value and label (`unisex` reads "Other"). */
export function genderOptions(messages: Messages): Array<{ value: string; label: string }> {
  return [
    { value: 'male', label: messages.fieldGenderMale },
    { value: 'female', label: messages.fieldGenderFemale },
    { value: 'unisex', label: messages.fieldGenderOther },
  ];
}

/** The specs of every person field, for how each is asked. */
export function personSpecs(messages: Messages, asks: Record<PersonField, FieldAsk>, rule: PasswordRule): Record<PersonField, FieldSpec> {
  const hard = (name: PersonField) => asks[name].asked && asks[name].level === 'hard';
  const soft = (name: PersonField) => (asks[name].asked && asks[name].level === 'soft' ? { description: messages.registerSoftFieldHint } : {});
  return {
    first_name: { label: messages.fieldFirstName, type: 'text', autoComplete: 'given-name', required: hard('first_name'), maxLength: MAX_NAME_LENGTH, dir: 'auto' },
    last_name: { label: messages.fieldLastName, type: 'text', autoComplete: 'family-name', required: hard('last_name'), maxLength: MAX_NAME_LENGTH, dir: 'auto' },
    gender: { label: messages.fieldGender, type: 'text', autoComplete: 'sex', required: false },
    email: { label: messages.fieldEmail, type: 'email', inputMode: 'email', autoComplete: 'email', required: hard('email'), dir: 'ltr', ...soft('email') },
    country: { label: messages.fieldCountryCode, type: 'text', autoComplete: 'country', required: hard('mobile') },
    mobile: { label: messages.fieldMobile, type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', required: hard('mobile'), dir: 'ltr', ...soft('mobile') },
    password: { label: messages.fieldPassword, type: 'password', autoComplete: 'new-password', required: hard('password'), description: passwordRuleText(rule, messages) },
    confirmPassword: { label: messages.registerConfirmPassword, type: 'password', autoComplete: 'new-password', required: hard('password') },
  };
}

/** The rules of the person fields, for how each is asked (a soft field may be empty; a filled one must be valid). */
export function personSchema(messages: Messages, asks: Record<PersonField, FieldAsk>, rule: PasswordRule) {
  const required = (name: PersonField) => (value: string) => !(asks[name].asked && asks[name].level === 'hard') || value.trim() !== '';
  const ifFilled = (test: (value: string) => boolean) => (value: string) => value.trim() === '' || test(value);
  const tooLong = formatMessage(messages.validationTooLong, { max: MAX_NAME_LENGTH }, messages.locale);
  // By the chosen country's rules (or a typed +code's); the library's when it has loaded, the kit's light check before.
  const mobileError = (values: PersonValues) => (values.mobile.trim() === '' ? undefined : phoneError(values.mobile.trim(), values.country, messages));
  return z
    .object({
      first_name: z.string().check(z.refine(required('first_name'), { error: messages.validationRequired }), z.refine((value) => value.trim().length <= MAX_NAME_LENGTH, { error: tooLong })),
      last_name: z.string().check(z.refine(required('last_name'), { error: messages.validationRequired }), z.refine((value) => value.trim().length <= MAX_NAME_LENGTH, { error: tooLong })),
      gender: z.string(),
      email: z.string().check(z.refine(required('email'), { error: messages.validationRequired }), z.refine(ifFilled((value) => EMAIL_PATTERN.test(value.trim())), { error: messages.validationEmail })),
      country: z.string(),
      mobile: z.string().check(z.refine(required('mobile'), { error: messages.validationRequired })),
      password: z.string().check(
        z.refine(required('password'), { error: messages.validationRequired }),
        z.refine((value) => value === '' || passwordAccepted(value, rule), { error: passwordRuleText(rule, messages) }),
      ),
      confirmPassword: z.string(),
    })
    .check(
      z.refine((values) => mobileError(values) === undefined, { path: ['mobile'], error: (issue) => mobileError(issue.input as PersonValues) }),
      z.refine((values) => !asks.password.asked || values.confirmPassword === values.password, { error: messages.validationPasswordMismatch, path: ['confirmPassword'] }),
    );
}

/** The soft fields a form asks (what "Skip for now" leaves out). */
export function softFields(asks: Record<PersonField, FieldAsk>): PersonField[] {
  return (['email', 'mobile'] as const).filter((name) => asks[name].asked && asks[name].level === 'soft');
}
