'use client';
import { formElementProps, submitButtonProps, redirectAfterSignIn, platformArgument, type FormElementProps } from './formParts';
import { schemaResolver } from './schemaResolver';
import { useCallback, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import type { FieldRule, PlatformView } from '../config/readPlatformConfig';
import { formatMessage } from '../i18n/formatMessage';
import type { RegisterFormSuccess } from '../schemas/auth';
import { useRegisterWithForm } from '../query/hooks/mutationHooks';
import { userQueries } from '../query/queries';
import { useMessages, useUserKit } from '../query/UserKitProvider';
import { fieldProps } from './fieldProps';
import { COUNTRY_CODE_PATTERN, countryCodeDigits, EMAIL_PATTERN, mobileDigits } from './identifier';
import type { OtpTarget, SignedInResult, SignInFormOptions } from './successTypes';
import type { FieldProps, FieldSpec, FormError, FormStatus, SubmitProps } from './types';
import { usePlatformView } from './usePlatformView';
import { useSubmission } from './useSubmission';

/** The values of the registration form. */
export interface RegisterValues {
  first_name: string;
  last_name: string;
  gender: string;
  email: string;
  countryCode: string;
  mobile: string;
  password: string;
}

/** A field of the registration form. */
export type RegisterField = keyof RegisterValues;

/** Minimum password length the form asks for. */
export const MIN_PASSWORD_LENGTH = 8;

/** Options of {@link useRegisterForm}. */
export interface RegisterFormOptions extends SignInFormOptions {
  view?: PlatformView;
  /** The `register_token` from an OTP step for a new shopper: their mobile/email is already verified. */
  registerToken?: string;
  /** What the previous step knew (the verified mobile or email, say). */
  defaultValues?: Partial<RegisterValues>;
  /** Called when the account exists and the shopper is signed in. */
  onSuccess?: (result: SignedInResult) => void;
  /** Called when the server sent a code to verify the mobile number or email: show the OTP step. */
  onOtpRequired?: (target: OtpTarget) => void;
  /** Called with the server's answer, whatever happens next. */
  onRegistered?: (answer: RegisterFormSuccess) => void;
}

/** How one field is asked for in this form. */
export interface RegisterFieldState {
  /** Whether the form shows it. */
  asked: boolean;
  /** `hard` fields must be filled; `soft` ones may be skipped ("Skip for now"). */
  level: 'hard' | 'soft';
}

/** What {@link useRegisterForm} returns. */
export interface RegisterForm {
  form: ReturnType<typeof useForm<RegisterValues>>;
  getFieldProps: (name: RegisterField) => FieldProps;
  getSubmitProps: () => SubmitProps;
  getFormProps: () => FormElementProps;
  /** Props for the "Skip for now" button: submits without the soft fields. `hidden` when there is none to skip. */
  getSkipProps: () => { type: 'button'; onClick: () => Promise<void>; hidden: boolean; 'aria-disabled': boolean; children: string };
  submit: () => Promise<void>;
  /** Submits without the soft fields. */
  skip: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
  /** Which fields are asked for, and how. */
  fields: Record<RegisterField, RegisterFieldState>;
  /** The soft fields being asked (what "Skip for now" leaves out). */
  softFields: RegisterField[];
  view: PlatformView;
}

function contactState(rule: FieldRule, alreadyVerified: boolean, neededAsIdentifier: boolean): RegisterFieldState {
  if (alreadyVerified) return { asked: false, level: 'soft' };
  if (rule.required) return { asked: true, level: rule.level };
  return { asked: neededAsIdentifier, level: neededAsIdentifier ? 'hard' : 'soft' };
}

/**
 * The headless registration form, driven by `register_required_fields`: hard fields must be filled, soft ones
 * are asked for but may be skipped. After an OTP step for a new shopper, pass its `registerToken`: the verified
 * contact is not asked again. When the server sends a code to verify a contact, `onOtpRequired` gets the target.
 * @example
 * const register = useRegisterForm({ registerToken, onSuccess: ({ redirect }) => navigate(redirect), onOtpRequired: setOtpTarget });
 */
export function useRegisterForm(options: RegisterFormOptions = {}): RegisterForm {
  const messages = useMessages();
  const kit = useUserKit();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const verified = {
    email: Boolean(options.registerToken && options.defaultValues?.email),
    mobile: Boolean(options.registerToken && options.defaultValues?.mobile),
  };
  const emailRule = view.registerFields.email;
  const mobileRule = view.registerFields.mobile;
  const noContactRequired = !emailRule.required && !mobileRule.required && !options.registerToken;
  const fields: Record<RegisterField, RegisterFieldState> = {
    first_name: { asked: true, level: 'hard' },
    last_name: { asked: true, level: 'soft' },
    gender: { asked: true, level: 'soft' },
    email: contactState(emailRule, verified.email, noContactRequired && view.identifiers.email),
    mobile: contactState(mobileRule, verified.mobile, noContactRequired && !view.identifiers.email),
    countryCode: { asked: false, level: 'hard' },
    password: { asked: view.loginMethods.password, level: options.registerToken ? 'soft' : 'hard' },
  };
  fields.countryCode = { asked: fields.mobile.asked, level: fields.mobile.level };
  const softFields = (['email', 'mobile', 'password'] as const).filter((name) => fields[name].asked && fields[name].level === 'soft');
  const hard = (name: RegisterField) => fields[name].asked && fields[name].level === 'hard';
  const skipping = useRef(false);

  const schema = useMemo(() => {
    const required = (name: RegisterField) => (value: string) => !hard(name) || value.trim() !== '';
    const checkIfFilled = (test: (value: string) => boolean) => (value: string) => value.trim() === '' || test(value);
    return z.object({
      first_name: z.string().check(z.refine(required('first_name'), { error: messages.validationRequired }), z.maxLength(100, { error: formatMessage(messages.validationTooLong, { max: 100 }) })),
      last_name: z.string().check(z.maxLength(100, { error: formatMessage(messages.validationTooLong, { max: 100 }) })),
      gender: z.string(),
      email: z.string().check(z.refine(required('email'), { error: messages.validationRequired }), z.refine(checkIfFilled((value) => EMAIL_PATTERN.test(value.trim())), { error: messages.validationEmail })),
      countryCode: z.string().check(z.refine(checkIfFilled((value) => COUNTRY_CODE_PATTERN.test(value.trim())), { error: messages.validationCountryCode })),
      mobile: z.string().check(z.refine(required('mobile'), { error: messages.validationRequired }), z.refine(checkIfFilled((value) => /^\d{6,15}$/.test(mobileDigits(value))), { error: messages.validationMobile })),
      password: z.string().check(
        z.refine(required('password'), { error: messages.validationRequired }),
        z.refine((value) => value === '' || value.length >= MIN_PASSWORD_LENGTH, { error: formatMessage(messages.validationPasswordTooShort, { min: MIN_PASSWORD_LENGTH }) }),
      ),
    });
    // The field states are derived from the same inputs as these dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messages, emailRule, mobileRule, view.loginMethods.password, options.registerToken, verified.email, verified.mobile]);

  const form = useForm<RegisterValues>({
    resolver: schemaResolver(schema),
    defaultValues: { first_name: '', last_name: '', gender: '', email: '', countryCode: '91', mobile: '', password: '', ...options.defaultValues },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const formId = useId();
  const submission = useSubmission(messages);
  const register = useRegisterWithForm();

  const specs: Record<RegisterField, FieldSpec> = {
    first_name: { label: messages.fieldFirstName, type: 'text', autoComplete: 'given-name', required: hard('first_name'), maxLength: 100, dir: 'auto' },
    last_name: { label: messages.fieldLastName, type: 'text', autoComplete: 'family-name', required: false, maxLength: 100, dir: 'auto' },
    gender: { label: messages.fieldGender, type: 'text', autoComplete: 'sex', required: false },
    email: {
      label: messages.fieldEmail,
      type: 'email',
      inputMode: 'email',
      autoComplete: 'email',
      required: hard('email'),
      ...(fields.email.level === 'soft' && fields.email.asked ? { description: messages.registerSoftFieldHint } : {}),
      dir: 'ltr',
    },
    countryCode: { label: messages.fieldCountryCode, type: 'text', inputMode: 'tel', autoComplete: 'tel-country-code', required: hard('mobile'), maxLength: 5, dir: 'ltr' },
    mobile: {
      label: messages.fieldMobile,
      type: 'tel',
      inputMode: 'tel',
      autoComplete: 'tel-national',
      required: hard('mobile'),
      ...(fields.mobile.level === 'soft' && fields.mobile.asked ? { description: messages.registerSoftFieldHint } : {}),
      dir: 'ltr',
    },
    password: {
      label: messages.fieldPassword,
      type: 'password',
      autoComplete: 'new-password',
      required: hard('password'),
      description: formatMessage(messages.registerPasswordHint, { min: MIN_PASSWORD_LENGTH }),
    },
  };

  const onValid = useCallback(
    async (values: RegisterValues) => {
      const skip = skipping.current;
      skipping.current = false;
      const include = (name: RegisterField) => fields[name].asked && !(skip && fields[name].level === 'soft') && values[name].trim() !== '';
      const result = await submission.run(async () => {
        const body = {
          first_name: values.first_name.trim(),
          ...(include('last_name') ? { last_name: values.last_name.trim() } : {}),
          ...(include('gender') ? { gender: values.gender.trim() } : {}),
          ...(include('email') ? { email: values.email.trim() } : verified.email && options.defaultValues?.email ? { email: options.defaultValues.email } : {}),
          ...(include('mobile')
            ? { phone: { mobile: mobileDigits(values.mobile), country_code: countryCodeDigits(values.countryCode) } }
            : verified.mobile && options.defaultValues?.mobile
              ? { phone: { mobile: options.defaultValues.mobile, country_code: countryCodeDigits(options.defaultValues.countryCode ?? '91') } }
              : {}),
          ...(include('password') ? { password: values.password } : {}),
          ...(options.registerToken ? { register_token: options.registerToken } : {}),
        };
        const answer = await register.mutateAsync({ body, ...platformArgument(options.platform) });
        options.onRegistered?.(answer);
        if (answer.verify_mobile_otp && answer.request_id && body.phone) {
          return { next: 'otp' as const, target: { channel: 'mobile', mobile: body.phone.mobile, countryCode: body.phone.country_code, requestId: answer.request_id, resendTimer: answer.resend_timer, registerToken: answer.register_token } satisfies OtpTarget };
        }
        if (answer.verify_email_otp && body.email) {
          return { next: 'otp' as const, target: { channel: 'email', email: body.email, resendTimer: answer.resend_timer, registerToken: answer.register_token } satisfies OtpTarget };
        }
        const user = await kit.queryClient.fetchQuery({ ...userQueries.loggedInUser(kit.client), staleTime: 0 });
        return { next: 'done' as const, user };
      });
      if (!result) return;
      if (!result.ok) {
        // Focus the field the server complained about when its message names one, else the first field asked.
        const named = (['email', 'mobile', 'password'] as const).find(
          (name) => fields[name].asked && new RegExp(name === 'mobile' ? 'mobile|phone' : name, 'i').test(result.error.serverMessage ?? ''),
        );
        const firstAsked = (['first_name', 'email', 'mobile', 'password'] as const).find((name) => fields[name].asked) ?? 'first_name';
        form.setFocus(named ?? firstAsked);
        return;
      }
      if (result.value.next === 'otp') options.onOtpRequired?.(result.value.target);
      else if (result.value.user) options.onSuccess?.({ user: result.value.user, redirect: redirectAfterSignIn(options) });
    },
    // fields/verified are derived from options and view, listed here through them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [submission, options, register, kit, form],
  );

  const submit = useCallback(() => form.handleSubmit(onValid)(), [form, onValid]);
  const skip = useCallback(async () => {
    for (const name of softFields) form.setValue(name, '');
    skipping.current = true;
    await form.handleSubmit(onValid)();
    skipping.current = false;
  }, [form, onValid, softFields]);
  const busy = submission.status === 'submitting';
  return {
    form,
    getFieldProps: (name) => fieldProps(formId, form, name, specs[name], form.formState.errors),
    getSubmitProps: () => submitButtonProps(busy, messages.registerSubmit, messages.registerSubmitting),
    getSkipProps: () => ({ type: 'button', onClick: skip, hidden: softFields.length === 0, 'aria-disabled': busy, children: messages.commonSkip }),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    skip,
    status: submission.status,
    error: submission.error,
    fields,
    softFields,
    view,
  };
}
