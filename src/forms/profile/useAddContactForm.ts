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
import { phoneError, phoneReady, readPhone } from '../phone/readPhone';
import { contactText, toEntry, type ContactEntry, type ContactKind } from './contactEntries';
import { canAddEmail, canAddPhone, normalizeEmail, normalizePhone } from './contactRules';

/** The values of the add form: the address or number, and the country of a number (ISO 3166-1 alpha-2, `IN`). */
export interface AddContactValues {
  value: string;
  country: string;
}

/** The form that adds a contact. */
export type AddContactForm = KitForm<AddContactValues>;

function addContactSpecs(kind: ContactKind, messages: Messages): Record<keyof AddContactValues, FieldSpec> {
  const country: FieldSpec = { label: messages.fieldCountryCode, type: 'text', autoComplete: 'country', required: kind === 'phone' };
  return kind === 'email'
    ? { value: { label: messages.fieldEmail, type: 'email', inputMode: 'email', autoComplete: 'email', required: true, dir: 'ltr' }, country }
    : { value: { label: messages.fieldMobile, type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', required: true, dir: 'ltr' }, country };
}

function addContactSchema(kind: ContactKind, user: UserSchema | null | undefined, messages: Messages) {
  return z.object({ value: z.string(), country: z.string() }).check(
    z.superRefine((values, ctx) => {
      const typed = values.value.trim();
      const phone = kind === 'phone' ? readPhone(typed, values.country) : undefined;
      const rule = kind === 'email' ? canAddEmail(user, typed) : canAddPhone(user, { phone: phone?.mobile, country_code: phone?.countryCode });
      const refused = rule.ok ? undefined : messages[rule.reason];
      const error = typed === '' ? messages.validationRequired : ((kind === 'phone' ? phoneError(typed, values.country, messages) : undefined) ?? refused);
      if (error) ctx.issues.push({ code: 'custom', input: values.value, path: ['value'], message: error });
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
    defaultValues: { value: '', country: settings.defaultCountry },
    labels: { submit: contactText(messages, kind, 'Add'), busy: contactText(messages, kind, 'Adding') },
    send: async (values, api) => {
      if (kind === 'email') {
        const email = values.value.trim();
        const answer = await api.call('addEmail', { body: { email } }, (result) => Boolean(result.user?.emails?.some((item) => normalizeEmail(item.email ?? '') === normalizeEmail(email))));
        const added = answer.user?.emails?.find((item) => normalizeEmail(item.email ?? '') === normalizeEmail(email));
        return toEntry(kind, { ...added, email: added?.email ?? email }, answer.user, false);
      }
      await phoneReady(values.country);
      const read = readPhone(values.value.trim(), values.country);
      const phone = read?.mobile ?? normalizePhone(values.value);
      const countryCode = read?.countryCode ?? '';
      const answer = await api.call('addMobileNumber', { body: { phone, country_code: countryCode } }, (result) => Boolean(result.user?.phone_numbers?.some((item) => normalizePhone(item.phone) === phone)));
      return toEntry(kind, { phone, country_code: countryCode }, answer.user, false);
    },
    onSuccess: (entry, values, form) => {
      form.reset({ value: '', country: values.country });
      onAdded(entry);
    },
    onFailure: () => 'value',
  });
}
