'use client';
import { schemaResolver } from './schemaResolver';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { hashKey } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { isFdkUnauthorizedError } from '../client/errors';
import { safeImageUrl } from '../config/safeUrl';
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import { useUpdateProfile } from '../query/hooks/mutationHooks';
import { useLoggedInUser } from '../query/hooks/useLoggedInUser';
import { userKeys } from '../query/keys';
import { useMessages, useUserKit } from '../query/UserKitProvider';
import type { EditProfileRequestSchema } from '../schemas/profile';
import type { UserSchema } from '../schemas/common';
import { fieldProps } from './fieldProps';
import type { FieldProps, FieldSpec, FormError, FormStatus, SubmitProps } from './types';
import { useSubmission } from './useSubmission';
import { formElementProps, submitButtonProps, type FormElementProps } from './formParts';

/** The values of the profile form (what `updateProfile` edits). */
export interface ProfileValues {
  first_name: string;
  last_name: string;
  /** `male`, `female`, `other` (or the user's current value); empty when not given. */
  gender: string;
  /** `YYYY-MM-DD`, or empty. */
  dob: string;
  /** An `https://` image address, or empty. */
  profile_pic_url: string;
}

/** A field of the profile form. */
export type ProfileField = keyof ProfileValues;

/** Where the profile form is: a {@link FormStatus}, or `needs-sign-in` after a 401 (values kept, save pending). */
export type ProfileFormStatus = FormStatus | 'needs-sign-in';

/** The genders the form offers (the User API also knows `unisex`, kept when a user has it). */
export const PROFILE_GENDERS = ['male', 'female', 'other'] as const;

/** Longest name the form accepts. */
export const MAX_NAME_LENGTH = 100;

/** Options of {@link useProfileForm}. */
export interface ProfileFormOptions {
  /** Called after a save, with the user as the server answered. */
  onSuccess?: (user: UserSchema | undefined) => void;
  /**
   * Called when a save met a 401 (the session ended mid-edit): the typed values are kept and the save is pending.
   * Sign the user in again (show a sign-in dialog, or go through the app's own flow): when `useLoggedInUser` shows
   * the same user again, the save is replayed once, automatically.
   */
  onSignInRequired?: (pending: ProfileValues) => void;
  /** The `platform` query argument. */
  platform?: string;
}

/** What {@link useProfileForm} returns. */
export interface ProfileForm {
  /** The react-hook-form instance. */
  form: ReturnType<typeof useForm<ProfileValues>>;
  /** Props for a field's label, input, hint and error (`gender` renders well as a `<select>` of `genderOptions`). */
  getFieldProps: (name: ProfileField) => FieldProps;
  /** Props for the save button. */
  getSubmitProps: () => SubmitProps;
  /** Props for the `<form>`. */
  getFormProps: () => FormElementProps;
  /** Validates and saves (only the fields that changed; nothing is sent when none did). */
  submit: () => Promise<void>;
  /** `needs-sign-in` while a save waits for the user to sign in again. */
  status: ProfileFormStatus;
  /** The last failure (for a 401: "Your session has expired…"). */
  error: FormError | undefined;
  /** Whether a save waits for the user to sign in again. */
  needsSignIn: boolean;
  /** The values of the save waiting for a sign-in. */
  pendingValues: ProfileValues | undefined;
  /** Asks for the sign-in again (calls `onSignInRequired` with the pending values), e.g. from a "Sign in again" button. */
  requestSignIn: () => void;
  /** Drops the pending save (the typed values stay in the form). */
  cancelPending: () => void;
  /** A short confirmation to announce (`Your profile has been updated.`, `There are no changes to save.`). */
  notice: string | undefined;
  /** The signed-in user (`null` signed out, `undefined` while loading). */
  user: UserSchema | null | undefined;
  /** Choices for the gender field: value and label. */
  genderOptions: Array<{ value: string; label: string }>;
}

interface PendingSave {
  id: number;
  values: ProfileValues;
  userId: string | undefined;
}

const userIdOf = (user: UserSchema | null | undefined) => user?._id ?? user?.user_id;
const dateOnly = (value: string | undefined) => /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1] ?? '';

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isPastDate = (value: string) => Date.parse(value) < Date.now();

