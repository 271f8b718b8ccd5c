'use client';
import { useCompleteProfileForm, type CompleteProfileForm, type CompleteProfileFormOptions } from '../forms/completeProfile/useCompleteProfileForm';
import { useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { registerMessages } from '../i18n/messages/register';
import { FormErrorMessage } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import { PersonField, type PersonFieldPartProps } from './primitives/PersonField';
import { Sentence } from './primitives/Sentence';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';

const [CompleteProfileProvider, useCompleteProfilePart] = createPartsContext<CompleteProfileForm>('CompleteProfile');

/** The complete-profile form of the nearest `CompleteProfile.Root`. */
export function useCompleteProfileContext(): CompleteProfileForm {
  return useCompleteProfilePart('useCompleteProfileContext()');
}

/** Props of `CompleteProfile.Root`. */
export type CompleteProfileRootProps = CompleteProfileFormOptions & FormRootElementProps;

/**
 * The complete-profile step of a new shopper: a `<form>` running `useCompleteProfileForm`.
 * @example
 * <CompleteProfile.Root registerToken={token} known={known} onNext={flow.send}>
 *   <CompleteProfile.Known />
 *   <CompleteProfile.Field name="first_name" />
 *   <CompleteProfile.Field name="last_name" />
 *   <CompleteProfile.Field name="gender" />
 *   <CompleteProfile.Field name="email" />
 *   <CompleteProfile.Field name="mobile" />
 *   <CompleteProfile.Error />
 *   <CompleteProfile.Submit />
 * </CompleteProfile.Root>
 */
export function CompleteProfileRoot({ registerToken, known, view, redirectTo, onNext, onSuccess, ...props }: CompleteProfileRootProps) {
  const form = useCompleteProfileForm({ registerToken, known, view, redirectTo, onNext, onSuccess });
  const messages = useMessages(registerMessages, loginMessages);
  return (
    <CompleteProfileProvider value={form}>
      <FormRoot form={form.getFormProps()} aria-label={messages.completeProfileTitle} {...props} />
    </CompleteProfileProvider>
  );
}
CompleteProfileRoot.displayName = 'CompleteProfile.Root';

/** One field; renders nothing when not asked (the contact an earlier step proved is not asked again). */
export function CompleteProfileField(props: PersonFieldPartProps) {
  const form = useCompleteProfilePart('<CompleteProfile.Field>');
  return <PersonField kitForm={form} asks={form.fields} genderOptions={form.genderOptions} {...props} />;
}
CompleteProfileField.displayName = 'CompleteProfile.Field';

/** What the shopper signs up with, as proven by the previous step (`Signing up with +91 9876543210`). */
export function CompleteProfileKnown({ className }: { className?: string }) {
  const form = useCompleteProfilePart('<CompleteProfile.Known>');
  const messages = useMessages(registerMessages, loginMessages);
  const contact = form.known.mobile ? `+${form.known.countryCode ?? ''} ${form.known.mobile}` : form.known.email;
  if (!contact) return null;
  // The contact sits where the sentence puts it, isolated left-to-right inside any script.
  return (
    <p className={className ?? 'fdk-hint'}>
      <Sentence template={messages.completeProfileKnown} name="contact">
        <bdi dir="ltr">{contact}</bdi>
      </Sentence>
    </p>
  );
}
CompleteProfileKnown.displayName = 'CompleteProfile.Known';

/** The submit button. */
export function CompleteProfileSubmit(props: SubmitPartProps) {
  const form = useCompleteProfilePart('<CompleteProfile.Submit>');
  return <SubmitButton submit={form.getSubmitProps()} {...props} />;
}
CompleteProfileSubmit.displayName = 'CompleteProfile.Submit';

/** The error, announced to screen readers. */
export function CompleteProfileError({ className }: { className?: string }) {
  const form = useCompleteProfilePart('<CompleteProfile.Error>');
  return <FormErrorMessage className={className} error={form.error} onRetry={form.submit} />;
}
CompleteProfileError.displayName = 'CompleteProfile.Error';

export {
  CompleteProfileRoot as Root,
  CompleteProfileField as Field,
  CompleteProfileKnown as Known,
  CompleteProfileSubmit as Submit,
  CompleteProfileError as Error,
};
