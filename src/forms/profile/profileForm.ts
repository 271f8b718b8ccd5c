import * as z from 'zod/mini';
import { safeImageUrl } from '../../config/safeUrl';
import { formatMessage } from '../../i18n/formatMessage';
import type { Messages } from '../../i18n/messages';
import type { UserSchema } from '../../schemas/common';
import type { EditProfileRequestSchema } from '../../schemas/profile';
import type { FieldSpec } from '../kit/types';
import { genderOptions, GENDERS, MAX_NAME_LENGTH } from '../rules/personFields';

/** The values of the profile form (what `updateProfile` edits). */
export interface ProfileValues {
  first_name: string;
  last_name: string;
  /** `male`, `female`, `unisex` (or the user's current value); empty when not given. */
  gender: string;
  /** `YYYY-MM-DD`, or empty. */
  dob: string;
  /** An `https://` image address, or empty. */
  profile_pic_url: string;
}

/** A field of the profile form. */
export type ProfileField = keyof ProfileValues;

const dateOnly = (value: string | undefined) => /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1] ?? '';
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isPastDate = (value: string) => Date.parse(value) < Date.now();

/**
 * Whether text is an `https://` address the kit would load as an image (see `safeImageUrl`).
 * @example
 * isHttpsImageUrl('https://cdn.example.com/me.png'); // true
 */
export function isHttpsImageUrl(value: string): boolean {
  return /^https:\/\//i.test(value.trim()) && safeImageUrl(value) !== undefined;
}

/**
 * The form values for a user (empty strings for what they do not have).
 * @example
 * profileValuesOf(user); // { first_name: 'Ana', last_name: 'Rao', gender: 'female', dob: '1992-04-18', profile_pic_url: 'https://…' }
 */
export function profileValuesOf(user: UserSchema | null | undefined): ProfileValues {
  return {
    first_name: user?.first_name ?? '',
    last_name: user?.last_name ?? '',
    gender: (user?.gender ?? '').toLowerCase(),
    dob: dateOnly(user?.dob),
    profile_pic_url: user?.profile_pic_url ?? '',
  };
}

/**
 * The `updateProfile` body for what changed between a user and the form's values: names trimmed; an emptied
 * gender, date of birth or picture is left out (the API cannot clear them).
 * @example
 * profileChanges({ ...profileValuesOf(user), first_name: ' Anaya ' }, user); // { first_name: 'Anaya' }
 */
export function profileChanges(values: ProfileValues, user: UserSchema | null | undefined): EditProfileRequestSchema {
  const base = profileValuesOf(user);
  const body: EditProfileRequestSchema = {};
  const first = values.first_name.trim();
  const last = values.last_name.trim();
  const picture = values.profile_pic_url.trim();
  if (first !== base.first_name) body.first_name = first;
  if (last !== base.last_name) body.last_name = last;
  if (values.gender !== '' && values.gender !== base.gender) body.gender = values.gender;
  if (values.dob !== '' && values.dob !== base.dob) body.dob = values.dob;
  if (picture !== '' && picture !== base.profile_pic_url) body.profile_pic_url = picture;
  return body;
}

/** The fields, as data. */
export function profileSpecs(messages: Messages): Record<ProfileField, FieldSpec> {
  return {
    first_name: { label: messages.fieldFirstName, type: 'text', autoComplete: 'given-name', required: true, maxLength: MAX_NAME_LENGTH, dir: 'auto' },
    last_name: { label: messages.fieldLastName, type: 'text', autoComplete: 'family-name', required: false, maxLength: MAX_NAME_LENGTH, dir: 'auto' },
    gender: { label: messages.fieldGender, type: 'text', autoComplete: 'sex', required: false },
    dob: { label: messages.fieldDateOfBirth, type: 'date', autoComplete: 'bday', required: false, dir: 'ltr' },
    profile_pic_url: { label: messages.fieldProfilePicture, type: 'url', inputMode: 'url', autoComplete: 'photo', required: false, description: messages.profilePictureHint, maxLength: 2048, dir: 'ltr' },
  };
}

/** The rules: a value the user already has is accepted as it is (the server may hold what the form would refuse). */
export function profileSchema(messages: Messages, base: ProfileValues) {
  const changed = (name: ProfileField, value: string) => value.trim() !== '' && value.trim() !== base[name];
  const tooLong = formatMessage(messages.validationTooLong, { max: MAX_NAME_LENGTH }, messages.locale);
  return z.object({
    first_name: z.string().check(
      z.refine((value) => value.trim() !== '', { error: messages.validationRequired }),
      z.refine((value) => value.trim().length <= MAX_NAME_LENGTH, { error: tooLong }),
    ),
    last_name: z.string().check(z.refine((value) => value.trim().length <= MAX_NAME_LENGTH, { error: tooLong })),
    gender: z.string(),
    dob: z.string().check(
      z.refine((value) => !changed('dob', value) || isDate(value), { error: messages.validationDate, abort: true }),
      z.refine((value) => !changed('dob', value) || isPastDate(value), { error: messages.validationDatePast }),
    ),
    profile_pic_url: z.string().check(z.refine((value) => !changed('profile_pic_url', value) || isHttpsImageUrl(value), { error: messages.validationHttpsUrl })),
  });
}

/** The gender choices for a user: Fynd's three, the user's own value when it is another, and "Not specified" when unset. */
export function profileGenderOptions(messages: Messages, current: string): Array<{ value: string; label: string }> {
  const options = genderOptions(messages);
  if (current === 'other') options[2] = { value: 'other', label: messages.fieldGenderOther };
  else if (current !== '' && !(GENDERS as readonly string[]).includes(current)) options.push({ value: current, label: current });
  return current === '' ? [{ value: '', label: messages.fieldGenderUnset }, ...options] : options;
}
