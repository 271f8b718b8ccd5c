'use client';
import type { OtpTarget } from '../../flow/types';
import type { AuthFlow } from '../../flow/useAuthFlow';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { otpMessages } from '../../i18n/messages/otp';
import { OtpError, OtpInput, OtpResend, OtpRoot, OtpSlots, OtpSubmit } from '../../components/Otp';

/** The code step of `AuthScreen`: the code, resend, and back to change the number. */
export function OtpStep({ flow, target, redirectTo }: { flow: AuthFlow; target: OtpTarget; redirectTo: string | undefined }) {
  const messages = useMessages(otpMessages, loginMessages);
  return (
    <>
      <OtpRoot target={target} redirectTo={redirectTo} onNext={flow.send} className="fdk-form">
        {/* The one input lies over its boxes (styles.css): typing, paste and autofill go to it, the boxes show it. */}
        <div className="fdk-otp-entry">
          <OtpInput />
          <OtpSlots />
        </div>
        <OtpError />
        <OtpSubmit />
        <OtpResend />
      </OtpRoot>
      <nav className="fdk-links" aria-label={messages.otpTitle}>
        <button type="button" className="fdk-link-button" onClick={() => flow.send({ type: 'back' })}>
          {target.channel === 'mobile' ? messages.otpChangeMobile : messages.otpChangeEmail}
        </button>
      </nav>
    </>
  );
}
