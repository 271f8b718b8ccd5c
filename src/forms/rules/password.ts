import type { PasswordRule } from '../../config/settings';
import { formatMessage } from '../../i18n/formatMessage';
import type { Messages } from '../../i18n/messages';

/** The locale's way of listing ("a letter and a digit", "حرف و رقم"). */
function listFormat(locale: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction' });
  }
}

/**
 * Whether a password satisfies a rule, as Fynd (and the fake) check it: the letter is a Latin one (A–Z, a–z), the
 * digit an ASCII one (0–9), and a special character anything that is neither a letter, a number nor a space.
 */
export function passwordAccepted(password: string, rule: PasswordRule): boolean {
  if ([...password].length < rule.minLength) return false;
  if (rule.letter && !/[A-Za-z]/.test(password)) return false;
  if (rule.digit && !/[0-9]/.test(password)) return false;
  if (rule.special && !/[^\p{L}\p{N}\s]/u.test(password)) return false;
  if (rule.noSpaces && /\s/.test(password)) return false;
  return true;
}

/**
 * The rule in words, for the hint under a new-password field and its error: Fynd's rule reads "Use at least 8
 * characters, with a letter, a digit and a special character."
 * @example
 * passwordRuleText(FYND_PASSWORD_RULE, messages);
 */
export function passwordRuleText(rule: PasswordRule, messages: Messages): string {
  const min = rule.minLength;
  if (rule.letter && rule.digit && rule.special && rule.noSpaces) return formatMessage(messages.validationPasswordRule, { min }, messages.locale);
  const parts = [rule.letter ? messages.validationPasswordLetter : '', rule.digit ? messages.validationPasswordDigit : '', rule.special ? messages.validationPasswordSpecial : ''].filter(Boolean);
  const needs = listFormat(messages.locale).format(parts);
  const text = needs === '' ? formatMessage(messages.validationPasswordTooShort, { min }, messages.locale) : formatMessage(messages.validationPasswordRuleCustom, { min, needs }, messages.locale);
  return rule.noSpaces ? `${text} ${messages.validationPasswordNoSpaces}` : text;
}
