'use client';
import { createContext, useContext, useState, type ButtonHTMLAttributes, type FocusEvent, type FormHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { otpSlots, type OtpSlot } from '../forms/otpCode';
import { useOtpForm, type OtpForm, type OtpFormOptions } from '../forms/useOtpForm';
import { formatMessage } from '../i18n/formatMessage';
import { useMessages } from '../query/UserKitProvider';
import { FieldError, FormErrorMessage } from './Form';
import { Slot } from './Slot';

interface OtpContextValue {
  otp: OtpForm;
  focused: boolean;
  setFocused: (focused: boolean) => void;
}
const OtpContext = createContext<OtpContextValue | null>(null);

/** The OTP form of the nearest `Otp.Root`. */
export function useOtpContext(): OtpForm {
  return useOtpParts().otp;
}
function useOtpParts(): OtpContextValue {
  const value = useContext(OtpContext);
  if (!value) throw new Error('Otp parts must be inside <Otp.Root>.');
  return value;
}

/** Props of `Otp.Root`: the options of `useOtpForm`, plus the `<form>` element's props. */
export type OtpRootProps = OtpFormOptions & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children' | 'target'> & { children?: ReactNode };

/**
 * The OTP step: a `<form>` running `useOtpForm`.
 * @example
 * <Otp.Root target={target} onSuccess={done}>
 *   <Otp.Input />
 *   <Otp.Slots />
 *   <Otp.Error />
 *   <Otp.Submit />
 *   <Otp.Resend />
 * </Otp.Root>
 */
function OtpRoot({ target, length, autoSubmit, webOtp, onSuccess, onRegisterRequired, platform, redirectTo, defaultRedirect, children, ...formProps }: OtpRootProps) {
  const otp = useOtpForm({ target, length, autoSubmit, webOtp, onSuccess, onRegisterRequired, platform, redirectTo, defaultRedirect });
  const [focused, setFocused] = useState(false);
  return (
    <OtpContext.Provider value={{ otp, focused, setFocused }}>
      <form {...formProps} {...otp.getFormProps()}>
        {children}
      </form>
    </OtpContext.Provider>
  );
}

/**
 * The code input: one input for the whole code (paste, SMS autofill and screen readers work), labelled, with the
 * "sent to" hint. Render `Otp.Slots` next to it to show boxes; style the input to overlay them if you like.
 */
function OtpInput({ asChild, children, className, hideLabel }: { asChild?: boolean; children?: ReactElement; className?: string; hideLabel?: boolean }) {
  const { otp, setFocused } = useOtpParts();
  const field = otp.getFieldProps('code');
  const input = {
    ...field.inputProps,
    'aria-describedby': [`${field.inputProps.id}-sent`, field.inputProps['aria-describedby']].filter(Boolean).join(' '),
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
      <p className="fdk-hint" id={`${field.inputProps.id}-sent`}>
        {otp.sentTo}
      </p>
      {asChild && children ? <Slot {...input}>{children}</Slot> : <input {...input} />}
      <FieldError field={field} />
    </div>
  );
}

/**
 * The code as boxes, from data (`slots`): pass `children` as a function to render each slot yourself. Hidden from
 * screen readers (the input carries the code).
 */
function OtpSlots({ className, children }: { className?: string; children?: (slot: OtpSlot) => ReactNode }) {
  const { otp, focused } = useOtpParts();
  const code = useWatch({ control: otp.form.control, name: 'code' }) ?? '';
  const slots = otpSlots(code, otp.length, focused);
  return (
    <div className={className ?? 'fdk-otp-slots'} aria-hidden="true" onClick={() => otp.form.setFocus('code')}>
      {slots.map((slot) => (children ? <span key={slot.index}>{children(slot)}</span> : <OtpSlotBox key={slot.index} slot={slot} />))}
    </div>
  );
}

/** One box of `Otp.Slots`. */
function OtpSlotBox({ slot, className }: { slot: OtpSlot; className?: string }) {
  return (
    <span className={className ?? 'fdk-otp-slot'} data-active={slot.isActive ? '' : undefined} data-filled={slot.char ? '' : undefined}>
      {slot.char ?? ''}
    </span>
  );
}

/** The verify button. */
function OtpSubmit({ children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const { otp } = useOtpParts();
  const submit = otp.getSubmitProps();
  return (
    <button className="fdk-button fdk-button-primary" {...props} {...submit}>
      {children ?? submit.children}
    </button>
  );
}

/** The countdown to when a resend is allowed (`Resend code in 24s`), or nothing once it is. */
function OtpCountdown({ className }: { className?: string }) {
  const { otp } = useOtpParts();
  const messages = useMessages();
  if (otp.timer.canResend) return null;
  return (
    <span className={className ?? 'fdk-countdown'} role="timer" aria-live="off">
      {formatMessage(messages.otpResendIn, { seconds: otp.timer.secondsLeft })}
    </span>
  );
}

/** The resend button: disabled (with the reason in its label) until the countdown ends. */
function OtpResend({ children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const { otp } = useOtpParts();
  const messages = useMessages();
  const waiting = !otp.timer.canResend;
  const label = otp.resending ? messages.otpResending : waiting ? formatMessage(messages.otpResendIn, { seconds: otp.timer.secondsLeft }) : messages.otpResend;
  return (
    <button
      type="button"
      className="fdk-link-button"
      {...props}
      disabled={waiting || otp.resending}
      aria-busy={otp.resending}
      onClick={() => void otp.resend()}
    >
      {children ?? label}
    </button>
  );
}

/** The OTP step's server error, announced to screen readers. */
function OtpError({ className }: { className?: string }) {
  const { otp } = useOtpParts();
  return <FormErrorMessage className={className} error={otp.error} onRetry={otp.submit} />;
}

/** OTP parts: `Otp.Root`, `Otp.Input`, `Otp.Slots`, `Otp.Slot`, `Otp.Submit`, `Otp.Resend`, `Otp.Countdown`, `Otp.Error`. */
export const Otp = {
  Root: OtpRoot,
  Input: OtpInput,
  Slots: OtpSlots,
  Slot: OtpSlotBox,
  Submit: OtpSubmit,
  Resend: OtpResend,
  Countdown: OtpCountdown,
  Error: OtpError,
};
