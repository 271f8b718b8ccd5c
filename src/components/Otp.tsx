'use client';
import { useState, type FocusEvent, type ReactElement, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { InputPropsInput } from '../forms/kit/types';
import { otpSlots, type OtpSlot } from '../forms/otpCode';
import type { OtpCodeForm } from '../forms/otp/useOtpCode';
import { useOtpForm, type OtpFormOptions } from '../forms/otp/useOtpForm';
import { formatMessage } from '../i18n/formatMessage';
import { useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { otpMessages } from '../i18n/messages/otp';
import { FieldError, FormErrorMessage } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';
import { Slot } from './Slot';

interface OtpPartsValue {
  otp: OtpCodeForm;
  focused: boolean;
  setFocused: (focused: boolean) => void;
}
const [OtpProvider, useOtpPart] = createPartsContext<OtpPartsValue>('Otp');

/** The code entry of the nearest `Otp.Root` (or `VerifyBoth.Mobile`/`VerifyBoth.Email`), for parts of your own. */
export function useOtpContext(): OtpCodeForm {
  return useOtpPart('useOtpContext()').otp;
}

/**
 * Provides a code entry (from `useOtpForm`, `useOtpCode` or `useVerifyBothForm`) to the `Otp.*` parts, with the
 * `<form>` around them.
 * @example
 * <OtpCodeRoot otp={both.mobile}><Otp.Input /><Otp.Resend /></OtpCodeRoot>
 */
export function OtpCodeRoot({ otp, children, ...props }: FormRootElementProps & { otp: OtpCodeForm; children?: ReactNode }) {
  const [focused, setFocused] = useState(false);
  return (
    <OtpProvider value={{ otp, focused, setFocused }}>
      <FormRoot form={otp.getFormProps()} {...props}>
        {children}
      </FormRoot>
    </OtpProvider>
  );
}
OtpCodeRoot.displayName = 'Otp.CodeRoot';

/** Props of `Otp.Root`: the options of `useOtpForm`, plus the `<form>` element's props. */
export type OtpRootProps = OtpFormOptions & Omit<FormRootElementProps, 'target'>;

/**
 * The code step of an OTP sign-in: a `<form>` running `useOtpForm`.
 * @example
 * <Otp.Root target={target} onNext={flow.send}>
 *   <Otp.Input />
 *   <Otp.Slots />
 *   <Otp.Error />
 *   <Otp.Submit />
 *   <Otp.Resend />
 * </Otp.Root>
 */
export function OtpRoot({ target, autoSubmit, webOtp, redirectTo, onNext, onSuccess, ...props }: OtpRootProps) {
  const otp = useOtpForm({ target, autoSubmit, webOtp, redirectTo, onNext, onSuccess });
  const messages = useMessages(otpMessages, loginMessages);
  return <OtpCodeRoot otp={otp} aria-label={messages.otpTitle} {...props} />;
}
OtpRoot.displayName = 'Otp.Root';

/**
 * The code input: one input for the whole code (paste, SMS autofill and screen readers work), labelled, with the
 * "sent to" hint. Render `Otp.Slots` next to it to show boxes; style the input to overlay them if you like.
 */
export function OtpInput({ asChild, children, className, hideLabel, ...input }: InputPropsInput & { asChild?: boolean; children?: ReactElement; className?: string; hideLabel?: boolean }) {
  const { otp, setFocused } = useOtpPart('<Otp.Input>');
  const field = otp.getCodeProps(input);
  const sentId = `${field.inputProps.id}-sent`;
  const props = {
    ...field.inputProps,
    'aria-describedby': [sentId, field.inputProps['aria-describedby']].filter(Boolean).join(' '),
    className: 'fdk-input fdk-otp-input',
    onFocus: () => setFocused(true),
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      setFocused(false);
      return field.inputProps.onBlur(event);
    },
  };
  return (
    <div className={className ?? 'fdk-field fdk-otp-field'} data-invalid={field.error ? '' : undefined}>
      <label className={hideLabel ? 'fdk-visually-hidden' : 'fdk-label'} {...field.labelProps}>
        {field.label}
      </label>
      <p className="fdk-hint" id={sentId}>
        <span dir="ltr">{otp.sentTo}</span>
      </p>
      {asChild && children ? <Slot {...props}>{children}</Slot> : <input {...props} />}
      <FieldError field={field} />
    </div>
  );
}
OtpInput.displayName = 'Otp.Input';

/**
 * The code as boxes, from data (`slots`): pass `children` as a function to render each slot yourself. Hidden from
 * screen readers (the input carries the code).
 */
export function OtpSlots({ className, children }: { className?: string; children?: (slot: OtpSlot) => ReactNode }) {
  const { otp, focused } = useOtpPart('<Otp.Slots>');
  const code = useWatch({ control: otp.form.control, name: 'code' }) ?? '';
  const slots = otpSlots(code, otp.length, focused);
  return (
    <div className={className ?? 'fdk-otp-slots'} aria-hidden="true" dir="ltr" onClick={() => otp.form.setFocus('code')}>
      {slots.map((slot) => (children ? <span key={slot.index}>{children(slot)}</span> : <OtpSlotBox key={slot.index} slot={slot} />))}
    </div>
  );
}
OtpSlots.displayName = 'Otp.Slots';

/** One box of `Otp.Slots`. */
export function OtpSlotBox({ slot, className }: { slot: OtpSlot; className?: string }) {
  return (
    <span className={className ?? 'fdk-otp-slot'} data-active={slot.isActive ? '' : undefined} data-filled={slot.char ? '' : undefined}>
      {slot.char ?? ''}
    </span>
  );
}
OtpSlotBox.displayName = 'Otp.Slot';

/** The verify button. */
export function OtpSubmit(props: SubmitPartProps) {
  const { otp } = useOtpPart('<Otp.Submit>');
  return <SubmitButton submit={otp.getSubmitProps()} {...props} />;
}
OtpSubmit.displayName = 'Otp.Submit';

/**
 * The resend button. It stays focusable while the countdown runs (`aria-disabled`, so keyboard and screen-reader
 * users can reach it and hear the time left in its label); the time left is announced politely once, when the
 * countdown starts, not every second.
 */
export function OtpResend({ asChild, children, className, ...props }: SubmitPartProps) {
  const { otp } = useOtpPart('<Otp.Resend>');
  const messages = useMessages(otpMessages, loginMessages);
  const waiting = !otp.timer.canResend;
  const label = otp.resending ? messages.otpResending : waiting ? formatMessage(messages.otpResendIn, { seconds: otp.timer.secondsLeft }, messages.locale) : messages.otpResend;
  const button = {
    type: 'button' as const,
    className: className ?? 'fdk-link-button',
    'aria-disabled': waiting || otp.resending,
    'aria-busy': otp.resending,
    onClick: () => void otp.resend(),
    ...props,
  };
  return (
    <>
      {asChild ? <Slot {...button}>{children}</Slot> : <button {...button}>{children ?? label}</button>}
      <ResendAnnouncement waiting={waiting} seconds={otp.timer.secondsLeft} />
    </>
  );
}
OtpResend.displayName = 'Otp.Resend';

/** Says once, politely, how long until a resend (each time a countdown starts), and that a resend is possible. */
function ResendAnnouncement({ waiting, seconds }: { waiting: boolean; seconds: number }) {
  const messages = useMessages(otpMessages, loginMessages);
  const [said, setSaid] = useState<{ waiting: boolean; text: string }>({ waiting: false, text: '' });
  if (said.waiting !== waiting) setSaid({ waiting, text: waiting ? formatMessage(messages.otpResendIn, { seconds }, messages.locale) : messages.otpResendReady });
  return (
    <span className="fdk-visually-hidden" role="status">
      {said.text}
    </span>
  );
}

/** The countdown to when a resend is allowed (`Resend code in 24s`), or nothing once it is. Not a live region. */
export function OtpCountdown({ className }: { className?: string }) {
  const { otp } = useOtpPart('<Otp.Countdown>');
  const messages = useMessages(otpMessages, loginMessages);
  if (otp.timer.canResend) return null;
  return (
    <span className={className ?? 'fdk-countdown'} role="timer" aria-live="off">
      {formatMessage(messages.otpResendIn, { seconds: otp.timer.secondsLeft }, messages.locale)}
    </span>
  );
}
OtpCountdown.displayName = 'Otp.Countdown';

/** The code step's server error, announced to screen readers. */
export function OtpError({ className }: { className?: string }) {
  const { otp } = useOtpPart('<Otp.Error>');
  return <FormErrorMessage className={className} error={otp.error} onRetry={otp.submit} />;
}
OtpError.displayName = 'Otp.Error';

export {
  OtpRoot as Root,
  OtpCodeRoot as CodeRoot,
  OtpInput as Input,
  OtpSlots as Slots,
  OtpSlotBox as Slot,
  OtpSubmit as Submit,
  OtpResend as Resend,
  OtpCountdown as Countdown,
  OtpError as Error,
};
