import { callApi } from '../../query/callApi';
import type { MutationContext } from '../../query/executeMutation';
import type { ContactEntry, ContactKind } from './contactEntries';

/*
 * The calls behind each action on a contact, per kind (emails and mobile numbers take different methods and
 * bodies, as USER.md names them). `useContactList` decides when; these say what goes on the wire.
 */

const flags = (entry: ContactEntry) => ({ active: entry.active, primary: entry.primary, verified: entry.verified });
const phoneBody = (entry: ContactEntry) => ({ phone: entry.phone ?? '', country_code: entry.countryCode ?? '', ...flags(entry) });

/**
 * Removes a contact: `deleteEmail` / `deleteMobileNumber`, with the entry's flags as query arguments.
 * @example
 * await removeContact(kit, 'email', entry);
 */
export function removeContact(kit: MutationContext, kind: ContactKind, entry: ContactEntry): Promise<unknown> {
  return kind === 'email'
    ? callApi(kit, 'deleteEmail', { email: entry.email ?? '', ...flags(entry) })
    : callApi(kit, 'deleteMobileNumber', { phone: entry.phone ?? '', countryCode: entry.countryCode ?? '', ...flags(entry) });
}

/** Makes a contact the primary one: `setEmailAsPrimary` / `setMobileNumberAsPrimary`. */
export function makeContactPrimary(kit: MutationContext, kind: ContactKind, entry: ContactEntry): Promise<unknown> {
  return kind === 'email' ? callApi(kit, 'setEmailAsPrimary', { body: { email: entry.email ?? '' } }) : callApi(kit, 'setMobileNumberAsPrimary', { body: phoneBody(entry) });
}

/** Sends a contact a new verification link: `sendVerificationLinkToEmail` / `sendVerificationLinkToMobile`. */
export function sendContactLink(kit: MutationContext, kind: ContactKind, entry: ContactEntry): Promise<unknown> {
  return kind === 'email'
    ? callApi(kit, 'sendVerificationLinkToEmail', { body: { email: entry.email ?? '' } })
    : callApi(kit, 'sendVerificationLinkToMobile', { body: phoneBody(entry) });
}

/** Verifies a contact with the code of its link: `verifyEmail` / `verifyMobile`. */
export function verifyContact(kit: MutationContext, kind: ContactKind, code: string): Promise<unknown> {
  return callApi(kit, kind === 'email' ? 'verifyEmail' : 'verifyMobile', { body: { code } });
}