/**
 * Whether text is an `https://` address the kit would load as an image (see `safeImageUrl`).
 * @example
 * isHttpsImageUrl('https://cdn.example.com/me.png'); // true
 * isHttpsImageUrl('http://cdn.example.com/me.png'); // false
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

function genderLabel(value: string, messages: Messages): string {
  if (value === 'male') return messages.fieldGenderMale;
  if (value === 'female') return messages.fieldGenderFemale;
  if (value === 'other') return messages.fieldGenderOther;
  return value;
}

let pendingIds = 0;

/**
 * The headless profile form: first and last name, gender, date of birth and picture URL (https only), saved with
 * `updateProfile` (optimistic: the signed-in user shows the new values at once and rolls back if the save fails).
 * Only changed fields are sent. A 401 in the middle of an edit keeps the typed values and enters `needs-sign-in`
 * (`onSignInRequired` is called); once the same user is signed in again the save is replayed, once. A different
 * user signing in never gets the first one's edits.
 * @example
 * const profile = useProfileForm({ onSignInRequired: () => setSignInOpen(true) });
 * <form {...profile.getFormProps()}>
 *   <label {...profile.getFieldProps('first_name').labelProps}>First name</label>
 *   <input {...profile.getFieldProps('first_name').inputProps} />
 *   <button {...profile.getSubmitProps()} />
 * </form>
 */
