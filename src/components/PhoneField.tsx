'use client';
import { Suspense, forwardRef, useEffect, type InputHTMLAttributes, type ReactElement, type Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { InputPropsInput } from '../forms/kit/types';
import { countryFlag } from '../forms/phone/countryFlag';
import { dialCodeOf } from '../forms/phone/dialCodes';
import { usePhoneField, type PhoneFieldOptions, type PhoneFieldState } from '../forms/phone/usePhoneField';
import { lazyPart, whenIdle } from '../screens/lazyStep';
import { FormField } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { Slot } from './Slot';

const [PhoneFieldProvider, usePhoneFieldPart] = createPartsContext<PhoneFieldState>('PhoneField');

// The picker's code (its list, search and Intl.DisplayNames) loads when a phone field first shows it.
const LazyCountryPicker = lazyPart(() => import('./CountryPicker').then((module) => module.CountryPicker));

/** Fetches the country picker's code now (ahead of a phone field showing it: while the browser is idle, say). */
export const preloadCountryPicker = (): Promise<unknown> => LazyCountryPicker.preload();

/** The phone field of the nearest `PhoneField.Root` (its country and number props), for parts of your own. */
export function usePhoneFieldContext(): PhoneFieldState {
  return usePhoneFieldPart('usePhoneFieldContext()');
}

/** Props of `PhoneField.Root`: which fields of which kit form, your input props (merged), or your own input with `asChild`. */
export type PhoneFieldRootProps<V extends FieldValues> = PhoneFieldOptions<V> &
  Omit<InputPropsInput, 'form'> & {
    /** Replace the number's `<input>` with your own element. */
    asChild?: boolean | undefined;
    children?: ReactElement | undefined;
    /** Class of the field's wrapper (default `fdk-field fdk-phone`). */
    className?: string | undefined;
  };

/**
 * A phone number field with its country picker, for any kit form: the label, then the picker (flag and dial code;
 * for an email-or-mobile field only once digits are typed) beside the number, then the hint and the error. The
 * number is read as typed (`+91 98765 43210`, `098765 43210`), formatted for its country once the phone library
 * has loaded, and sent as digits with the country's calling code. Login, registration, complete profile and the
 * profile's "add a mobile number" all use it.
 * @example
 * const register = useRegisterForm();
 * <PhoneField.Root form={register} number="mobile" country="country" />
 */
export function PhoneFieldRoot<V extends FieldValues>({ form, number, country, email, asChild, children, className, ...input }: PhoneFieldRootProps<V>) {
  const phone = usePhoneField({ form, number, country, email });
  useEffect(() => whenIdle(() => void preloadCountryPicker().catch(() => undefined)), []);
  return (
    <PhoneFieldProvider value={phone}>
      <FormField className={className ?? 'fdk-field fdk-phone'} field={phone.getNumberProps(input)} asChild>
        <PhoneFieldRow asChild={asChild}>{children}</PhoneFieldRow>
      </FormField>
    </PhoneFieldProvider>
  );
}
PhoneFieldRoot.displayName = 'PhoneField.Root';

/** The picker and the number's input, side by side; receives the input's props from `FormField`. */
const PhoneFieldRow = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & { asChild?: boolean | undefined; children?: ReactElement | undefined }>(function PhoneFieldRow(
  { asChild, children, ...input },
  ref,
) {
  const phone = usePhoneFieldPart('<PhoneField.Root>');
  return (
    <div className="fdk-phone-row">
      {phone.showPicker ? <PhoneFieldCountry /> : null}
      {asChild && children ? (
        <Slot {...input} ref={ref as Ref<HTMLElement>}>
          {children}
        </Slot>
      ) : (
        <input {...input} ref={ref} />
      )}
    </div>
  );
});
PhoneFieldRow.displayName = 'PhoneField.Row';

/**
 * The country picker of the nearest `PhoneField.Root`: a button showing the chosen country's flag and dial code,
 * which opens a searchable list of countries (see `CountryPicker`). Its code loads on demand; meanwhile the flag
 * and dial code show in the same place.
 * @example
 * <PhoneField.Country className="my-picker" />
 */
export function PhoneFieldCountry({ className }: { className?: string | undefined }) {
  const phone = usePhoneFieldPart('<PhoneField.Country>');
  const placeholder = (
    <div className={className ?? 'fdk-country'}>
      <span className="fdk-country-trigger" aria-hidden="true">
        <span className="fdk-country-flag">{countryFlag(phone.country)}</span>
        <span className="fdk-country-code" dir="ltr">
          +{dialCodeOf(phone.country) ?? '…'}
        </span>
      </span>
    </div>
  );
  return (
    <Suspense fallback={placeholder}>
      <LazyCountryPicker className={className} value={phone.country} onChange={phone.pickCountry} onPicked={phone.focusNumber} />
    </Suspense>
  );
}
PhoneFieldCountry.displayName = 'PhoneField.Country';

export { PhoneFieldRoot as Root, PhoneFieldCountry as Country };
