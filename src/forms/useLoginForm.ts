'use client';
import { formElementProps, submitButtonProps, redirectAfterSignIn, platformArgument, type FormElementProps } from './formParts';
import { schemaResolver } from './schemaResolver';
import { useCallback, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import type { PlatformView } from '../config/readPlatformConfig';
import { useLoginWithEmailAndPassword, useLoginWithOTP, useSendOTPOnEmail } from '../query/hooks/mutationHooks';
import { useMessages } from '../query/UserKitProvider';
import { captchaCode, type CaptchaProvider } from './captcha';
import { fieldProps } from './fieldProps';
import { COUNTRY_CODE_PATTERN, countryCodeDigits, parseIdentifier } from './identifier';
import type { OtpTarget, SignedInResult, SignInFormOptions } from './successTypes';
import type { FieldProps, FieldSpec, FormError, FormStatus, SubmitProps } from './types';
import { usePlatformView } from './usePlatformView';
import { useSubmission } from './useSubmission';

/** A login method. */
export type LoginMethod = 'password' | 'otp';

/** The values of the login form. */
export interface LoginValues {
  identifier: string;
  countryCode: string;
  password: string;
}

/** Options of {@link useLoginForm}. */
export interface LoginFormOptions extends SignInFormOptions {
  /** The view of the PlatformSchema (default: the provider's, from `usePlatformView`). */
  view?: PlatformView;
  /** The method to start with (default: password when offered, else OTP). */
  defaultMethod?: LoginMethod;
  /** The country code for mobile numbers (default `91`). */
  defaultCountryCode?: string;
  /** Values to start with (e.g. the identifier a previous step knew). */
  defaultValues?: Partial<LoginValues>;
  /** Supplies a captcha token when the config does not skip captcha. */
  captcha?: CaptchaProvider;
  /** Called after a password sign-in. */
  onSuccess?: (result: SignedInResult) => void;
  /** Called after an OTP was sent: show the OTP step for this target. */
  onOtpSent?: (target: OtpTarget) => void;
}

type LoginField = 'identifier' | 'countryCode' | 'password';

/** What {@link useLoginForm} returns. */
export interface LoginForm {
  /** The react-hook-form instance (values, `setValue`, `setFocus` …). */
  form: ReturnType<typeof useForm<LoginValues>>;
  /** Props for the `identifier`, `countryCode` and `password` fields. */
  getFieldProps: (name: LoginField) => FieldProps;
  /** Props for the submit button. */
  getSubmitProps: () => SubmitProps;
  /** Props for the `<form>`: `onSubmit`, `noValidate`, `aria-busy`. */
  getFormProps: () => FormElementProps;
  /** Submits (same as the form's submit). */
  submit: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
  /** The method in use. */
  method: LoginMethod;
  /** The methods the config offers. */
  methods: LoginMethod[];
  /** Switches method; the identifier is kept. */
  setMethod: (method: LoginMethod) => void;
  /** Whether the country code field applies (mobile numbers are accepted). */
  acceptsMobile: boolean;
  /** Whether email addresses are accepted. */
  acceptsEmail: boolean;
  /** The view of the config in use. */
  view: PlatformView;
}

/**
 * The headless login form: password and/or OTP per the PlatformSchema, an identifier that is an email address or a
 * mobile number (with country code), method switch keeping the identifier, validation before any request, the
 * server's message on failure with every value kept, and one submission at a time.
 * @example
 * const login = useLoginForm({ onSuccess: ({ redirect }) => navigate(redirect), onOtpSent: setOtpTarget });
 * <form {...login.getFormProps()}>
 *   <label {...login.getFieldProps('identifier').labelProps}>Email or mobile</label>
 *   <input {...login.getFieldProps('identifier').inputProps} />
 *   <button {...login.getSubmitProps()} />
 * </form>
 */
export function useLoginForm(options: LoginFormOptions = {}): LoginForm {
  const messages = useMessages();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const methods = useMemo(() => {
    const list: LoginMethod[] = [];
    if (view.loginMethods.password) list.push('password');
    if (view.loginMethods.otp) list.push('otp');
    return list;
  }, [view.loginMethods.password, view.loginMethods.otp]);
  const [chosen, setChosen] = useState<LoginMethod | undefined>(options.defaultMethod);
  const method: LoginMethod = chosen && methods.includes(chosen) ? chosen : (methods[0] ?? 'password');
  const acceptsEmail = view.identifiers.email;
  const acceptsMobile = view.identifiers.mobile;
  const identifierLabel = acceptsEmail && acceptsMobile ? messages.loginIdentifierLabel : acceptsEmail ? messages.fieldEmail : messages.fieldMobile;

  const schema = useMemo(
    () =>
      z.object({
        identifier: z.string().check(
          z.trim(),
          z.minLength(1, { error: messages.validationRequired }),
          z.refine((value) => value === '' || parseIdentifier(value, { email: acceptsEmail, mobile: acceptsMobile }).kind !== 'invalid', {
            error: acceptsEmail && acceptsMobile ? messages.validationEmailOrMobile : acceptsEmail ? messages.validationEmail : messages.validationMobile,
          }),
        ),
        countryCode: z.string().check(z.refine((value) => !acceptsMobile || COUNTRY_CODE_PATTERN.test(value.trim()), { error: messages.validationCountryCode })),
        password: z.string().check(z.refine((value) => method !== 'password' || value.length > 0, { error: messages.validationRequired })),
      }),
    [messages, acceptsEmail, acceptsMobile, method],
  );

  const form = useForm<LoginValues>({
    resolver: schemaResolver(schema),
    defaultValues: { identifier: '', countryCode: options.defaultCountryCode ?? '91', password: '', ...options.defaultValues },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: true,
  });
  const formId = useId();
  const submission = useSubmission(messages);
  const passwordLogin = useLoginWithEmailAndPassword();
  const otpLogin = useLoginWithOTP();
  const emailOtp = useSendOTPOnEmail();
  const { errors } = form.formState;

  const specs: Record<LoginField, FieldSpec> = {
    identifier: {
      label: identifierLabel,
      type: acceptsEmail ? (acceptsMobile ? 'text' : 'email') : 'tel',
      inputMode: acceptsEmail ? 'email' : 'tel',
      autoComplete: acceptsEmail ? 'username' : 'tel-national',
      required: true,
      dir: 'ltr',
    },
    countryCode: { label: messages.fieldCountryCode, type: 'text', inputMode: 'tel', autoComplete: 'tel-country-code', required: acceptsMobile, maxLength: 5, dir: 'ltr' },
    password: { label: messages.fieldPassword, type: 'password', autoComplete: 'current-password', required: method === 'password' },
  };

  const onValid = useCallback(
    async (values: LoginValues) => {
      const identifier = parseIdentifier(values.identifier, { email: acceptsEmail, mobile: acceptsMobile });
      const countryCode = countryCodeDigits(values.countryCode);
      const result = await submission.run(async () => {
        const captcha_code = await captchaCode(view.captchaRequired, options.captcha);
        const captcha = captcha_code === undefined ? {} : { captcha_code };
        const platformArg = platformArgument(options.platform);
        if (method === 'password') {
          const username = identifier.kind === 'email' ? identifier.email : identifier.kind === 'mobile' ? identifier.mobile : values.identifier.trim();
          // The password is sent exactly as typed: spaces, emoji and all.
          const answer = await passwordLogin.mutateAsync({ body: { username, password: values.password, ...captcha } });
          return { kind: 'signed-in' as const, answer };
        }
        if (identifier.kind === 'email') {
          const answer = await emailOtp.mutateAsync({ body: { email: identifier.email, action: 'send' }, ...platformArg });
          const target: OtpTarget = { channel: 'email', email: identifier.email, resendTimer: numberOr(answer.resend_timer) };
          return { kind: 'otp' as const, target };
        }
        const mobile = identifier.kind === 'mobile' ? identifier.mobile : values.identifier.trim();
        const answer = await otpLogin.mutateAsync({ body: { mobile, country_code: countryCode, ...captcha }, ...platformArg });
        const target: OtpTarget = {
          channel: 'mobile',
          mobile,
          countryCode,
          requestId: answer.request_id ?? '',
          resendTimer: answer.resend_timer,
          registerToken: answer.register_token,
        };
        return { kind: 'otp' as const, target };
      });
      if (!result) return;
      if (!result.ok) {
        // Keep every value; wrong credentials empty nothing. Focus goes back to where the shopper can fix it.
        form.setFocus(method === 'password' && result.error.kind === 'rejected' ? 'password' : 'identifier');
        return;
      }
      if (result.value.kind === 'otp') {
        options.onOtpSent?.(result.value.target);
        return;
      }
      const user = result.value.answer.user;
      if (user) options.onSuccess?.({ user, redirect: redirectAfterSignIn(options) });
    },
    [acceptsEmail, acceptsMobile, submission, view.captchaRequired, options, method, passwordLogin, emailOtp, otpLogin, form],
  );

  const submit = useCallback(() => form.handleSubmit(onValid)(), [form, onValid]);
  const busy = submission.status === 'submitting';
  return {
    form,
    getFieldProps: (name) => fieldProps(formId, form, name, specs[name], errors),
    getSubmitProps: () =>
      method === 'password'
        ? submitButtonProps(busy, messages.loginSubmit, messages.loginSubmitting)
        : submitButtonProps(busy, messages.otpSendCode, messages.otpSending),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    status: submission.status,
    error: submission.error,
    method,
    methods,
    setMethod: (next) => {
      setChosen(next);
      form.clearErrors();
      submission.reset();
    },
    acceptsEmail,
    acceptsMobile,
    view,
  };
}

const numberOr = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