export function useProfileForm(options: ProfileFormOptions = {}): ProfileForm {
  const messages = useMessages();
  const kit = useUserKit();
  const session = useLoggedInUser();
  const user = session.data;
  const { mutateAsync: updateProfile } = useUpdateProfile();
  const submission = useSubmission(messages);
  const { run, reset: resetSubmission } = submission;
  const [pending, setPending] = useState<PendingSave | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const saving = useRef(false);
  const replayed = useRef<number | undefined>(undefined);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  // The last user seen: what the form compares with while the session is gone mid-edit.
  const [knownUser, setKnownUser] = useState(user);
  if (user && user !== knownUser) setKnownUser(user);
  const base = useMemo(() => profileValuesOf(user ?? knownUser), [user, knownUser]);

  const schema = useMemo(() => {
    // A value the user already has is accepted as it is (the server may hold what the form would refuse).
    const changed = (name: ProfileField, value: string) => value.trim() !== '' && value.trim() !== base[name];
    return z.object({
      first_name: z.string().check(
        z.refine((value) => value.trim() !== '', { error: messages.validationRequired }),
        z.refine((value) => value.trim().length <= MAX_NAME_LENGTH, { error: formatMessage(messages.validationTooLong, { max: MAX_NAME_LENGTH }) }),
      ),
      last_name: z.string().check(z.refine((value) => value.trim().length <= MAX_NAME_LENGTH, { error: formatMessage(messages.validationTooLong, { max: MAX_NAME_LENGTH }) })),
      gender: z.string(),
      dob: z.string().check(
        z.refine((value) => !changed('dob', value) || isDate(value), { error: messages.validationDate, abort: true }),
        z.refine((value) => !changed('dob', value) || isPastDate(value), { error: messages.validationDatePast }),
      ),
      profile_pic_url: z.string().check(z.refine((value) => !changed('profile_pic_url', value) || isHttpsImageUrl(value), { error: messages.validationHttpsUrl })),
    });
  }, [messages, base]);

  const form = useForm<ProfileValues>({
    resolver: schemaResolver(schema),
    defaultValues: profileValuesOf(user),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: true,
  });
  const formId = useId();

  // Follow the server's user (first load, another tab's edit, a rollback) without touching what the user typed.
  useEffect(() => {
    if (!user || pending || saving.current) return;
    form.reset(profileValuesOf(user), { keepDirtyValues: true });
  }, [user, pending, form]);

  const save = useCallback(
    async (values: ProfileValues) => {
      if (saving.current) return; // one save at a time (a double click saves once)
      const current = kit.queryClient.getQueryData<UserSchema | null>(userKeys.session()) ?? undefined;
      const body = profileChanges(values, current);
      if (Object.keys(body).length === 0) {
        resetSubmission();
        setNotice(messages.profileNoChanges);
        return;
      }
      setNotice(undefined);
      saving.current = true;
      const platform = optionsRef.current.platform;
      const result = await run(() => updateProfile({ body, ...(platform === undefined ? {} : { platform }) })).finally(() => {
        saving.current = false;
      });
      if (!result) return;
      if (!result.ok && isFdkUnauthorizedError(result.error.cause)) {
        // The session ended mid-edit: keep everything, wait for a sign-in, then replay (see the effect below).
        setPending({ id: ++pendingIds, values, userId: userIdOf(current) });
        optionsRef.current.onSignInRequired?.(values);
        return;
      }
      setPending(undefined);
      if (result.ok) {
        const saved = result.value.user ?? kit.queryClient.getQueryData<UserSchema | null>(userKeys.session()) ?? undefined;
        if (saved) form.reset(profileValuesOf(saved));
        setNotice(messages.profileSaved);
        optionsRef.current.onSuccess?.(saved);
        return;
      }
      form.setFocus('first_name');
    },
    [kit.queryClient, run, resetSubmission, messages, updateProfile, form],
  );

  // Replay the pending save once, when a user is signed in again (the pending save stays until it settles). The
  // session is watched in the query cache, where the sign-in writes it.
  useEffect(() => {
    if (!pending) return;
    const sessionHash = hashKey(userKeys.session());
    const unsubscribe = kit.queryClient.getQueryCache().subscribe((event) => {
      if (event.query.queryHash !== sessionHash || replayed.current === pending.id) return;
      const next = kit.queryClient.getQueryData<UserSchema | null>(userKeys.session());
      if (!next) return;
      replayed.current = pending.id;
      // Let the sign-in finish first.
      setTimeout(() => {
        if (pending.userId === undefined || pending.userId === userIdOf(next)) {
          void save(pending.values);
          return;
        }
        // Someone else signed in: never write the first user's edits into their account.
        setPending(undefined);
        resetSubmission();
        form.reset(profileValuesOf(next));
        setNotice(messages.profileOtherUser);
      }, 0);
    });
    return unsubscribe;
  }, [pending, kit.queryClient, save, resetSubmission, form, messages]);

  const submit = useCallback(() => form.handleSubmit(save)(), [form, save]);
  const busy = submission.status === 'submitting';
  const needsSignIn = pending !== undefined && !busy;

  const specs: Record<ProfileField, FieldSpec> = {
    first_name: { label: messages.fieldFirstName, type: 'text', autoComplete: 'given-name', required: true, maxLength: MAX_NAME_LENGTH, dir: 'auto' },
    last_name: { label: messages.fieldLastName, type: 'text', autoComplete: 'family-name', required: false, maxLength: MAX_NAME_LENGTH, dir: 'auto' },
    gender: { label: messages.fieldGender, type: 'text', autoComplete: 'sex', required: false },
    dob: { label: messages.fieldDateOfBirth, type: 'date', autoComplete: 'bday', required: false, dir: 'ltr' },
    profile_pic_url: {
      label: messages.fieldProfilePicture,
      type: 'url',
      inputMode: 'url',
      autoComplete: 'photo',
      required: false,
      description: messages.profilePictureHint,
      maxLength: 2048,
      dir: 'ltr',
    },
  };

  const currentGender = base.gender;
  const genderValues: string[] = [...PROFILE_GENDERS];
  if (currentGender !== '' && !genderValues.includes(currentGender)) genderValues.push(currentGender);
  const genderOptions = [
    ...(currentGender === '' ? [{ value: '', label: messages.fieldGenderUnset }] : []),
    ...genderValues.map((value) => ({ value, label: genderLabel(value, messages) })),
  ];

  return {
    form,
    getFieldProps: (name) => fieldProps(formId, form, name, specs[name], form.formState.errors),
    getSubmitProps: () => submitButtonProps(busy, messages.profileSubmit, messages.profileSubmitting),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    status: needsSignIn ? 'needs-sign-in' : submission.status,
    error: submission.error,
    needsSignIn,
    pendingValues: pending?.values,
    requestSignIn: () => {
      if (pending) optionsRef.current.onSignInRequired?.(pending.values);
    },
    cancelPending: () => setPending(undefined),
    notice,
    user,
    genderOptions,
  };
}
