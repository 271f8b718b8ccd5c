'use client';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useWatch, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import type { KitForm } from '../kit/useKitForm';
import type { FieldProps, InputPropsInput } from '../kit/types';
import { typedCountryCode } from '../identifier';
import { countryOfDialCode } from './dialCodes';
import { loadPhoneRules, loadedPhoneRules } from './phoneRulesLoader';
import { looksLikePhone } from './readPhone';
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

/** What {@link usePhoneField} returns. */
export interface PhoneFieldState {
  /** The chosen country (ISO 3166-1 alpha-2, `IN`): the provider's `defaultCountry`, a pick, or a typed `+code`'s. */
  country: string;
  /** Chooses a country (the picker's `onChange`): a typed `+code` that named another is dropped, so the choice holds. */
  pickCountry: (country: string) => void;
  /** Moves focus to the number (the picker's `onPicked`). */
  focusNumber: () => void;
  /** Whether to show the picker: always for a mobile field, for an email-or-mobile field once digits are typed. */
  showPicker: boolean;
  /** Props for the number's label, input, hint and error (the form's, with formatting as typed merged in). */
  getNumberProps: (props?: InputPropsInput) => FieldProps;
}

/** The country a typed `+code` names: by the library once loaded, else by the kit's short table. */
function countryOfTyped(typed: string): string | undefined {
  const rules = loadedPhoneRules();
  if (rules) return rules.countryOf(typed);
  const code = typedCountryCode(typed);
  return code === undefined ? undefined : countryOfDialCode(code);
}

/**
 * A phone number field of a kit form: the number is typed as the shopper writes it (`+91 98765 43210`,
 * `098765 43210`, `9876543210`), a typed `+code` selects its country, and once the phone library has loaded (on the
 * first digit typed, or when the picker opens) the number is formatted as typed in the chosen country and checked
 * by its rules. Render its country picker with `PhoneField.Country` or your own `useCountryPicker`.
 * @example
 * const phone = usePhoneField({ form: register, number: 'mobile', country: 'country' });
 * const picker = useCountryPicker({ value: phone.country, onChange: phone.pickCountry, onPicked: phone.focusNumber });
 * <input {...phone.getNumberProps().inputProps} />
 */
export function usePhoneField<V extends FieldValues>({ form: kitForm, number, country, email = false }: PhoneFieldOptions<V>): PhoneFieldState {
  const { form } = kitForm;
  const chosen = String(useWatch({ control: form.control, name: country }) ?? '');
  const typed = () => String(form.getValues(number) ?? '');
  const [phoneLike, setPhoneLike] = useState(() => looksLikePhone(typed()));
  const { rules } = usePhoneRules();
  const setValue = (name: Path<V>, value: string) => form.setValue(name, value as PathValue<V, Path<V>>);
  const follow = (value: string) => {
    const named = countryOfTyped(value);
    if (named && named !== form.getValues(country)) setValue(country, named);
  };

  // A number given at first (back from the code step: `+971 501234567`), and again once the library reads better.
  useEffect(() => {
    follow(typed());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount and when the library arrives
  }, [rules]);

  const pickCountry = (next: string) => {
    const value = typed();
    const named = countryOfTyped(value);
    // A typed +code would outvote the pick: keep the national number only.
    if (named !== undefined && named !== next) {
      const national = rules?.read(value, chosen)?.national ?? value.replace(/^\s*\(?(?:\+|00)\d{1,3}\)?[\s\-.]*/, '');
      setValue(number, rules ? rules.format(national, next) : national);
    }
    setValue(country, next);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const value = input.value;
    const phone = looksLikePhone(value);
    setPhoneLike(phone);
    if (!phone) return;
    const loaded = loadedPhoneRules();
    if (!loaded) void loadPhoneRules().catch(() => undefined); // until it loads (or if it cannot), the kit's rules apply
    follow(value);
    // Formatted as typed, in ASCII digits only, when typing at the end (an edit in the middle keeps the caret where it is).
    const inserting = !('inputType' in event.nativeEvent) || String(event.nativeEvent.inputType).startsWith('insert');
    if (loaded && inserting && input.selectionStart === value.length && /^\+?[\d\s\-.]*$/.test(value)) {
      const formatted = loaded.format(value, String(form.getValues(country)));
      if (formatted !== value && formatted.replace(/\D/g, '') === value.replace(/\D/g, '')) setValue(number, formatted);
    }
  };

  return {
    country: chosen,
    pickCountry,
    focusNumber: () => form.setFocus(number),
    showPicker: !email || phoneLike,
    getNumberProps: (props) => kitForm.getFieldProps(number, { ...props, onChange: (event) => (props?.onChange?.(event), onChange(event)) }),
  };
}
