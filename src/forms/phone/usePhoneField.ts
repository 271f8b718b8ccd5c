'use client';
import { useEffect, useRef } from 'react';
import { useWatch, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import type { KitForm } from '../kit/useKitForm';
import { typedCountryCode } from '../identifier';
import { countryOfDialCode } from './dialCodes';
import { loadPhoneRules, loadedPhoneRules } from './phoneRulesLoader';
import { usePhoneRules } from './usePhoneRules';

/** Options of {@link usePhoneField}. */
export interface PhoneFieldOptions<V extends FieldValues> {
  /** The kit form holding the field (`useLoginForm()`, `useRegisterForm()` …). */
  form: KitForm<V>;
  /** The field the number is typed in (`identifier`, `mobile`, `value`). */
  number: Path<V>;
  /** The field holding the chosen country, an ISO code (`country`). */
  country: Path<V>;
  /** The field also takes an email address: the picker then shows only while what is typed looks like a number. */
  email?: boolean | undefined;
}

/** What {@link usePhoneField} returns: the chosen country, and what the country picker calls. */
export interface PhoneFieldState {
  /** The chosen country (ISO 3166-1 alpha-2, `IN`): the provider's `defaultCountry`, a pick, or a typed `+code`'s. */
  country: string;
  /** Chooses a country (the picker's `onChange`): a typed `+code` that named another is dropped, so the choice holds. */
  pickCountry: (country: string) => void;
  /** Moves focus to the number (the picker's `onPicked`). */
  focusNumber: () => void;
}

/** The country a typed `+code` names: by the library once loaded, else by the kit's short table. */
function countryOfTyped(typed: string): string | undefined {
  const rules = loadedPhoneRules();
  if (rules) return rules.countryOf(typed);
  const code = typedCountryCode(typed);
  return code === undefined ? undefined : countryOfDialCode(code);
}

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/**
 * The behaviour of a phone number field of a kit form, beside its input: it loads the phone library (the field
 * shows a number), follows a typed `+code` to its country, and formats the number as typed in the chosen country
 * once the library has loaded (only while typing at the end, so an edit in the middle keeps the caret). The number is
 * typed as the shopper writes it (`+91 98765 43210`, `098765 43210`, `9876543210`). `PhoneField.Country` runs it;
 * use it with `useCountryPicker` to build a picker of your own.
 * @example
 * const phone = usePhoneField({ form: register, number: 'mobile', country: 'country' });
 * const picker = useCountryPicker({ value: phone.country, onChange: phone.pickCountry, onPicked: phone.focusNumber });
 */
export function usePhoneField<V extends FieldValues>({ form: kitForm, number, country }: PhoneFieldOptions<V>): PhoneFieldState {
  const { form } = kitForm;
  const chosen = String(useWatch({ control: form.control, name: country }) ?? '');
  const { rules } = usePhoneRules();
  const inputId = kitForm.getFieldProps(number).inputProps.id;
  const typed = () => String(form.getValues(number) ?? '');
  const setValue = (name: Path<V>, value: string) => form.setValue(name, value as PathValue<V, Path<V>>);
  const follow = (value: string) => {
    const named = countryOfTyped(value);
    if (named && named !== form.getValues(country)) setValue(country, named);
  };
  const last = useRef(typed());

  // Shown means a number is being typed: the library loads now (until it has, or if it cannot, the kit's rules apply).
  useEffect(() => void loadPhoneRules().catch(() => undefined), []);
  // A number given at first (back from the code step: `+971 501234567`), and again once the library reads better.
  useEffect(() => {
    follow(typed());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount and when the library arrives
  }, [rules]);
  useEffect(() => {
    const subscription = form.watch((values, { name, type }) => {
      if (name !== number || type !== 'change') return;
      const value = String(form.getValues(number) ?? '');
      const previous = last.current;
      last.current = value;
      follow(value);
      const loaded = loadedPhoneRules();
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      // Formatted in ASCII digits, only while typing at the end (a deletion or an edit in the middle is left alone).
      if (!loaded || !input || input.selectionStart !== value.length || digitCount(value) <= digitCount(previous) || !/^\+?[\d\s\-.]*$/.test(value)) return;
      const formatted = loaded.format(value, String(form.getValues(country)));
      if (formatted !== value && digitCount(formatted) === digitCount(value)) {
        last.current = formatted;
        setValue(number, formatted);
      }
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one subscription per field
  }, [form, number, country, inputId]);

  const pickCountry = (next: string) => {
    const value = typed();
    const named = countryOfTyped(value);
    // A typed +code would outvote the pick: keep the national number only.
    if (named !== undefined && named !== next) {
      const national = rules?.read(value, chosen)?.national ?? value.replace(/^\s*\(?(?:\+|00)\d{1,3}\)?[\s\-.]*/, '');
      setValue(number, rules ? rules.format(national, next) : national);
    } else if (rules && named === undefined && /^[\d\s\-.()]+$/.test(value)) {
      // A national number, formatted again as the new country writes it.
      setValue(number, rules.format(value.replace(/\D/g, ''), next));
    }
    setValue(country, next);
  };

  return { country: chosen, pickCountry, focusNumber: () => form.setFocus(number) };
}
