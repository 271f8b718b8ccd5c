'use client';
import {
  createContext,
  useContext,
  type ButtonHTMLAttributes,
  type ChangeEventHandler,
  type FocusEventHandler,
  type FormHTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { safeImageUrl } from '../config/safeUrl';
import { isHttpsImageUrl, useProfileForm, type ProfileForm, type ProfileFormOptions } from '../forms/useProfileForm';
import { useLoggedInUser } from '../query/hooks/useLoggedInUser';
import { useMessages } from '../query/UserKitProvider';
import { FieldError, FormErrorMessage, FormField } from './Form';
import { SlotButton } from './Slot';

const ProfileContext = createContext<ProfileForm | null>(null);

/** The profile form of the nearest `Profile.Root`, for parts of your own. */
export function useProfileContext(): ProfileForm {
  const form = useContext(ProfileContext);
  if (!form) throw new Error('Profile parts must be inside <Profile.Root>.');
  return form;
}

/**
 * Props of `Profile.Root`: the options of `useProfileForm` (or a `profile` you run yourself with it, to read its
 * state outside the form), plus the `<form>` element's props.
 */
export type ProfileRootProps = ProfileFormOptions &
  Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & {
    /** A form from `useProfileForm` (then the options are not used). */
    profile?: ProfileForm;
    children?: ReactNode;
  };

function ProfileFormElement({ profile, children, ...formProps }: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & { profile: ProfileForm; children?: ReactNode }) {
  return (
    <ProfileContext.Provider value={profile}>
      <form {...formProps} {...profile.getFormProps()} data-status={profile.status}>
        {children}
      </form>
    </ProfileContext.Provider>
  );
}

function ProfileRootWithHook({ onSuccess, onSignInRequired, platform, ...rest }: Omit<ProfileRootProps, 'profile'>) {
  const profile = useProfileForm({ onSuccess, onSignInRequired, platform });
  return <ProfileFormElement profile={profile} {...rest} />;
}

/**
 * The profile form: a `<form>` running `useProfileForm`, whose parts read it from context.
 * @example
 * <Profile.Root onSignInRequired={() => setSignInOpen(true)}>
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
function ProfileRoot({ profile, ...props }: ProfileRootProps) {
  if (profile) {
    const { onSuccess: _onSuccess, onSignInRequired: _onSignInRequired, platform: _platform, ...formProps } = props;
    return <ProfileFormElement profile={profile} {...formProps} />;
  }
  return <ProfileRootWithHook {...props} />;
}

/** One text field of the profile form (`first_name`, `last_name`, `dob`, `profile_pic_url`); names take any script (`dir="auto"`). */
function ProfileFieldPart({ name, asChild, children, className }: { name: 'first_name' | 'last_name' | 'dob' | 'profile_pic_url'; asChild?: boolean; children?: ReactElement; className?: string }) {
  const profile = useProfileContext();
  return (
    <FormField className={className} field={profile.getFieldProps(name)} asChild={asChild}>
      {children}
    </FormField>
  );
}

/** The gender as a `<select>` of `genderOptions`. */
function ProfileGender({ className }: { className?: string }) {
  const profile = useProfileContext();
  const messages = useMessages();
  const field = profile.getFieldProps('gender');
  const { type: _type, inputMode: _inputMode, spellCheck: _spellCheck, autoCapitalize: _autoCapitalize, maxLength: _maxLength, pattern: _pattern, ref, onChange, onBlur, ...input } = field.inputProps;
  return (
    <div className={className ?? 'fdk-field'} data-invalid={field.error ? '' : undefined}>
      <label className="fdk-label" {...field.labelProps}>
        {field.label}
        <span className="fdk-optional"> ({messages.commonOptional})</span>
      </label>
      <select
        {...input}
        className="fdk-input fdk-select"
        ref={ref as unknown as Ref<HTMLSelectElement>}
        onChange={onChange as unknown as ChangeEventHandler<HTMLSelectElement>}
        onBlur={onBlur as unknown as FocusEventHandler<HTMLSelectElement>}
      >
        {profile.genderOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError field={field} />
    </div>
  );
}

/** The save button, `aria-busy` while saving (a second click does nothing). */
function ProfileSubmit({ asChild, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { asChild?: boolean }) {
  const profile = useProfileContext();
  const submit = profile.getSubmitProps();
  if (asChild) return (
      <SlotButton {...props} {...submit} label={submit.children}>
        {children}
      </SlotButton>
    );
  return (
    <button className="fdk-button fdk-button-primary" {...props} {...submit}>
      {children ?? submit.children}
    </button>
  );
}

/**
 * The save error, announced: "Try again" for retryable ones; after a 401 "Your session has expired…" with a
 * "Sign in again" button (which calls `onSignInRequired` again).
 */
function ProfileError({ className }: { className?: string }) {
  const profile = useProfileContext();
  const messages = useMessages();
  return (
    <FormErrorMessage className={className} error={profile.error} onRetry={() => void profile.submit()}>
      {profile.needsSignIn ? (
        <button type="button" className="fdk-button fdk-button-primary" onClick={profile.requestSignIn}>
          {messages.errorSignInAgain}
        </button>
      ) : null}
    </FormErrorMessage>
  );
}

/** The confirmation after a save (`Your profile has been updated.`), in a polite live region. */
function ProfileNotice({ className }: { className?: string }) {
  const profile = useProfileContext();
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {profile.notice ?? ''}
    </p>
  );
}

/**
 * The signed-in user at a glance: picture (https only; anything else is not loaded), full name and primary email,
 * all as text. Reads the cache, so it shows an optimistic save at once. Works outside `Profile.Root`.
 */
function ProfileSummary({ className }: { className?: string }) {
  const { data: user } = useLoggedInUser();
  if (!user) return null;
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  const picture = user.profile_pic_url && isHttpsImageUrl(user.profile_pic_url) ? safeImageUrl(user.profile_pic_url) : undefined;
  const email = user.emails?.find((item) => item.primary)?.email ?? user.emails?.[0]?.email;
  const initials = [user.first_name, user.last_name].map((part) => Array.from(part?.trim() ?? '')[0] ?? '').join('');
  return (
    <div className={className ?? 'fdk-profile-summary'}>
      {picture ? (
        <img className="fdk-avatar" src={picture} alt="" width={56} height={56} referrerPolicy="no-referrer" />
      ) : (
        <span className="fdk-avatar" aria-hidden="true">
          {initials}
        </span>
      )}
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

/**
 * Profile parts: `Profile.Root`, `Profile.Field`, `Profile.Gender`, `Profile.Submit`, `Profile.Error`,
 * `Profile.Notice`, `Profile.Summary`.
 * @example
 * <Profile.Root><Profile.Field name="first_name" /><Profile.Submit /></Profile.Root>
 */
export const Profile = {
  Root: ProfileRoot,
  Field: ProfileFieldPart,
  Gender: ProfileGender,
  Submit: ProfileSubmit,
  Error: ProfileError,
  Notice: ProfileNotice,
  Summary: ProfileSummary,
};
