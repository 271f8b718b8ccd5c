'use client';
import { useMemo, useState } from 'react';
import type { PlatformView } from '../../config/readPlatformConfig';
import { announceNext } from '../../flow/signedIn';
import type { SignInFormOptions } from '../../flow/types';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { otpMessages } from '../../i18n/messages/otp';
import { usePlatformView } from '../../query/hooks/usePlatformView';
import { useKitSettings } from '../../query/userKit';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import { captchaField } from '../rules/captcha';
import { looksLikePhone } from '../identifier';
import { loadPhoneRules } from '../phone/phoneRulesLoader';
import { loginAccepts, loginFields, loginMethods, loginNext, loginRequest, loginSchema, type LoginMethod, type LoginValues } from './loginForm';

/** Options of {@link useLoginForm}. */
export interface LoginFormOptions extends SignInFormOptions {
  /** The view of the PlatformSchema (default: the provider's). */
  view?: PlatformView;
  /** The method to start with (default: password when offered, else OTP). */
  defaultMethod?: LoginMethod;
  /** Values to start with (the number a previous step knew, say). */
  defaultValues?: Partial<LoginValues>;
}

/** What {@link useLoginForm} returns: the scaffold's form, and the method switch. */
export interface LoginForm extends KitForm<LoginValues> {
  /** The method in use. */
  method: LoginMethod;
  /** The methods the config offers. */
  methods: LoginMethod[];
  /** Switches method; what was typed is kept. */
  setMethod: (method: LoginMethod) => void;
  /** Which identifiers the field accepts with the method in use. */
  accepts: { email: boolean; mobile: boolean };
  /** The view of the config in use. */
  view: PlatformView;
}

/**
 * The headless login form: password and/or OTP as the PlatformSchema offers, one identifier field (an email or a
 * mobile number as typed, with its country: `country`, the provider's `defaultCountry` unless the shopper picks or
 * types another), validation before any request, the captcha token when the config asks for one. A
 * password sign-in signs in (`onNext({ type: 'signedIn' })`, `onSuccess`); an OTP sign-in sends the code by SMS
 * (`loginWithOTP`, as Fynd does) and moves on to the code (`otpSent`); a disabled account, to `accountDisabled`.
 * @example
 * const login = useLoginForm({ onNext: flow.send });
 * <form {...login.getFormProps()}>
 *   <label {...login.getFieldProps('identifier').labelProps}>Email or mobile</label>
 *   <input {...login.getFieldProps('identifier').inputProps} />
 *   <button {...login.getSubmitProps()} />
 * </form>
 */
export function useLoginForm(options: LoginFormOptions = {}): LoginForm {
  const messages = useMessages(loginMessages, otpMessages);
  const settings = useKitSettings();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const methods = useMemo(() => loginMethods(view), [view]);
  const [chosen, setChosen] = useState<LoginMethod | undefined>(options.defaultMethod);
  const method: LoginMethod = chosen && methods.includes(chosen) ? chosen : (methods[0] ?? 'password');
  const ctx = { view, method, emailOtp: settings.emailOtpLogin, messages };
  const schema = useMemo(() => loginSchema({ view, method, emailOtp: settings.emailOtpLogin, messages }), [view, method, settings.emailOtpLogin, messages]);

  const kitForm = useKitForm({
    fields: loginFields(ctx),
    schema,
    defaultValues: { identifier: '', country: settings.defaultCountry, password: '', ...options.defaultValues },
    labels: method === 'password' ? { submit: messages.loginSubmit, busy: messages.loginSubmitting } : { submit: messages.otpSendCode, busy: messages.otpSending },
    send: async (values, api) => {
      if (looksLikePhone(values.identifier)) await loadPhoneRules();
      const request = loginRequest(values, ctx);
      const captcha = await captchaField(view.captchaRequired, settings.captcha);
      if (request.method === 'loginWithEmailAndPassword') {
        return loginNext(request, await api.call(request.method, { body: { ...request.body, ...captcha } }, (answer) => answer.user !== undefined));
      }
      if (request.method === 'loginWithOTP') {
        return loginNext(request, await api.call(request.method, { body: { ...request.body, ...captcha } }, (answer) => Boolean(answer.request_id)));
      }
      return loginNext(request, await api.call(request.method, { body: request.body }, (answer) => answer.success !== false));
    },
    onSuccess: (event) => announceNext(options, event, settings),
    onFailure: (error) => {
      // `errorMessage` found the account disabled (a 4xx with meta.is_deleted, or Fynd's text for it).
      if (error.kind === 'account-disabled') {
        announceNext(options, { type: 'accountDisabled' }, settings);
        return null; // the next step takes focus (its heading, in AuthScreen)
      }
      // Every value is kept; focus goes back where the shopper can fix it.
      return method === 'password' && error.kind === 'rejected' ? 'password' : 'identifier';
    },
  });

  return {
    ...kitForm,
    method,
    methods,
    setMethod: (next) => {
      setChosen(next);
      kitForm.form.clearErrors();
      kitForm.reset();
    },
    accepts: loginAccepts(ctx),
    view,
  };
}
