'use client';
import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlow } from '../../flow/useAuthFlow';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { registerMessages } from '../../i18n/messages/register';
import { RegisterError, RegisterField, RegisterRoot, RegisterSkip, RegisterSubmit } from '../../components/Register';

/** The registration step of `AuthScreen`. */
export function RegisterStep({ flow, view, redirectTo }: { flow: AuthFlow; view: PlatformView; redirectTo: string | undefined }) {
  const messages = useMessages(registerMessages, loginMessages);
  if (!view.canRegister) {
    return (
      <p className="fdk-empty" role="status">
        {messages.registerUnavailable}
      </p>
    );
  }
  return (
    <>
      <RegisterRoot view={view} redirectTo={redirectTo} onNext={flow.send} className="fdk-form">
        <RegisterField name="first_name" />
        <RegisterField name="last_name" />
        <RegisterField name="gender" />
        <RegisterField name="email" />
        <RegisterField name="mobile" />
        <RegisterField name="password" />
        <RegisterField name="confirmPassword" />
        <RegisterError />
        <RegisterSubmit />
        <RegisterSkip />
      </RegisterRoot>
      <nav className="fdk-links" aria-label={messages.registerTitle}>
        <p>
          {messages.registerHaveAccount}{' '}
          <button type="button" className="fdk-link-button" onClick={() => flow.send({ type: 'back' })}>
            {messages.registerSignIn}
          </button>
        </p>
      </nav>
    </>
  );
}
