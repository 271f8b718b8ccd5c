'use client';
import type { FieldValues } from 'react-hook-form';
import { usePhoneField, type PhoneFieldOptions } from '../forms/phone/usePhoneField';
import { CountryPicker } from './CountryPicker';

/** Props of {@link PhoneCountry}: the phone field's form and fields, and the picker's class. */
export type PhoneCountryProps<V extends FieldValues> = Omit<PhoneFieldOptions<V>, 'email'> & {
  /** Class of the picker's wrapper (default `fdk-country`). */
  className?: string | undefined;
};

/**
 * The country picker of a phone field with the field's behaviour (`usePhoneField`: the library loaded, a typed
 * `+code` followed, the number formatted as typed). `PhoneField.Country` loads it on demand, when the field first
 * shows a number.
 * @example
 * <PhoneCountry form={register} number="mobile" country="country" />
 */
export function PhoneCountry<V extends FieldValues>({ className, ...options }: PhoneCountryProps<V>) {
  const phone = usePhoneField(options);
  return <CountryPicker className={className} value={phone.country} onChange={phone.pickCountry} onPicked={phone.focusNumber} />;
}
PhoneCountry.displayName = 'PhoneCountry';
