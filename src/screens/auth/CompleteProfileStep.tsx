'use client';
import type { PlatformView } from '../../config/readPlatformConfig';
import type { KnownContact } from '../../flow/types';
import type { AuthFlow } from '../../flow/useAuthFlow';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { registerMessages } from '../../i18n/messages/register';
import { forgotMessages } from '../../i18n/messages/forgot';
import { CompleteProfileError, CompleteProfileField, CompleteProfileKnown, CompleteProfileRoot, CompleteProfileSubmit } from '../../components/CompleteProfile';

/** The complete-profile step of `AuthScreen`, for a new shopper from an OTP or a social sign-in. */
export function CompleteProfileStep(props: { flow: AuthFlow; view: PlatformView; registerToken: string; known: KnownContact; redirectTo: string | undefined }) {
  const messages = useMessages(registerMessages, forgotMessages, loginMessages);
  return (
    <>
      <p className="fdk-hint">{messages.completeProfileHint}</p>
      <CompleteProfileRoot registerToken={props.registerToken} known={props.known} view={props.view} redirectTo={props.redirectTo} onNext={props.flow.send} className="fdk-form">
        <CompleteProfileKnown />
        <CompleteProfileField name="first_name" />
        <CompleteProfileField name="last_name" />
        <CompleteProfileField name="gender" />
        <CompleteProfileField name="email" />
        <CompleteProfileField name="mobile" />
        <CompleteProfileError />
        <CompleteProfileSubmit />
      </CompleteProfileRoot>
      <nav className="fdk-links" aria-label={messages.completeProfileTitle}>
        <button type="button" className="fdk-link-button" onClick={() => props.flow.send({ type: 'back' })}>
          {messages.forgotBackToSignIn}
        </button>
      </nav>
    </>
  );
}
