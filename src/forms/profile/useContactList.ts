'use client';
import { schemaResolver } from '../schemaResolver';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { errorMessage } from '../../i18n/errorMessage';
import { formatMessage } from '../../i18n/formatMessage';
import type { MessageKey, Messages } from '../../i18n/messages';
import { executeMutation } from '../../query/executeMutation';
import { useLoggedInUser } from '../../query/hooks/useLoggedInUser';
import { userKeys } from '../../query/keys';
import { useMessages, useUserKit } from '../../query/UserKitProvider';
import type { UserSchema } from '../../schemas/common';
import { fieldProps } from '../fieldProps';
import { COUNTRY_CODE_PATTERN } from '../identifier';
import type { FieldProps, FieldSpec, FormError, FormStatus, SubmitProps } from '../types';
import { useSubmission } from '../useSubmission';
import { formElementProps, submitButtonProps, type FormElementProps } from '../formParts';
import {
  canAddEmail,
  canAddPhone,
  canDeleteEmail,
  canDeletePhone,
  canMakeEmailPrimary,
  canMakePhonePrimary,
  canSendEmailLink,
  canSendPhoneLink,
  normalizeCountryCode,
  normalizeEmail,
  normalizePhone,
  type ContactRuleResult,
} from './contactRules';

/** Which list: the user's email addresses or mobile numbers. */
export type ContactKind = 'email' | 'phone';

/** An action on one contact. */
export type ContactAction = 'delete' | 'primary' | 'link' | 'verify';

/** Seconds before a verification link may be sent again (the API gives no timer for links). */
export const LINK_RESEND_SECONDS = 30;

/** One email address or mobile number of the user, with what may be done with it and why not. */
export interface ContactEntry {
  kind: ContactKind;
  /** Stable key: the address in lower case, or `+91 9876543210`. */
  key: string;
  /** The text to show: the address, or `+91 9876543210` (render it `dir="ltr"`). */
  label: string;
  /** The email address (email lists). */
  email?: string;
  /** The national number (phone lists). */
  phone?: string;
  /** The country code, digits only (phone lists). */
  countryCode?: string;
  primary: boolean;
  verified: boolean;
  active: boolean;
  /** Removal sent, not yet answered: the entry stays shown (busy) until the server answers. */
  removing: boolean;
  /** Whether it may be removed, or the message key saying why not. */
  canDelete: ContactRuleResult;
  /** Whether it may become primary, or why not. */
  canMakePrimary: ContactRuleResult;
  /** Whether a verification link may be sent, or why not. */
  canSendLink: ContactRuleResult;
}

/** The texts of a list, named without their `emails`/`phones` prefix. */
export type ContactTextName =
  | 'Title'
  | 'Empty'
  | 'Add'
  | 'Adding'
  | 'Added'
  | 'Primary'
  | 'Verified'
  | 'Unverified'
  | 'MakePrimary'
  | 'PrimaryChanged'
  | 'SendVerification'
  | 'VerificationSent'
  | 'Delete'
  | 'Deleting'
  | 'Deleted'
  | 'ConfirmDeleteTitle'
  | 'ConfirmDeleteBody'
  | 'ConfirmDelete'
  | 'VerifyHint'
  | 'CodeLabel'
  | 'Verify'
  | 'Verifying'
  | 'VerifiedNow'
  | 'Sending'
  | 'ResendIn';

/** The values of the add form: the address or number, and the country code (phones). */
export interface AddContactValues {
  value: string;
  countryCode: string;
}

/** The form that adds a contact. */
export interface AddContactForm {
  form: ReturnType<typeof useForm<AddContactValues>>;
  /** Props for `value` (the address or number) and `countryCode` (phones only). */
  getFieldProps: (name: keyof AddContactValues) => FieldProps;
  getSubmitProps: () => SubmitProps;
  getFormProps: () => FormElementProps;
  submit: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
}

