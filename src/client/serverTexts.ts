/**
 * The texts the real User service answers in the cases a storefront must handle (Fynd's own storefront theme
 * translates each of them; `../shared/spec/flows.md` F9): facts of the wire, like the methods table. One table,
 * read by the client's errors (`FdkApiError.serverText`), the fake service (which answers with these exact texts)
 * and `errorMessage` (which shows the message key of a known text, `i18n/serverTextMessages.ts`, so that a
 * storefront translates it like any other string).
 */
export const serverTexts = {
  otpInvalid: 'Entered OTP is invalid, please retry',
  credentialsIncorrect: 'Password or username is incorrect',
  accountDisabled: 'This account has been disabled',
  mobileRequired: 'Mobile number is required',
  mobileInvalid: 'Invalid Mobile Number',
  emailInvalid: 'Invalid email address',
  emailIncorrect: 'Incorrect email address',
  emailTooLong: 'Email cannot exceed 50 characters',
} as const;

/** A known server text, by name. */
export type ServerTextName = keyof typeof serverTexts;


/** How a text is compared: lower case, letters and digits only, single spaces (as the storefront keys them). */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .trim()
    .replace(/\s+/g, ' ');

const byComparable = new Map<string, ServerTextName>(
  (Object.keys(serverTexts) as ServerTextName[]).map((name) => [comparable(serverTexts[name]), name]),
);

/**
 * The name of a known server text, whatever its case and punctuation (`'Entered OTP is invalid, please retry.'`
 * → `'otpInvalid'`); `undefined` for any other text.
 * @example
 * serverTextName('This account has been disabled'); // 'accountDisabled'
 */
export function serverTextName(text: string | undefined): ServerTextName | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  return byComparable.get(comparable(text));
}
