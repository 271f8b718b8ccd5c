'use client';
import { forwardRef, type InputHTMLAttributes, type ReactElement, type Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { InputPropsInput } from '../forms/kit/types';
import { usePhoneField, type PhoneFieldOptions, type PhoneFieldState } from '../forms/phone/usePhoneField';
import { useMessages } from '../i18n/MessagesContext';
import { FormField } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { Slot } from './Slot';

const [PhoneFieldProvider, usePhoneFieldPart] = createPartsContext<PhoneFieldState>('PhoneField');

/** The phone field of the nearest `PhoneField.Root` (its picker and number props), for parts of your own. */
export function usePhoneFieldContext(): PhoneFieldState {
  return usePhoneFieldPart('usePhoneFieldContext()');
}

/** Props of `PhoneField.Root`: which fields of which kit form, your input props (merged), or your own input with `asChild`. */
export type PhoneFieldRootProps<V extends FieldValues> = PhoneFieldOptions<V> &
  Omit<InputPropsInput, 'form'> & {
    /** Replace the number's `<input>` with your own element. */
    asChild?: boolean;
    children?: ReactElement;
    /** Class of the field's wrapper (default `fdk-field fdk-phone`). */
    className?: string;
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
 * which opens a searchable list of countries (names in the shopper's language) — the WAI-ARIA combobox pattern,
 * from `useCountryPicker`. The dial code and the number stay left-to-right in right-to-left text.
 * @example
 * <PhoneField.Country className="my-picker" />
 */
export function PhoneFieldCountry({ className }: { className?: string }) {
  const { picker } = usePhoneFieldPart('<PhoneField.Country>');
  const messages = useMessages();
  const { selected } = picker;
  return (
    <div className={className ?? 'fdk-country'}>
      <button className="fdk-country-trigger" {...picker.getTriggerProps()}>
        <span className="fdk-country-flag" aria-hidden="true">
          {selected.flag}
        </span>
        <span dir="ltr">+{selected.dialCode ?? '…'}</span>
      </button>
      {picker.isOpen ? (
        <div className="fdk-country-popup" {...picker.getPopupProps()}>
          <input className="fdk-input fdk-country-search" {...picker.getSearchProps()} />
          <ul className="fdk-country-list" {...picker.getListboxProps()}>
            {picker.options.map((option, index) => (
              <li key={option.country} className="fdk-country-option" {...picker.getOptionProps(option, index)}>
                <span className="fdk-country-flag" aria-hidden="true">
                  {option.flag}
                </span>
                <span className="fdk-country-name">{option.name}</span>
                <span className="fdk-country-dial" dir="ltr">
                  +{option.dialCode}
                </span>
              </li>
            ))}
          </ul>
          <p className="fdk-country-status" role="status">
            {picker.statusText}
          </p>
          {picker.failed ? (
            <button type="button" className="fdk-link-button" onClick={picker.retry}>
              {messages.commonRetry}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
PhoneFieldCountry.displayName = 'PhoneField.Country';

export { PhoneFieldRoot as Root, PhoneFieldCountry as Country };
