'use client';
import { Sentence } from '../../components/primitives/Sentence';
import { useMessages } from '../../i18n/MessagesContext';
import { linkMessages } from '../../i18n/messages/link';
import { forgotMessages } from '../../i18n/messages/forgot';
import type { AuthFlow } from '../../flow/useAuthFlow';

/**
 * The step after a profile that asked for an email link: the account exists and the shopper is signed in; the
 * email is verified when they open the link (Fynd's "verification link sent" page).
 */
export function EmailLinkStep({ flow, email }: { flow: AuthFlow; email: string }) {
  const messages = useMessages(linkMessages, forgotMessages);
  const state = flow.state;
  return (
    <div className="fdk-notice-step">
      <p>
        <Sentence template={messages.emailLinkBody} name="email">
          <bdi dir="ltr">{email}</bdi>
        </Sentence>
      </p>
      <button
        type="button"
        className="fdk-button fdk-button-primary"
        onClick={() => {
          if (state.step === 'emailLink' && state.user) flow.send({ type: 'signedIn', user: state.user });
          else flow.send({ type: 'back' });
        }}
      >
        {messages.commonContinue}
      </button>
    </div>
  );
}

/** The step of a disabled account: what happened, and back to sign-in (Fynd's "account locked" page). */
export function LockedStep({ flow, supportEmail }: { flow: AuthFlow; supportEmail: string | undefined }) {
  const messages = useMessages(linkMessages, forgotMessages);
  return (
    <div className="fdk-notice-step" role="alert">
      <p>{messages.lockedBody}</p>
      {supportEmail ? (
        <p>
          <Sentence template={messages.lockedSupport} name="email">
            <a href={`mailto:${supportEmail}`} dir="ltr">
              {supportEmail}
            </a>
          </Sentence>
        </p>
      ) : null}
      <button type="button" className="fdk-button" onClick={() => flow.send({ type: 'back' })}>
        {messages.forgotBackToSignIn}
      </button>
    </div>
  );
}
