'use client';
import { Suspense, forwardRef, useEffect, useState, type InputHTMLAttributes, type ReactElement, type Ref } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { looksLikePhone } from '../forms/identifier';
import type { KitForm } from '../forms/kit/useKitForm';
import type { InputPropsInput } from '../forms/kit/types';
import { lazyPart, whenIdle } from './primitives/lazyPart';
import { FormField } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { Slot } from './Slot';

/** The phone field of the nearest `PhoneField.Root`: its form, its fields, and whether its picker shows. */
export interface PhoneFieldContextValue {
  /** The kit form holding the field. */
  form: KitForm<FieldValues>;
  /** The field the number is typed in. */
  number: string;
  /** The field holding the chosen country (ISO 3166-1 alpha-2). */
  country: string;
  /** Whether the picker shows: always for a mobile field, for an email-or-mobile field once a number is typed. */
  showPicker: boolean;
}

const [PhoneFieldProvider, usePhoneFieldPart] = createPartsContext<PhoneFieldContextValue>('PhoneField');

// The picker and the field's behaviour (formatting, a typed +code followed) load when the field first shows a number.
const LazyPhoneCountry = lazyPart(() => import('./PhoneCountry').then((module) => module.PhoneCountry as (props: { form: KitForm<FieldValues>; number: string; country: string; className?: string | undefined }) => ReactElement));

/** Fetches the country picker's code now (a phone field fetches it while the browser is idle). */
export const preloadCountryPicker = (): Promise<unknown> => LazyPhoneCountry.preload();

/** The phone field of the nearest `PhoneField.Root`, for parts of your own. */
export function usePhoneFieldContext(): PhoneFieldContextValue {
  return usePhoneFieldPart('usePhoneFieldContext()');
}

/** Props of `PhoneField.Root`: which fields of which kit form, your input props (merged), or your own input with `asChild`. */
export type PhoneFieldRootProps<V extends FieldValues> = Omit<InputPropsInput, 'form'> & {
  /** The kit form holding the field (`useLoginForm()`, `useRegisterForm()` …). */
  form: KitForm<V>;
  /** The field the number is typed in (`identifier`, `mobile`, `value`). */
  number: Path<V>;
  /** The field holding the chosen country, an ISO code (`country`). */
  country: Path<V>;
  /** The field also takes an email address: the picker then shows only while what is typed looks like a number. */
  email?: boolean | undefined;
  /** Replace the number's `<input>` with your own element. */
  asChild?: boolean | undefined;
  children?: ReactElement | undefined;
  /** Class of the field's wrapper (default `fdk-field fdk-phone`). */
  className?: string | undefined;
};

/**
 * A phone number field with its country picker, for any kit form: the label, then the picker (flag and dial code;
 * for an email-or-mobile field only once a number is typed) beside the number, then the hint and the error. The
 * number is read as typed (`+91 98765 43210`, `098765 43210`, `9876543210`), formatted for its country once the phone
 * library has loaded, and sent as digits with the country's calling code. The picker's code and the library load on
 * demand. Login, registration, complete profile and the profile's "add a mobile number" all use it.
 * @example
 * const register = useRegisterForm();
 * <PhoneField.Root form={register} number="mobile" country="country" />
 */
export function PhoneFieldRoot<V extends FieldValues>({ form, number, country, email, asChild, children, className, ...input }: PhoneFieldRootProps<V>) {
  // Re-renders only when what is typed turns from an email into a number or back, not on every keystroke.
  const [phoneLike, setPhoneLike] = useState(() => looksLikePhone(String(form.form.getValues(number) ?? '')));
  const showPicker = !email || phoneLike;
  const onChange: InputPropsInput['onChange'] = (event) => {
    input.onChange?.(event);
    setPhoneLike(looksLikePhone(event.target.value));
  };
  useEffect(() => whenIdle(() => void preloadCountryPicker().catch(() => undefined)), []);
  return (
    <PhoneFieldProvider value={{ form: form as unknown as KitForm<FieldValues>, number, country, showPicker }}>
      <FormField className={className ?? 'fdk-field fdk-phone'} field={form.getFieldProps(number, { ...input, onChange })} asChild>
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
 * The country picker of the nearest `PhoneField.Root` (see `CountryPicker`: flag and dial code, a searchable list),
 * with the field's behaviour (`usePhoneField`). Its code loads on demand.
 * @example
 * <PhoneField.Country className="my-picker" />
 */
export function PhoneFieldCountry({ className }: { className?: string | undefined }) {
  const { form, number, country } = usePhoneFieldPart('<PhoneField.Country>');
  return (
    <Suspense fallback={null}>
      <LazyPhoneCountry form={form} number={number} country={country} className={className} />
    </Suspense>
  );
}
PhoneFieldCountry.displayName = 'PhoneField.Country';

export { PhoneFieldRoot as Root, PhoneFieldCountry as Country };
