'use client';
import { useRegisterForm, type RegisterForm, type RegisterFormOptions } from '../forms/register/useRegisterForm';
import { useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { registerMessages } from '../i18n/messages/register';
import { FormErrorMessage } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import { PersonField, type PersonFieldPartProps } from './primitives/PersonField';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';
import { SlotButton } from './Slot';

const [RegisterProvider, useRegisterPart] = createPartsContext<RegisterForm>('Register');

/** The registration form of the nearest `Register.Root`. */
export function useRegisterContext(): RegisterForm {
  return useRegisterPart('useRegisterContext()');
}

/** Props of `Register.Root`. */
export type RegisterRootProps = RegisterFormOptions & FormRootElementProps;

/**
 * The registration form: a `<form>` running `useRegisterForm`.
 * @example
 * <Register.Root onNext={flow.send}>
 *   <Register.Field name="first_name" />
 *   <Register.Field name="last_name" />
 *   <Register.Field name="gender" />
 *   <Register.Field name="email" />
 *   <Register.Field name="mobile" />
 *   <Register.Field name="password" />
 *   <Register.Field name="confirmPassword" />
 *   <Register.Error />
 *   <Register.Submit />
 *   <Register.Skip />
 * </Register.Root>
 */
export function RegisterRoot({ view, defaultValues, redirectTo, onNext, onSuccess, ...props }: RegisterRootProps) {
  const register = useRegisterForm({ view, defaultValues, redirectTo, onNext, onSuccess });
  const messages = useMessages(registerMessages, loginMessages);
  return (
    <RegisterProvider value={register}>
      <FormRoot form={register.getFormProps()} aria-label={messages.registerTitle} {...props} />
    </RegisterProvider>
  );
}
RegisterRoot.displayName = 'Register.Root';

/** One field of the registration form; renders nothing when the config does not ask for it. */
export function RegisterField(props: PersonFieldPartProps) {
  const register = useRegisterPart('<Register.Field>');
  return <PersonField kitForm={register} asks={register.fields} genderOptions={register.genderOptions} {...props} />;
}
RegisterField.displayName = 'Register.Field';

/** "Skip for now": submits without the soft fields; renders nothing when there are none to skip. */
export function RegisterSkip({ asChild, children, ...props }: SubmitPartProps) {
  const register = useRegisterPart('<Register.Skip>');
  if (register.softFields.length === 0) return null;
  const { onClick, ...skip } = register.getSkipProps();
  const button = { ...skip, onClick: () => void onClick(), ...props };
  if (asChild) {
    return (
      <SlotButton {...button} label={skip.children}>
        {children}
      </SlotButton>
    );
  }
  return (
    <button className="fdk-button fdk-button-secondary" {...button}>
      {children ?? skip.children}
    </button>
  );
}
RegisterSkip.displayName = 'Register.Skip';

/** The create-account button. */
export function RegisterSubmit(props: SubmitPartProps) {
  const register = useRegisterPart('<Register.Submit>');
  return <SubmitButton submit={register.getSubmitProps()} {...props} />;
}
RegisterSubmit.displayName = 'Register.Submit';

/** The registration error, announced to screen readers. */
export function RegisterError({ className }: { className?: string }) {
  const register = useRegisterPart('<Register.Error>');
  return <FormErrorMessage className={className} error={register.error} onRetry={register.submit} />;
}
RegisterError.displayName = 'Register.Error';

export { RegisterRoot as Root, RegisterField as Field, RegisterSkip as Skip, RegisterSubmit as Submit, RegisterError as Error };
