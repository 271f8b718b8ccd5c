import { loadedPhoneRules } from './phoneRulesLoader';

/**
 * The calling codes the kit knows before the phone library has loaded: India, the Gulf and a few markets Fynd's
 * storefronts serve, so that the closed country picker shows the usual default countries at once. Every other
 * country's code comes from the library (`loadPhoneRules`), which the picker loads when it needs it.
 */
const KNOWN: Readonly<Record<string, string>> = {
  IN: '91',
  AE: '971',
  SA: '966',
  QA: '974',
  KW: '965',
  BH: '973',
  OM: '968',
  US: '1',
  GB: '44',
  SG: '65',
  MY: '60',
  LK: '94',
  NP: '977',
  BD: '880',
};

/**
 * The calling code of a country (`IN` → `'91'`): from the kit's short table, or from the phone library once it has
 * loaded; `undefined` while neither knows it.
 * @example
 * dialCodeOf('AE'); // '971'
 */
export function dialCodeOf(country: string): string | undefined {
  return KNOWN[country] ?? loadedPhoneRules()?.dialCode(country);
}

/**
 * The country of a calling code (`'971'` → `AE`; for a code several countries share, the main one: `'1'` → `US`),
 * from the library once loaded, else from the kit's short table; `undefined` when unknown.
 * @example
 * countryOfDialCode('966'); // 'SA'
 */
export function countryOfDialCode(code: string): string | undefined {
  return loadedPhoneRules()?.mainCountry(code) ?? Object.keys(KNOWN).find((country) => KNOWN[country] === code);
}
