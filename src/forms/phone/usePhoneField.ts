'use client';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useWatch, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import type { KitForm } from '../kit/useKitForm';
import type { FieldProps, InputPropsInput } from '../kit/types';
import { typedCountryCode } from '../identifier';
import { countryOfDialCode } from './dialCodes';
import { loadPhoneRules, loadedPhoneRules } from './phoneRulesLoader';
import { looksLikePhone } from './readPhone';
import { useCountryPicker, type CountryPicker } from './useCountryPicker';
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
  email?: boolean;
}

/** What {@link usePhoneField} returns. */
export interface PhoneFieldState {
  /** The country picker of the field. */
  picker: CountryPicker;
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
 * A phone number field of a kit form with its country picker: the number is typed as the shopper writes it
 * (`+91 98765 43210`, `098765 43210`, `9876543210`), a typed `+code` selects its country, and once the phone library
 * has loaded (on the first digit typed, or when the picker opens) the number is formatted as typed in the chosen
 * country and checked by its rules. Picking a country drops a typed `+code`, so the choice holds.
 * @example
 * const phone = usePhoneField({ form: register, number: 'mobile', country: 'country' });
 * {phone.showPicker ? <CountryPicker picker={phone.picker} /> : null}
 * <input {...phone.getNumberProps().inputProps} />
 */
export function usePhoneField<V extends FieldValues>({ form: kitForm, number, country, email = false }: PhoneFieldOptions<V>): PhoneFieldState {
  const { form } = kitForm;
  const chosen = String(useWatch({ control: form.control, name: country }) ?? '');
  const typed = () => String(form.getValues(number) ?? '');
  const [phoneLike, setPhoneLike] = useState(() => looksLikePhone(typed()));
  const { rules } = usePhoneRules();
  const setCountry = (next: string) => form.setValue(country, next as PathValue<V, Path<V>>);
  const follow = (value: string) => {
    const named = countryOfTyped(value);
    if (named && named !== form.getValues(country)) setCountry(named);
  };

  // A number given at first (back from the code step: `+971 501234567`), and again once the library reads better.
  useEffect(() => {
    follow(typed());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount and when the library arrives
  }, [rules]);

  const picker = useCountryPicker({
    value: chosen,
    onChange: (next) => {
      const value = typed();
      // A typed +code would outvote the pick: keep the national number only.
      if (rules && countryOfTyped(value) !== undefined && countryOfTyped(value) !== next) {
        const national = rules.read(value, chosen)?.national ?? value.replace(/^\s*\(?(?:\+|00)\d{1,3}\)?[\s\-.]*/, '');
        form.setValue(number, rules.format(national, next) as PathValue<V, Path<V>>);
      }
      setCountry(next);
    },
    onPicked: () => form.setFocus(number),
  });

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
      if (formatted.replace(/\D/g, '') === value.replace(/\D/g, '')) input.value = formatted;
    }
  };

  return {
    picker,
    showPicker: !email || phoneLike,
    getNumberProps: (props) => kitForm.getFieldProps(number, { ...props, onChange: (event) => (props?.onChange?.(event), onChange(event)) }),
  };
}