/** What {@link useContactList} returns. */
export interface ContactList {
  kind: ContactKind;
  /** The signed-in user (`null` signed out, `undefined` while loading). */
  user: UserSchema | null | undefined;
  /** Whether the user is still loading. */
  isPending: boolean;
  /** The contacts, in the server's order (an entry being removed stays until the server answers). */
  items: ContactEntry[];
  /** The add form. */
  add: AddContactForm;
  /** Removes a contact (after your confirm step). Does nothing when a rule forbids it or it is already being removed. */
  remove: (entry: ContactEntry) => Promise<boolean>;
  /** Makes a verified contact the primary one. */
  makePrimary: (entry: ContactEntry) => Promise<boolean>;
  /** Sends a new verification link to an unverified contact, unless one was sent less than 30 s ago. */
  sendLink: (entry: ContactEntry) => Promise<boolean>;
  /** Verifies a contact with the code of its link. */
  verify: (entry: ContactEntry, code: string) => Promise<boolean>;
  /** Whether an action (or any, without `action`) is in flight for a contact. */
  isBusy: (entry: ContactEntry, action?: ContactAction) => boolean;
  /** When the last verification link to a contact was sent from here (ms), for the resend countdown. */
  linkSentAt: (entry: ContactEntry) => number | undefined;
  /** A short confirmation to announce (`ana@example.com has been removed.`). */
  notice: string | undefined;
  /** The last failed action, with its friendly error. */
  actionError: { key: string; action: ContactAction; error: FormError } | undefined;
  /** A text of this list (`text('Deleted', entry)` → `ana@example.com has been removed.`; `text('ResendIn', entry, { seconds })`). */
  text: (name: ContactTextName, entry?: ContactEntry | string, values?: { seconds?: number }) => string;
  /** The text of a rule's reason. */
  reason: (rule: ContactRuleResult) => string | undefined;
}

interface RawContact {
  email?: string | undefined;
  phone?: string | undefined;
  country_code?: string | number | undefined;
  primary?: boolean | undefined;
  verified?: boolean | undefined;
  active?: boolean | undefined;
}

const phoneLabel = (countryCode: string, phone: string) => `+${countryCode} ${phone}`;

function toEntry(kind: ContactKind, raw: RawContact, user: UserSchema | null | undefined, removing: boolean): ContactEntry {
  const flags = { primary: raw.primary === true, verified: raw.verified === true, active: raw.active !== false, removing };
  if (kind === 'email') {
    const email = raw.email ?? '';
    return {
      kind,
      key: normalizeEmail(email),
      label: email,
      email,
      ...flags,
      canDelete: canDeleteEmail(user, email),
      canMakePrimary: canMakeEmailPrimary(user, email),
      canSendLink: canSendEmailLink(user, email),
    };
  }
  const phone = raw.phone ?? '';
  const countryCode = normalizeCountryCode(raw.country_code);
  const ref = { phone, country_code: countryCode };
  return {
    kind,
    key: phoneLabel(countryCode, normalizePhone(phone)),
    label: phoneLabel(countryCode, phone),
    phone,
    countryCode,
    ...flags,
    canDelete: canDeletePhone(user, ref),
    canMakePrimary: canMakePhonePrimary(user, ref),
    canSendLink: canSendPhoneLink(user, ref),
  };
}

/**
 * The contacts of a user, as entries with their rules applied.
 * @example
 * contactEntries('phone', user).map((entry) => entry.label); // ['+91 9876543210']
 */
export function contactEntries(kind: ContactKind, user: UserSchema | null | undefined): ContactEntry[] {
  const raw: RawContact[] = (kind === 'email' ? user?.emails : user?.phone_numbers) ?? [];
  return raw.map((item) => toEntry(kind, item, user, false));
}

const textKey = (kind: ContactKind, name: ContactTextName) => `${kind === 'email' ? 'emails' : 'phones'}${name}` as MessageKey;

function contactText(messages: Messages, kind: ContactKind, name: ContactTextName, entry?: ContactEntry | string, seconds?: number): string {
  const label = typeof entry === 'string' ? entry : (entry?.label ?? '');
  return formatMessage(messages[textKey(kind, name)], { email: label, mobile: label, seconds: seconds ?? 0 });
}

/**
 * The user's email addresses (`kind: 'email'`) or mobile numbers (`'phone'`), headless: entries with every rule of
 * the service already applied (`canDelete`, `canMakePrimary`, `canSendLink`, each with the reason when not), an add
 * form (an address already on the account is refused before any request), and the actions. Removals and primary
 * changes are optimistic; a second removal while one is pending works, and the same entry cannot be removed twice.
 * A new contact is unverified: its verification link was sent on adding; `sendLink` sends another (at most once
 * every 30 s) and `verify(entry, code)` takes the code from the link.
 * @example
 * const emails = useContactList('email');
 * emails.items.map((entry) => (
 *   <li key={entry.key}>
 *     {entry.label}
 *     <button aria-disabled={!entry.canDelete.ok} onClick={() => emails.remove(entry)}>Remove</button>
 *     {entry.canDelete.ok ? null : <p>{emails.reason(entry.canDelete)}</p>}
 *   </li>
 * ));
 */
