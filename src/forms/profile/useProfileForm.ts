'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isFdkUnauthorizedError } from '../../client/errors';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { useLoggedInUser } from '../../query/hooks/useLoggedInUser';
import { userKeys } from '../../query/keys';
import { useUserKit } from '../../query/userKit';
import type { UserSchema } from '../../schemas/common';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import type { FormStatus } from '../kit/types';
import { profileChanges, profileGenderOptions, profileSchema, profileSpecs, profileValuesOf, type ProfileValues } from './profileForm';
import { usePendingSave } from './usePendingSave';
import { personMessages } from '../../i18n/messages/person';

/** Where the profile form is: a {@link FormStatus}, or `needs-sign-in` after a 401 (values kept, save pending). */
export type ProfileFormStatus = FormStatus | 'needs-sign-in';

/** Options of {@link useProfileForm}. */
export interface ProfileFormOptions {
  /** Called after a save, with the user as the server answered. */
  onSuccess?: (user: UserSchema | undefined) => void;
}

/** What {@link useProfileForm} returns. */
export interface ProfileForm extends Omit<KitForm<ProfileValues>, 'status'> {
  /** `needs-sign-in` while a save waits for the user to sign in again. */
  status: ProfileFormStatus;
  /** Whether a save waits for the user to sign in again. */
  needsSignIn: boolean;
  /** The values of the save waiting for a sign-in. */
  pendingValues: ProfileValues | undefined;
  /** Asks for the sign-in (the provider's `onSignInRequired`, `reason: 'requested'`), e.g. from a "Sign in again" button. */
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

/**
 * The headless profile form: names, gender, date of birth and picture URL (https only), saved with
 * `updateProfile` (optimistic: the signed-in user shows the new values at once and rolls back if the save fails).
 * Only changed fields are sent. A 401 in the middle of an edit keeps the typed values and enters `needs-sign-in`;
 * once the same user is signed in again the save is replayed, once. A different user signing in never gets the
 * first one's edits.
 * @example
 * const profile = useProfileForm();
 * <form {...profile.getFormProps()}>
 *   <label {...profile.getFieldProps('first_name').labelProps}>First name</label>
 *   <input {...profile.getFieldProps('first_name').inputProps} />
 *   <button {...profile.getSubmitProps()} />
 * </form>
 */
export function useProfileForm(options: ProfileFormOptions = {}): ProfileForm {
  const messages = useMessages(profileMessages, personMessages);
  const kit = useUserKit();
  const user = useLoggedInUser().data;
  const [notice, setNotice] = useState<string | undefined>();
  // The last user seen: what the form compares with while the session is gone mid-edit.
  const [knownUser, setKnownUser] = useState(user);
  if (user && user !== knownUser) setKnownUser(user);
  const base = useMemo(() => profileValuesOf(user ?? knownUser), [user, knownUser]);
  const schema = useMemo(() => profileSchema(messages, base), [messages, base]);
  const savingFor = useRef<UserSchema | null | undefined>(undefined);

  const kitForm = useKitForm({
    fields: profileSpecs(messages),
    schema,
    defaultValues: profileValuesOf(user),
    labels: { submit: messages.profileSubmit, busy: messages.profileSubmitting },
    send: async (values, api) => {
      setNotice(undefined);
      const current = kit.queryClient.getQueryData<UserSchema | null>(userKeys.session());
      savingFor.current = current ?? knownUser;
      const body = profileChanges(values, current ?? knownUser);
      if (Object.keys(body).length === 0) return { saved: false as const };
      let answer;
      try {
        answer = await api.call('updateProfile', { body });
      } catch (error) {
        // The session ended mid-edit: keep everything and wait for a sign-in (held before the form's status
        // changes, so that no render shows the form gone); then the save is replayed once.
        if (isFdkUnauthorizedError(error)) pendingSave.hold(values, savingFor.current);
        throw error;
      }
      return { saved: true as const, user: answer.user ?? kit.queryClient.getQueryData<UserSchema | null>(userKeys.session()) ?? undefined };
    },
    onSuccess: (result, _values, form) => {
      pendingSave.clear();
      if (!result.saved) {
        setNotice(messages.profileNoChanges);
        return;
      }
      if (result.user) form.reset(profileValuesOf(result.user));
      setNotice(messages.profileSaved);
      options.onSuccess?.(result.user);
    },
    // After a 401 focus stays on Save: the sign-in dialog takes it and gives it back.
    onFailure: (error) => (isFdkUnauthorizedError(error.cause) ? null : 'first_name'),
  });
  const { form, submit } = kitForm;
  const pendingSave = usePendingSave<ProfileValues>(
    kit.queryClient,
    (values) => {
      form.reset(values, { keepDefaultValues: true });
      void submit();
    },
    (other) => {
      kitForm.reset();
      form.reset(profileValuesOf(other));
      setNotice(messages.profileOtherUser);
    },
  );

  // Follow the server's user (first load, another tab's edit, a rollback) without touching what the user typed.
  const { pending } = pendingSave;
  const busy = kitForm.status === 'submitting';
  useEffect(() => {
    if (!user || pending || busy) return;
    form.reset(profileValuesOf(user), { keepDirtyValues: true });
  }, [user, pending, busy, form]);

  // Waiting for a sign-in until the session is back (then the replay runs, whatever order its updates commit in).
  const needsSignIn = pending !== undefined && pending.resumed !== true && !busy;
  return {
    ...kitForm,
    status: needsSignIn ? 'needs-sign-in' : kitForm.status,
    needsSignIn,
    pendingValues: pending?.values,
    requestSignIn: () => kit.signIn.emit({ reason: 'requested' }),
    cancelPending: pendingSave.clear,
    notice,
    user,
    genderOptions: profileGenderOptions(messages, base.gender),
  };
}
