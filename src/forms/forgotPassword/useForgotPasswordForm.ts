'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlatformView } from '../../config/readPlatformConfig';
import { announceNext } from '../../flow/signedIn';
import type { SignInFormOptions } from '../../flow/types';
import { formatMessage } from '../../i18n/formatMessage';
import { useMessages } from '../../i18n/MessagesContext';
import { forgotMessages } from '../../i18n/messages/forgot';
import { usePlatformView } from '../../query/hooks/usePlatformView';
import { useKitSettings } from '../../query/userKit';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import { captchaField } from '../rules/captcha';
import { forgotFields, forgotNextStep, forgotSchema, forgotStepFields, type ForgotPasswordStep, type ForgotPasswordValues } from './forgotPasswordForm';
import { personMessages } from '../../i18n/messages/person';

/** Options of {@link useForgotPasswordForm}. */
export interface ForgotPasswordFormOptions extends SignInFormOptions {
  view?: PlatformView;
  /** A reset code from a link (`?code=`): the form starts by checking it, then asks for the new password. */
  code?: string | undefined;
  /** The email to start with. */
  defaultEmail?: string;
}

/** What {@link useForgotPasswordForm} returns. */
export interface ForgotPasswordForm extends KitForm<ForgotPasswordValues> {
  step: ForgotPasswordStep;
  /** Goes back to a previous step (values are kept). */
  goTo: (step: Exclude<ForgotPasswordStep, 'done'>) => void;
  /** A note to show after the email step (`If an account exists for …, a code is on its way.`). */
  notice: string | undefined;
}

/**
 * The headless password reset: email → reset code → new password (`sendResetPasswordEmail`, `sendResetToken`,
 * `forgotPassword`, which signs the shopper in). The email step answers the same whether or not an account
 * exists. Opened from a reset link (`code`), it checks the code at once and asks for the new password (or says
 * the link has expired).
 * @example
 * const reset = useForgotPasswordForm({ onNext: flow.send });
 * reset.step; // 'email' | 'code' | 'password' | 'done'
 */
export function useForgotPasswordForm(options: ForgotPasswordFormOptions = {}): ForgotPasswordForm {
  const messages = useMessages(forgotMessages, personMessages);
  const settings = useKitSettings();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const [step, setStep] = useState<ForgotPasswordStep>(options.code ? 'code' : 'email');
  const [notice, setNotice] = useState<string | undefined>();
  const schema = useMemo(() => forgotSchema(step, messages, settings.passwordRule), [step, messages, settings.passwordRule]);

  const kitForm = useKitForm({
    fields: forgotFields(messages, settings.passwordRule),
    schema,
    defaultValues: { email: options.defaultEmail ?? '', code: options.code ?? '', password: '', confirmPassword: '' },
    labels:
      step === 'password'
        ? { submit: messages.resetSubmit, busy: messages.resetSubmitting }
        : { submit: step === 'email' ? messages.forgotSubmit : messages.commonContinue, busy: messages.forgotSubmitting },
    send: async (values, api) => {
      if (step === 'email') {
        await api.call('sendResetPasswordEmail', { body: { email: values.email.trim(), ...(await captchaField(view.captchaRequired, settings.captcha)) } });
        return undefined;
      }
      if (step === 'code') {
        await api.call('sendResetToken', { body: { code: values.code.trim() } });
        return undefined;
      }
      const answer = await api.call('forgotPassword', { body: { code: values.code.trim(), password: values.password } }, (result) => result.user !== undefined);
      return answer.user;
    },
    onSuccess: (user, values, form) => {
      if (step === 'done') return;
      if (step === 'email') setNotice(formatMessage(messages.forgotSent, { email: values.email.trim() }));
      setStep(forgotNextStep[step]);
      if (user) {
        // The new password is not kept once it has done its job.
        form.reset({ ...values, password: '', confirmPassword: '' });
        announceNext(options, { type: 'signedIn', user }, settings);
      }
    },
    onFailure: (error) => {
      // A refused code at the last step sends the shopper back to the code.
      if (step === 'password' && error.kind === 'rejected') {
        setStep('code');
        return null;
      }
      return step === 'done' ? null : forgotStepFields[step][0];
    },
  });

  // A code from a link is checked at once.
  const checkedLink = useRef(false);
  const { submit } = kitForm;
  useEffect(() => {
    if (!options.code || checkedLink.current) return;
    checkedLink.current = true;
    void submit();
  }, [options.code, submit]);

  // When the step changes, focus its first field once it is rendered (not on the first render).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (step !== 'done') kitForm.form.setFocus(forgotStepFields[step][0]!);
  }, [step, kitForm.form]);

  return {
    ...kitForm,
    step,
    goTo: (next) => {
      kitForm.reset();
      kitForm.form.clearErrors();
      setStep(next);
    },
    notice,
  };
}
