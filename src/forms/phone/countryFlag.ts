/**
 * The flag of a country as an emoji: its two regional indicator symbols, computed from the ISO 3166-1 alpha-2 code
 * (no images). Systems without flag glyphs show the two letters instead. Anything but two letters gives `''`.
 * @example
 * countryFlag('AE'); // '🇦🇪'
 * countryFlag('in'); // '🇮🇳'
 */
export function countryFlag(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...[...country.toUpperCase()].map((letter) => 0x1f1a5 + letter.charCodeAt(0)));
}
