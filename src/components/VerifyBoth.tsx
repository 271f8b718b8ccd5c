'use client';
import type { ReactNode } from 'react';
import type { OtpCodeForm } from '../forms/otp/useOtpCode';
import { useVerifyBothForm, type VerifyBothForm, type VerifyBothFormOptions } from '../forms/otp/useVerifyBothForm';
import { useMessages } from '../i18n/MessagesContext';
import { registerMessages } from '../i18n/messages/register';
import { OtpCodeRoot, OtpError, OtpInput, OtpResend, OtpSlots, OtpSubmit } from './Otp';
import { createPartsContext } from './primitives/createPartsContext';

const [VerifyBothProvider, useVerifyBothPart] = createPartsContext<VerifyBothForm>('VerifyBoth');

/** The "verify both" step of the nearest `VerifyBoth.Root`. */
export function useVerifyBothContext(): VerifyBothForm {
  return useVerifyBothPart('useVerifyBothContext()');
}

/** Props of `VerifyBoth.Root`: the options of `useVerifyBothForm`. */
export type VerifyBothRootProps = VerifyBothFormOptions & { children?: ReactNode; className?: string };

/**
 * The "verify both" step: the mobile number's and/or the email's code on one step, each a form of its own.
 * @example
 * <VerifyBoth.Root verification={verification} onNext={flow.send}>
 *   <VerifyBoth.Mobile />
 *   <VerifyBoth.Email />
 * </VerifyBoth.Root>
 */
export function VerifyBothRoot({ verification, autoSubmit, redirectTo, onNext, onSuccess, children, className }: VerifyBothRootProps) {
  const both = useVerifyBothForm({ verification, autoSubmit, redirectTo, onNext, onSuccess });
  return (
    <VerifyBothProvider value={both}>
      <div className={className ?? 'fdk-verify-both'}>{children}</div>
    </VerifyBothProvider>
  );
}
VerifyBothRoot.displayName = 'VerifyBoth.Root';

function CodeSection({ otp, title, children, className }: { otp: OtpCodeForm; title: string; children?: ReactNode; className?: string }) {
  return (
    <section className={className ?? 'fdk-verify-section'} aria-label={title}>
      <h2 className="fdk-section-title">{title}</h2>
      <OtpCodeRoot otp={otp} className="fdk-form" aria-label={title}>
        {children ?? (
          <>
            <OtpInput />
            <OtpSlots />
            <OtpError />
            <OtpSubmit />
            <OtpResend />
          </>
        )}
      </OtpCodeRoot>
    </section>
  );
}

/** The mobile number's code (its own `Otp.*` parts inside, or the default ones); nothing once verified or when not asked. */
export function VerifyBothMobile({ children, className }: { children?: ReactNode; className?: string }) {
  const both = useVerifyBothPart('<VerifyBoth.Mobile>');
  const messages = useMessages(registerMessages);
  return both.mobile ? (
    <CodeSection otp={both.mobile} title={messages.verifyMobileTitle} className={className}>
      {children}
    </CodeSection>
  ) : null;
}
VerifyBothMobile.displayName = 'VerifyBoth.Mobile';

/** The email's code; nothing once verified or when not asked. */
export function VerifyBothEmail({ children, className }: { children?: ReactNode; className?: string }) {
  const both = useVerifyBothPart('<VerifyBoth.Email>');
  const messages = useMessages(registerMessages);
  return both.email ? (
    <CodeSection otp={both.email} title={messages.verifyEmailTitle} className={className}>
      {children}
    </CodeSection>
  ) : null;
}
VerifyBothEmail.displayName = 'VerifyBoth.Email';

/** What is verified already ("Mobile number verified."), as a polite live region. */
export function VerifyBothStatus({ className }: { className?: string }) {
  const both = useVerifyBothPart('<VerifyBoth.Status>');
  const messages = useMessages(registerMessages);
  const done = [both.verified.mobile ? messages.verifyMobileDone : '', both.verified.email ? messages.verifyEmailDone : ''].filter(Boolean).join(' ');
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {done}
    </p>
  );
}
VerifyBothStatus.displayName = 'VerifyBoth.Status';

export { VerifyBothRoot as Root, VerifyBothMobile as Mobile, VerifyBothEmail as Email, VerifyBothStatus as Status };
