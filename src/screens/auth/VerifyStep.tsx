'use client';
import type { Verification } from '../../flow/types';
import type { AuthFlow } from '../../flow/useAuthFlow';
import { useMessages } from '../../i18n/MessagesContext';
import { registerMessages } from '../../i18n/messages/register';
import { VerifyBothEmail, VerifyBothMobile, VerifyBothRoot, VerifyBothStatus } from '../../components/VerifyBoth';

/** The "verify both" step of `AuthScreen`: the codes sent to the mobile number and/or the email, on one step. */
export function VerifyStep({ flow, verification, redirectTo }: { flow: AuthFlow; verification: Verification; redirectTo: string | undefined }) {
  const messages = useMessages(registerMessages);
  return (
    <>
      <p className="fdk-hint">{messages.verifyHint}</p>
      <VerifyBothRoot verification={verification} redirectTo={redirectTo} onNext={flow.send}>
        <VerifyBothStatus />
        <VerifyBothMobile />
        <VerifyBothEmail />
      </VerifyBothRoot>
    </>
  );
}
