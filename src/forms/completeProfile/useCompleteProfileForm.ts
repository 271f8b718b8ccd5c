'use client';
import { useMemo } from 'react';
import type { PlatformView } from '../../config/readPlatformConfig';
import { announceNext } from '../../flow/signedIn';
import type { KnownContact, SignInFormOptions } from '../../flow/types';
import { useMessages } from '../../i18n/MessagesContext';
import { registerMessages } from '../../i18n/messages/register';
import { usePlatformView } from '../../query/hooks/usePlatformView';
import { fetchSignedInUser } from '../../query/queries';
import { useKitSettings } from '../../query/userKit';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import { genderOptions, personSchema, personSpecs, type FieldAsk, type PersonField, type PersonValues } from '../rules/personFields';
import { phoneReady } from '../phone/readPhone';
import { completeProfileAsks, completeProfileBody, completeProfileNext } from './completeProfileForm';
import { personMessages } from '../../i18n/messages/person';

/** Options of {@link useCompleteProfileForm}. */
export interface CompleteProfileFormOptions extends SignInFormOptions {
  /** The `register_token` of the OTP or social step that found no account. */
  registerToken: string;
  /** What that step proved (not asked again) and knew (names from a social profile). */
  known?: KnownContact;
  view?: PlatformView;
}

/** What {@link useCompleteProfileForm} returns. */
export interface CompleteProfileForm extends KitForm<PersonValues> {
  /** How each field is asked. */
  fields: Record<PersonField, FieldAsk>;
  /** The gender choices. */
  genderOptions: Array<{ value: string; label: string }>;
  /** What an earlier step proved, to show ("Signing up with +91 9876543210"). */
  known: KnownContact;
}

/**
 * The headless complete-profile step for a new shopper (an OTP for a number with no account, or a social login
 * for a new user): names, gender and the contacts the application's `required_fields` ask for, sent as
 * `updateProfile({ register_token, … })` without a session. The answer may ask to verify a code first
 * (`verificationRequired`), to open an email link (`emailLinkSent`), or sign the shopper in (`signedIn`).
 * @example
 * const profile = useCompleteProfileForm({ registerToken, known: { mobile: '9876543210', countryCode: '91' }, onNext: flow.send });
 */
export function useCompleteProfileForm(options: CompleteProfileFormOptions): CompleteProfileForm {
  const messages = useMessages(registerMessages, personMessages);
  const settings = useKitSettings();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const known = useMemo(() => options.known ?? {}, [options.known]);
  const asks = useMemo(() => completeProfileAsks(view, known), [view, known]);
  const schema = useMemo(() => personSchema(messages, asks, settings.passwordRule), [messages, asks, settings.passwordRule]);

  const kitForm = useKitForm({
    fields: personSpecs(messages, asks, settings.passwordRule),
    schema,
    defaultValues: {
      first_name: known.first_name ?? '',
      last_name: known.last_name ?? '',
      gender: '',
      email: '',
      country: settings.defaultCountry,
      mobile: '',
      password: '',
      confirmPassword: '',
    },
    labels: { submit: messages.completeProfileSubmit, busy: messages.completeProfileSubmitting },
    send: async (values, api) => {
      if (values.mobile.trim() !== '') await phoneReady(values.country);
      const body = completeProfileBody(values, asks, options.registerToken);
      const next = completeProfileNext(await api.call('updateProfile', { body }), body);
      return next === 'session' ? { type: 'signedIn' as const, user: await fetchSignedInUser(api.kit) } : next;
    },
    onSuccess: (event) => announceNext(options, event, settings),
  });
  return { ...kitForm, fields: asks, genderOptions: genderOptions(messages), known };
}
