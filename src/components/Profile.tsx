'use client';
import type { ReactNode } from 'react';
import { safeImageUrl } from '../config/safeUrl';
import { isHttpsImageUrl } from '../forms/profile/profileForm';
import { useProfileForm, type ProfileForm, type ProfileFormOptions } from '../forms/profile/useProfileForm';
import { useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { useLoggedInUser } from '../query/hooks/useLoggedInUser';
import { FormErrorMessage, FormField, SelectField } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import type { PersonFieldPartProps } from './primitives/PersonField';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';

const [ProfileProvider, useProfilePart] = createPartsContext<ProfileForm>('Profile');

/** The profile form of the nearest `Profile.Root`, for parts of your own. */
export function useProfileContext(): ProfileForm {
  return useProfilePart('useProfileContext()');
}

/**
 * Props of `Profile.Root`: the options of `useProfileForm` (or a `profile` you run yourself with it, to read its
 * state outside the form), plus the `<form>` element's props.
 */
export type ProfileRootProps = ProfileFormOptions & FormRootElementProps & { profile?: ProfileForm };

function ProfileFormElement({ profile, ...props }: FormRootElementProps & { profile: ProfileForm }) {
  const messages = useMessages(profileMessages);
  return (
    <ProfileProvider value={profile}>
      <FormRoot form={profile.getFormProps()} aria-label={messages.profileDetailsTitle} data-status={profile.status} {...props} />
    </ProfileProvider>
  );
}

function ProfileRootWithHook({ onSuccess, ...props }: Omit<ProfileRootProps, 'profile'>) {
  const profile = useProfileForm({ onSuccess });
  return <ProfileFormElement profile={profile} {...props} />;
}

/**
 * The profile form: a `<form>` running `useProfileForm`, whose parts read it from context.
 * @example
 * <Profile.Root>
 *   <Profile.Field name="first_name" />
 *   <Profile.Field name="last_name" />
 *   <Profile.Gender />
 *   <Profile.Field name="dob" />
 *   <Profile.Field name="profile_pic_url" />
 *   <Profile.Error />
 *   <Profile.Notice />
 *   <Profile.Submit />
 * </Profile.Root>
 */
export function ProfileRoot({ profile, ...props }: ProfileRootProps) {
  if (profile) {
    const { onSuccess: _onSuccess, ...formProps } = props;
    return <ProfileFormElement profile={profile} {...formProps} />;
  }
  return <ProfileRootWithHook {...props} />;
}
ProfileRoot.displayName = 'Profile.Root';

/** One text field (`first_name`, `last_name`, `dob`, `profile_pic_url`); names take any script (`dir="auto"`). */
export function ProfileField({ name, asChild, children, className, ...input }: Omit<PersonFieldPartProps, 'name'> & { name: 'first_name' | 'last_name' | 'dob' | 'profile_pic_url' }) {
  const profile = useProfilePart('<Profile.Field>');
  return (
    <FormField className={className} field={profile.getFieldProps(name, input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
ProfileField.displayName = 'Profile.Field';

/** The gender as a `<select>` of `genderOptions`. */
export function ProfileGender({ className }: { className?: string }) {
  const profile = useProfilePart('<Profile.Gender>');
  return <SelectField className={className} field={profile.getFieldProps('gender')} options={profile.genderOptions} />;
}
ProfileGender.displayName = 'Profile.Gender';

/** The save button, `aria-busy` while saving (a second click does nothing). */
export function ProfileSubmit(props: SubmitPartProps) {
  const profile = useProfilePart('<Profile.Submit>');
  return <SubmitButton submit={profile.getSubmitProps()} {...props} />;
}
ProfileSubmit.displayName = 'Profile.Submit';

/** The save error, announced: "Try again" for retryable ones; after a 401 a "Sign in again" button. */
export function ProfileError({ className, children }: { className?: string; children?: ReactNode }) {
  const profile = useProfilePart('<Profile.Error>');
  const messages = useMessages(profileMessages);
  return (
    <FormErrorMessage className={className} error={profile.error} onRetry={() => void profile.submit()}>
      {profile.needsSignIn ? (
        <button type="button" className="fdk-button fdk-button-primary" onClick={profile.requestSignIn}>
          {messages.errorSignInAgain}
        </button>
      ) : null}
      {children}
    </FormErrorMessage>
  );
}
ProfileError.displayName = 'Profile.Error';

/** The confirmation after a save (`Your profile has been updated.`), in a polite live region. */
export function ProfileNotice({ className }: { className?: string }) {
  const profile = useProfilePart('<Profile.Notice>');
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {profile.notice ?? ''}
    </p>
  );
}
ProfileNotice.displayName = 'Profile.Notice';

/**
 * The signed-in user at a glance: picture (https only; anything else, or one that fails to load, shows initials),
 * full name and primary email, all as text. Reads the cache, so it shows an optimistic save at once. Works
 * outside `Profile.Root`.
 */
export function ProfileSummary({ className }: { className?: string }) {
  const { data: user } = useLoggedInUser();
  if (!user) return null;
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  const picture = user.profile_pic_url && isHttpsImageUrl(user.profile_pic_url) ? safeImageUrl(user.profile_pic_url) : undefined;
  const email = user.emails?.find((item) => item.primary)?.email ?? user.emails?.[0]?.email;
  const initials = [user.first_name, user.last_name].map((part) => Array.from(part?.trim() ?? '')[0] ?? '').join('');
  return (
    <div className={className ?? 'fdk-profile-summary'}>
      <span className="fdk-avatar" aria-hidden="true">
        {initials}
        {picture ? (
          <img
            src={picture}
            alt=""
            width={56}
            height={56}
            referrerPolicy="no-referrer"
            onError={(event) => {
              // A broken picture leaves the initials underneath.
              event.currentTarget.hidden = true;
            }}
          />
        ) : null}
      </span>
      <div className="fdk-profile-summary-text">
        <p className="fdk-profile-name" dir="auto">
          {name}
        </p>
        {email ? (
          <p className="fdk-hint" dir="ltr">
            {email}
          </p>
        ) : null}
      </div>
    </div>
  );
}
ProfileSummary.displayName = 'Profile.Summary';

export {
  ProfileRoot as Root,
  ProfileField as Field,
  ProfileGender as Gender,
  ProfileSubmit as Submit,
  ProfileError as Error,
  ProfileNotice as Notice,
  ProfileSummary as Summary,
};
