'use client';
import { useMemo } from 'react';
import * as z from 'zod/mini';
import type { Messages } from '../../i18n/messages';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { contactMessages } from '../../i18n/messages/contacts';
import { useKitSettings } from '../../query/userKit';
import type { UserSchema } from '../../schemas/common';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import type { FieldSpec } from '../kit/types';
import { COUNTRY_CODE_PATTERN } from '../identifier';
import { contactText, toEntry, type ContactEntry, type ContactKind } from './contactEntries';
import { canAddEmail, canAddPhone, normalizeCountryCode, normalizeEmail, normalizePhone } from './contactRules';

/** The values of the add form: the address or number, and the country code (phones). */
export interface AddContactValues {
  value: string;
  countryCode: string;
}

/** The form that adds a contact. */
export type AddContactForm = KitForm<AddContactValues>;

function addContactSpecs(kind: ContactKind, messages: Messages): Record<keyof AddContactValues, FieldSpec> {
  const countryCode: FieldSpec = { label: messages.fieldCountryCode, type: 'text', inputMode: 'tel', autoComplete: 'tel-country-code', required: kind === 'phone', maxLength: 5, dir: 'ltr' };
  return kind === 'email'
    ? { value: { label: messages.fieldEmail, type: 'email', inputMode: 'email', autoComplete: 'email', required: true, dir: 'ltr' }, countryCode }
    : { value: { label: messages.fieldMobile, type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', required: true, dir: 'ltr' }, countryCode };
}

function addContactSchema(kind: ContactKind, user: UserSchema | null | undefined, messages: Messages) {
  return z.object({ value: z.string(), countryCode: z.string() }).check(
    z.superRefine((values, ctx) => {
      if (values.value.trim() === '') {
        ctx.issues.push({ code: 'custom', input: values.value, path: ['value'], message: messages.validationRequired });
        return;
      }
      if (kind === 'phone' && !COUNTRY_CODE_PATTERN.test(values.countryCode.trim())) {
        ctx.issues.push({ code: 'custom', input: values.countryCode, path: ['countryCode'], message: messages.validationCountryCode });
        return;
      }
      const rule = kind === 'email' ? canAddEmail(user, values.value) : canAddPhone(user, { phone: values.value, country_code: values.countryCode });
      if (!rule.ok) ctx.issues.push({ code: 'custom', input: values.value, path: [rule.reason === 'validationCountryCode' ? 'countryCode' : 'value'], message: messages[rule.reason] });
    }),
  );
}

/**
 * The form that adds an email address or a mobile number to the signed-in user (`addEmail`, `addMobileNumber`): one
 * already on the account is refused before any request; the answer must show the new contact.
 */
export function useAddContactForm(kind: ContactKind, user: UserSchema | null | undefined, onAdded: (entry: ContactEntry) => void): AddContactForm {
  const messages = useMessages(profileMessages, contactMessages);
  const settings = useKitSettings();
  const schema = useMemo(() => addContactSchema(kind, user, messages), [kind, user, messages]);
  return useKitForm({
    fields: addContactSpecs(kind, messages),
    schema,
    defaultValues: { value: '', countryCode: settings.defaultCountryCode },
    labels: { submit: contactText(messages, kind, 'Add'), busy: contactText(messages, kind, 'Adding') },
    send: async (values, api) => {
      if (kind === 'email') {
        const email = values.value.trim();
        const answer = await api.call('addEmail', { body: { email } }, (result) => Boolean(result.user?.emails?.some((item) => normalizeEmail(item.email ?? '') === normalizeEmail(email))));
        const added = answer.user?.emails?.find((item) => normalizeEmail(item.email ?? '') === normalizeEmail(email));
        return toEntry(kind, { ...added, email: added?.email ?? email }, answer.user, false);
      }
      const phone = normalizePhone(values.value);
      const countryCode = normalizeCountryCode(values.countryCode);
      const answer = await api.call('addMobileNumber', { body: { phone, country_code: countryCode } }, (result) => Boolean(result.user?.phone_numbers?.some((item) => normalizePhone(item.phone) === phone)));
      return toEntry(kind, { phone, country_code: countryCode }, answer.user, false);
    },
    onSuccess: (entry, values, form) => {
      form.reset({ value: '', countryCode: values.countryCode });
      onAdded(entry);
    },
    onFailure: () => 'value',
  });
}
