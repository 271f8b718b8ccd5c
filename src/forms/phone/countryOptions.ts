import { asciiDigits } from '../otpCode';
import { countryFlag } from './countryFlag';
import { countryName } from './countryName';

/** A country as the picker lists it. */
export interface CountryOption {
  /** ISO 3166-1 alpha-2 code (`AE`). */
  country: string;
  /** Its name in the shopper's language (`United Arab Emirates`, `संयुक्त अरब अमीरात`). */
  name: string;
  /** Its calling code, digits only (`971`). */
  dialCode: string;
  /** Its flag, as an emoji. */
  flag: string;
  /** Whether it is the main country of its calling code (`US` for `1`, `GB` for `44`). */
  main: boolean;
}

/**
 * The countries as options, named in the shopper's language and sorted by that name.
 * @example
 * countryOptions([{ country: 'AE', dialCode: '971', main: true }], 'en'); // [{ country: 'AE', name: 'United Arab Emirates', … }]
 */
export function countryOptions(countries: ReadonlyArray<{ country: string; dialCode: string; main: boolean }>, locale: string): CountryOption[] {
  const collator = new Intl.Collator([locale, 'en']);
  return countries.map((entry) => ({ ...entry, name: countryName(entry.country, locale), flag: countryFlag(entry.country) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Text folded for matching: no accents or vowel marks (`é` → `e`, `إ` → `ا`), lower case. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const NOT_FOUND = 9;

/** How well a name matches: 0 it starts with the query, 1 a word of it does, 2 it holds it. */
function nameRank(name: string, wanted: string): number {
  const folded = fold(name);
  if (folded.startsWith(wanted)) return 0;
  if (folded.split(/[\s\-'’(),.]+/).some((word) => word.startsWith(wanted))) return 1;
  return folded.includes(wanted) ? 2 : NOT_FOUND;
}

/** How well a country matches typed digits: its own calling code (main country first), then codes starting with them. */
function dialRank(option: CountryOption, digits: string): number {
  if (option.dialCode === digits) return option.main ? 0 : 1;
  return option.dialCode.startsWith(digits) ? 2 : NOT_FOUND;
}

/**
 * The options that match what the shopper typed in the picker's search: by name in their language or in English,
 * by ISO code, or — for digits, with or without `+` — by calling code. Best matches first (a name that starts with
 * the query, then a word that does, then one that holds it), each group in the list's order.
 * @example
 * filterCountries(options, 'ara'); // Saudi Arabia, United Arab Emirates, then Nicaragua, Paraguay …
 * filterCountries(options, '+971'); // United Arab Emirates
 */
export function filterCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const typed = asciiDigits(query).trim();
  if (typed === '') return [...options];
  const digits = /^\+?[\d\s]+$/.test(typed) ? typed.replace(/\D/g, '') : undefined;
  const wanted = fold(typed);
  const rank = (option: CountryOption) => {
    if (digits !== undefined) return dialRank(option, digits);
    if (option.country.toLowerCase() === wanted) return 0;
    return Math.min(nameRank(option.name, wanted), nameRank(countryName(option.country, 'en'), wanted));
  };
  return options
    .map((option, index) => ({ option, index, rank: rank(option) }))
    .filter((entry) => entry.rank < NOT_FOUND)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.option);
}