export function useContactList(kind: ContactKind, options: { platform?: string } = {}): ContactList {
  const messages = useMessages();
  const kit = useUserKit();
  const session = useLoggedInUser();
  const user = session.data;
  const [removing, setRemoving] = useState<ReadonlyMap<string, { entry: ContactEntry; index: number }>>(new Map());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const inFlight = useRef(new Set<string>());
  const [sentAt, setSentAt] = useState<Readonly<Record<string, number>>>({});
  const [notice, setNotice] = useState<string | undefined>();
  const [actionError, setActionError] = useState<ContactList['actionError']>();
  const platform = options.platform === undefined ? {} : { platform: options.platform };

  const items = useMemo(() => {
    const list = contactEntries(kind, user).map((entry) => (removing.has(entry.key) ? { ...entry, removing: true } : entry));
    // Entries whose removal is in flight are gone from the (optimistic) cache: show them where they were, busy.
    for (const { entry, index } of [...removing.values()].sort((a, b) => a.index - b.index)) {
      if (!list.some((item) => item.key === entry.key)) list.splice(Math.min(index, list.length), 0, { ...entry, removing: true });
    }
    return list;
  }, [kind, user, removing]);

  const text = useCallback(
    (name: ContactTextName, entry?: ContactEntry | string, values?: { seconds?: number }) => contactText(messages, kind, name, entry, values?.seconds),
    [messages, kind],
  );
  const reason = useCallback((rule: ContactRuleResult) => (rule.ok ? undefined : messages[rule.reason]), [messages]);

  /** Runs one action on one entry, once at a time per entry and action. */
  const act = useCallback(
    async (entry: ContactEntry, action: ContactAction, task: () => Promise<unknown>, done: string): Promise<boolean> => {
      const id = `${action}:${entry.key}`;
      if (inFlight.current.has(id)) return false;
      inFlight.current.add(id);
      setBusy((previous) => new Set(previous).add(id));
      setActionError(undefined);
      setNotice(undefined);
      try {
        await task();
        setNotice(done);
        return true;
      } catch (cause) {
        setActionError({ key: entry.key, action, error: { ...errorMessage(cause, messages), cause } });
        return false;
      } finally {
        inFlight.current.delete(id);
        setBusy((previous) => {
          const next = new Set(previous);
          next.delete(id);
          return next;
        });
      }
    },
    [messages],
  );

  const remove = useCallback(
    async (entry: ContactEntry) => {
      if (inFlight.current.has(`delete:${entry.key}`) || !entry.canDelete.ok) return false;
      const index = items.findIndex((item) => item.key === entry.key);
      setRemoving((previous) => new Map(previous).set(entry.key, { entry, index }));
      const flags = { active: entry.active, primary: entry.primary, verified: entry.verified, ...platform };
      const ok = await act(
        entry,
        'delete',
        () =>
          kind === 'email'
            ? executeMutation('deleteEmail', { email: entry.email ?? '', ...flags }, kit)
            : executeMutation('deleteMobileNumber', { phone: entry.phone ?? '', countryCode: entry.countryCode ?? '', ...flags }, kit),
        text('Deleted', entry),
      );
      setRemoving((previous) => {
        const next = new Map(previous);
        next.delete(entry.key);
        return next;
      });
      return ok;
    },
    // `platform` is derived from options.platform.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, act, kind, kit, text, options.platform],
  );

  const phoneBody = (entry: ContactEntry) => ({
    phone: entry.phone ?? '',
    country_code: entry.countryCode ?? '',
    verified: entry.verified,
    active: entry.active,
    primary: entry.primary,
  });

  const makePrimary = (entry: ContactEntry) => {
    if (!entry.canMakePrimary.ok || entry.removing) return Promise.resolve(false);
    return act(
      entry,
      'primary',
      () =>
        kind === 'email'
          ? executeMutation('setEmailAsPrimary', { body: { email: entry.email ?? '' } }, kit)
          : executeMutation('setMobileNumberAsPrimary', { body: phoneBody(entry) }, kit),
      text('PrimaryChanged', entry),
    );
  };

  const linkWait = (entry: ContactEntry) => {
    const at = sentAt[entry.key];
    return at !== undefined && Date.now() - at < LINK_RESEND_SECONDS * 1000;
  };

  const sendLink = async (entry: ContactEntry) => {
    if (!entry.canSendLink.ok || entry.removing || linkWait(entry)) return false;
    const ok = await act(
      entry,
      'link',
      () =>
        kind === 'email'
          ? executeMutation('sendVerificationLinkToEmail', { body: { email: entry.email ?? '' }, ...platform }, kit)
          : executeMutation('sendVerificationLinkToMobile', { body: phoneBody(entry), ...platform }, kit),
      text('VerificationSent', entry),
    );
    if (ok) setSentAt((previous) => ({ ...previous, [entry.key]: Date.now() }));
    return ok;
  };

  const verify = (entry: ContactEntry, code: string) => {
    const trimmed = code.trim();
    if (trimmed === '') {
      setActionError({ key: entry.key, action: 'verify', error: { kind: 'validation', retryable: false, message: messages.validationRequired, cause: undefined } });
      return Promise.resolve(false);
    }
    return act(
      entry,
      'verify',
      async () => {
        await (kind === 'email' ? executeMutation('verifyEmail', { body: { code: trimmed } }, kit) : executeMutation('verifyMobile', { body: { code: trimmed } }, kit));
        // The verification changed the user: wait for the fresh one so that the entry shows it at once.
        await kit.queryClient.refetchQueries({ queryKey: userKeys.session() }, { cancelRefetch: false });
      },
      text('VerifiedNow', entry),
    );
  };

  const add = useAddContactForm(kind, user, messages, platform.platform, (entry) => {
    setNotice(text('Added', entry));
    setActionError(undefined);
    setSentAt((previous) => ({ ...previous, [entry.key]: Date.now() }));
  });

  return {
    kind,
    user,
    isPending: session.isPending,
    items,
    add,
    remove,
    makePrimary,
    sendLink,
    verify,
    isBusy: (entry, action) => (action ? busy.has(`${action}:${entry.key}`) : [...busy].some((id) => id.endsWith(`:${entry.key}`))),
    linkSentAt: (entry) => sentAt[entry.key],
    notice,
    actionError,
    text,
    reason,
  };
}

