'use client';
import { useMemo, useRef } from 'react';
import type { PlatformView } from '../../config/readPlatformConfig';
import { announceNext } from '../../flow/signedIn';
import type { SignInFormOptions } from '../../flow/types';
import { useMessages } from '../../i18n/MessagesContext';
import { registerMessages } from '../../i18n/messages/register';
import { usePlatformView } from '../../query/hooks/usePlatformView';
import { fetchSignedInUser } from '../../query/queries';
import { useKitSettings } from '../../query/userKit';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import { genderOptions, personSchema, personSpecs, softFields, type FieldAsk, type PersonField, type PersonValues } from '../rules/personFields';
import { phoneReady } from '../phone/readPhone';
import { registerAsks, registerBody, registerDelivered, registerNext } from './registerForm';
import { personMessages } from '../../i18n/messages/person';

/** Options of {@link useRegisterForm}. */
export interface RegisterFormOptions extends SignInFormOptions {
  view?: PlatformView;
  /** Values to start with. */
  defaultValues?: Partial<PersonValues>;
}

/** What {@link useRegisterForm} returns. */
export interface RegisterForm extends KitForm<PersonValues> {
  /** How each field is asked (shown or not; hard or soft). */
  fields: Record<PersonField, FieldAsk>;
  /** The soft fields asked ("Skip for now" leaves them out); empty when skipping is not offered. */
  softFields: PersonField[];
  /** Submits without the soft fields. */
  skip: () => Promise<void>;
  /** Props for the "Skip for now" button. */
  getSkipProps: () => { type: 'button'; onClick: () => Promise<void>; 'aria-disabled': boolean; children: string };
  /** The gender choices (`unisex` reads "Other"). */
  genderOptions: Array<{ value: string; label: string }>;
}

/**
 * The headless registration form, as Fynd's register page: names, gender, email and mobile as the application's
 * `required_fields` ask (hard must be given, soft may be skipped), a password that meets the provider's
 * `passwordRule` (Fynd's: 8 characters with a letter, a digit and a special character) and its confirmation.
 * Registering does not sign in: the server sends codes, and the flow goes on to verify them
 * (`verificationRequired`); only when it asked nothing is the shopper signed in (`signedIn`).
 * @example
 * const register = useRegisterForm({ onNext: flow.send });
 */
export function useRegisterForm(options: RegisterFormOptions = {}): RegisterForm {
  const messages = useMessages(registerMessages, personMessages);
  const settings = useKitSettings();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const asks = useMemo(() => registerAsks(view), [view]);
  const schema = useMemo(() => personSchema(messages, asks, settings.passwordRule), [messages, asks, settings.passwordRule]);
  const skipping = useRef(false);
  const soft = softFields(asks);
  const canSkip = soft.length > 0 && (['email', 'mobile'] as const).some((name) => asks[name].asked && asks[name].level === 'hard');

  const kitForm = useKitForm({
    fields: personSpecs(messages, asks, settings.passwordRule),
    schema,
    defaultValues: { first_name: '', last_name: '', gender: '', email: '', country: settings.defaultCountry, mobile: '', password: '', confirmPassword: '', ...options.defaultValues },
    labels: { submit: messages.registerSubmit, busy: messages.registerSubmitting },
    send: async (values, api) => {
      if (values.mobile.trim() !== '') await phoneReady(values.country);
      const body = registerBody(values, asks, skipping.current);
      const next = registerNext(await api.call('registerWithForm', { body }, registerDelivered), body);
      if (next !== 'session') return next;
      // Nothing to verify: the server started the session (Fynd's storefront goes home); read who is signed in.
      return { type: 'signedIn' as const, user: await fetchSignedInUser(api.kit) };
    },
    onSuccess: (event) => announceNext(options, event, settings),
    onFailure: (error) => {
      // Focus the field the server complained about when its message names one, else the first field.
      const named = (['email', 'mobile', 'password'] as const).find((name) => asks[name].asked && new RegExp(name === 'mobile' ? 'mobile|phone' : name, 'i').test(error.serverMessage ?? ''));
      return named;
    },
  });

  const skip = async () => {
    for (const name of soft) kitForm.form.setValue(name, '');
    skipping.current = true;
    try {
      await kitForm.submit();
    } finally {
      skipping.current = false;
    }
  };
  return {
    ...kitForm,
    fields: asks,
    softFields: canSkip ? soft : [],
    skip,
    getSkipProps: () => ({ type: 'button', onClick: skip, 'aria-disabled': kitForm.status === 'submitting', children: messages.commonSkip }),
    genderOptions: genderOptions(messages),
  };
}
