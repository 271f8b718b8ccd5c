import { AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { asciiDigits } from '../otpCode';
import { countryName } from './countryName';
import { phoneError, readPhone } from './readPhone';
import { countryOptions, filterCountries, type CountryOption } from './countryOptions';

/*
 * The phone rules of libphonenumber-js (its `min` metadata: lengths and formats per country), loaded on demand:
 * nothing imports this module but `phoneRulesLoader`'s `import()`, so its ~36 kB gzip stay out of a page's initial
 * JS until a shopper types a number or opens the country picker.
 */

/** A typed number as the library reads it. */
export interface PhoneRead {
  /** The country it belongs to (from its `+code`, or the chosen one); `undefined` when no country has it. */
  country: string | undefined;
  /** The calling code, digits only (`971`). */
  dialCode: string;
  /** The national number, digits only, without a trunk `0` (`501234567`). */
  national: string;
  /** Whether it is a valid number of that country (by length and leading digits). */
  valid: boolean;
}

/** What the kit asks of the phone library. */
export interface PhoneRules {
  /** Every country the library knows (ISO 3166-1 alpha-2 codes). */
  countries: readonly string[];
  /** A country's calling code (`AE` → `971`); `undefined` for a code the library does not know. */
  dialCode: (country: string) => string | undefined;
  /** The main country of a calling code (`1` → `US`); `undefined` for no country. */
  mainCountry: (code: string) => string | undefined;
  /** The country of a number typed with its `+code` (`+971 50…` → `AE`, `+1 416…` → `CA`); `undefined` without one. */
  countryOf: (typed: string) => string | undefined;
  /** The number formatted as the country writes it, as far as it is typed (`0501234567` → `050 123 4567`). */
  format: (typed: string, country: string) => string;
  /** The number read in the country (a typed `+code` wins); `undefined` when it is no number at all. */
  read: (typed: string, country: string) => PhoneRead | undefined;
  /** A country's name in the locale's language (`Intl.DisplayNames`; its code where the browser cannot name it). */
  name: (country: string, locale: string) => string;
  /** The number read for the wire in the chosen country (see `readPhone`); `undefined` when it cannot be sent. */
  toWire: typeof readPhone;
  /** Why the number cannot be sent, for its field (see `phoneError`); `undefined` when it can. */
  error: typeof phoneError;
  /** The countries matching a search (see `filterCountries`), named in the locale's language. */
  search: (query: string, locale: string) => CountryOption[];
}

const supported = (country: string): CountryCode | undefined => (isSupportedCountry(country as CountryCode, metadata) ? (country as CountryCode) : undefined);

const mainCountry = (code: string): string | undefined => metadata.country_calling_codes[code]?.[0];

/** `00971…` read as `+971…`. */
const international = (typed: string) => asciiDigits(typed).trim().replace(/^\(?00/, '+');

const listed = new Map<string, CountryOption[]>();

function options(locale: string): CountryOption[] {
  let list = listed.get(locale);
  if (!list) {
    list = countryOptions(
      getCountries(metadata).map((country) => {
        const dialCode = getCountryCallingCode(country, metadata);
        return { country, dialCode, main: mainCountry(dialCode) === country };
      }),
      locale,
    );
    listed.set(locale, list);
  }
  return list;
}

/**
 * The phone rules, backed by libphonenumber-js with its `min` metadata.
 * @example
 * const { phoneRules } = await import('./phoneRules');
 * phoneRules.read('+971 50 123 4567', 'IN'); // { country: 'AE', dialCode: '971', national: '501234567', valid: true }
 */
export const phoneRules: PhoneRules = {
  countries: getCountries(metadata),
  dialCode: (country) => {
    const known = supported(country);
    return known ? getCountryCallingCode(known, metadata) : undefined;
  },
  mainCountry,
  countryOf: (typed) => {
    const text = international(typed);
    if (!text.startsWith('+')) return undefined;
    const asYouType = new AsYouType(undefined, metadata);
    asYouType.input(text);
    const code = asYouType.getCallingCode();
    return asYouType.getCountry() ?? (code ? mainCountry(code) : undefined);
  },
  format: (typed, country) => new AsYouType(supported(country), metadata).input(asciiDigits(typed)) || typed,
  read: (typed, country) => {
    const number = parsePhoneNumberFromString(international(typed), { defaultCountry: supported(country) }, metadata);
    if (!number) return undefined;
    return { country: number.country ?? mainCountry(number.countryCallingCode), dialCode: number.countryCallingCode, national: number.nationalNumber, valid: number.isValid() };
  },
  name: countryName,
  toWire: readPhone,
  error: phoneError,
  search: (query, locale) => filterCountries(options(locale), query),
};