function useAddContactForm(
  kind: ContactKind,
  user: UserSchema | null | undefined,
  messages: Messages,
  platform: string | undefined,
  onAdded: (entry: ContactEntry) => void,
): AddContactForm {
  const kit = useUserKit();
  const submission = useSubmission(messages);
  const formId = useId();
  const schema = useMemo(
    () =>
      z
        .object({ value: z.string(), countryCode: z.string() })
        .check(
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
        ),
    [kind, user, messages],
  );
  const form = useForm<AddContactValues>({
    resolver: schemaResolver(schema),
    defaultValues: { value: '', countryCode: '91' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: true,
  });

  const specs: Record<keyof AddContactValues, FieldSpec> =
    kind === 'email'
      ? {
          value: { label: messages.fieldEmail, type: 'email', inputMode: 'email', autoComplete: 'email', required: true, dir: 'ltr' },
          countryCode: { label: messages.fieldCountryCode, type: 'text', inputMode: 'tel', autoComplete: 'tel-country-code', required: false, maxLength: 5, dir: 'ltr' },
        }
      : {
          value: { label: messages.fieldMobile, type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', required: true, dir: 'ltr' },
          countryCode: { label: messages.fieldCountryCode, type: 'text', inputMode: 'tel', autoComplete: 'tel-country-code', required: true, maxLength: 5, dir: 'ltr' },
        };

  const onValid = async (values: AddContactValues) => {
    const args = platform === undefined ? {} : { platform };
    const result = await submission.run(async () => {
      if (kind === 'email') {
        const email = values.value.trim();
        const answer = await executeMutation('addEmail', { body: { email }, ...args }, kit);
        return { answer, raw: { email: answer.user?.emails?.find((item) => normalizeEmail(item.email ?? '') === normalizeEmail(email))?.email ?? email } };
      }
      const phone = normalizePhone(values.value);
      const countryCode = normalizeCountryCode(values.countryCode);
      const answer = await executeMutation('addMobileNumber', { body: { phone, country_code: countryCode }, ...args }, kit);
      return { answer, raw: { phone, country_code: countryCode } };
    });
    if (!result) return;
    if (!result.ok) {
      form.setFocus('value');
      return;
    }
    form.reset({ value: '', countryCode: values.countryCode });
    onAdded(toEntry(kind, result.value.raw, result.value.answer.user, false));
  };

  const submit = () => form.handleSubmit(onValid)();
  const busy = submission.status === 'submitting';
  return {
    form,
    getFieldProps: (name) => fieldProps(formId, form, name, specs[name], form.formState.errors),
    getSubmitProps: () => submitButtonProps(busy, contactText(messages, kind, 'Add'), contactText(messages, kind, 'Adding')),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    status: submission.status,
    error: submission.error,
  };
}
