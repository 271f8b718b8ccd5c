import { formatMessage } from '../../i18n/formatMessage';
import type { MessageKey, Messages } from '../../i18n/messages';
import type { UserSchema } from '../../schemas/common';
import {
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

/** A contact as the API gives it. */
export interface RawContact {
  email?: string | undefined;
  phone?: string | undefined;
  country_code?: string | number | undefined;
  primary?: boolean | undefined;
  verified?: boolean | undefined;
  active?: boolean | undefined;
}

const phoneLabel = (countryCode: string, phone: string) => `+${countryCode} ${phone}`;

/** One contact as an entry, with the service's rules applied for this user. */
export function toEntry(kind: ContactKind, raw: RawContact, user: UserSchema | null | undefined, removing: boolean): ContactEntry {
  const flags = { primary: raw.primary === true, verified: raw.verified === true, active: raw.active !== false, removing };
  if (kind === 'email') {
    const email = raw.email ?? '';
    return { kind, key: normalizeEmail(email), label: email, email, ...flags, canDelete: canDeleteEmail(user, email), canMakePrimary: canMakeEmailPrimary(user, email), canSendLink: canSendEmailLink(user, email) };
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

/** A text of a list (`Deleted` → `ana@example.com has been removed.`). */
export function contactText(messages: Messages, kind: ContactKind, name: ContactTextName, entry?: ContactEntry | string, seconds?: number): string {
  const label = typeof entry === 'string' ? entry : (entry?.label ?? '');
  const key = `${kind === 'email' ? 'emails' : 'phones'}${name}` as MessageKey;
  return formatMessage(messages[key], { email: label, mobile: label, seconds: seconds ?? 0 }, messages.locale);
}
