import { formatMessage } from '../../i18n/formatMessage';
import type { Messages } from '../../i18n/messages';
import { looksLikePhone, parseIdentifier, typedCountryCode } from '../identifier';
import { countryOfDialCode, dialCodeOf } from './dialCodes';
import { loadPhoneRules, loadedPhoneRules } from './phoneRulesLoader';

/** A mobile number read for the wire. */
export interface PhoneReading {
  /** The national number, digits only (`501234567`). */
  mobile: string;
  /** The calling code, digits only (`971`): the typed `+code`, else the chosen country's. */
  countryCode: string;
  /** The country the number belongs to, when known. */
  country: string | undefined;
}

/**
 * Reads a typed mobile number in the chosen country (a typed `+code` wins): by libphonenumber's rules for that
 * country once the library has loaded, by the kit's own until then (`parseIdentifier`: 6 to 15 digits, a leading
 * trunk `0` dropped). `undefined` when it is not a number that can be sent. The calling code is `''` only for a
 * country the kit cannot place before the library loads (`phoneReady` loads it).
 * @example
 * readPhone('+971 50 123 4567', 'IN'); // { mobile: '501234567', countryCode: '971', country: 'AE' }
 * readPhone('98765 43210', 'IN'); // { mobile: '9876543210', countryCode: '91', country: 'IN' }
 */
export function readPhone(typed: string, country: string): PhoneReading | undefined {
  if (!looksLikePhone(typed)) return undefined;
  const rules = loadedPhoneRules();
  if (rules) {
    const read = rules.read(typed, country);
    return read?.valid && /^\d{6,15}$/.test(read.national) ? { mobile: read.national, countryCode: read.dialCode, country: read.country } : undefined;
  }
  const parsed = parseIdentifier(typed, { email: false, mobile: true });
  if (parsed.kind !== 'mobile') return undefined;
  const typedCode = parsed.countryCode;
  return { mobile: parsed.mobile, countryCode: typedCode ?? dialCodeOf(country) ?? '', country: typedCode ? countryOfDialCode(typedCode) : country };
}

/**
 * Why a typed mobile number cannot be sent, for its field; `undefined` when it can. Once the library has loaded, a
 * number that is not valid in its country names the country (`Enter a valid mobile number for United Arab
 * Emirates.`); before, and for what is no number at all, `fallback`.
 * @example
 * phoneError('50 123', 'AE', messages); // 'Enter a valid mobile number for United Arab Emirates.' (library loaded)
 */
export function phoneError(typed: string, country: string, messages: Messages, fallback: string = messages.validationMobile): string | undefined {
  if (!looksLikePhone(typed)) return fallback;
  if (typedCountryCode(typed) === undefined && !/^[A-Z]{2}$/.test(country)) return messages.validationCountryCode;
  if (readPhone(typed, country)) return undefined;
  const rules = loadedPhoneRules();
  const named = rules?.read(typed, country)?.country;
  return rules && named ? formatMessage(messages.validationMobileCountry, { country: rules.name(named, messages.locale) }, messages.locale) : fallback;
}

/**
 * Makes sure the chosen country's calling code is known before a number is sent: a country outside the kit's short
 * table needs the library, which is then awaited (it has usually loaded already).
 * @example
 * await phoneReady(values.country);
 */
export async function phoneReady(country: string): Promise<void> {
  if (dialCodeOf(country) === undefined) await loadPhoneRules();
}
