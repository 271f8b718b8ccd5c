'use client';
import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlow } from '../../flow/useAuthFlow';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { forgotMessages } from '../../i18n/messages/forgot';
import {
  ForgotPasswordError,
  ForgotPasswordFieldPart,
  ForgotPasswordNotice,
  ForgotPasswordRoot,
  ForgotPasswordStepPart,
  ForgotPasswordSubmit,
} from '../../components/ForgotPassword';

/** The password-reset step of `AuthScreen` (also the landing of a reset link, with its `code`). */
export function ForgotStep({ flow, view, code, redirectTo }: { flow: AuthFlow; view: PlatformView; code: string | undefined; redirectTo: string | undefined }) {
  const messages = useMessages(forgotMessages, loginMessages);
  return (
    <>
      <ForgotPasswordRoot view={view} code={code} redirectTo={redirectTo} onNext={flow.send} className="fdk-form">
        <ForgotPasswordStepPart step="email">
          <p className="fdk-hint">{messages.forgotHint}</p>
          <ForgotPasswordFieldPart name="email" />
        </ForgotPasswordStepPart>
        <ForgotPasswordNotice />
        <ForgotPasswordStepPart step="code">
          <ForgotPasswordFieldPart name="code" />
        </ForgotPasswordStepPart>
        <ForgotPasswordStepPart step="password">
          <ForgotPasswordFieldPart name="password" />
          <ForgotPasswordFieldPart name="confirmPassword" />
        </ForgotPasswordStepPart>
        <ForgotPasswordStepPart step="done">
          <p className="fdk-success" role="status">
            {messages.resetSuccess}
          </p>
        </ForgotPasswordStepPart>
        <ForgotPasswordError />
        <ForgotPasswordSubmit />
      </ForgotPasswordRoot>
      <nav className="fdk-links" aria-label={messages.forgotTitle}>
        <button type="button" className="fdk-link-button" onClick={() => flow.send({ type: 'back' })}>
          {messages.forgotBackToSignIn}
        </button>
      </nav>
    </>
  );
}
