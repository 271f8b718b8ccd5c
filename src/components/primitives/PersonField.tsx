'use client';
import type { ReactElement } from 'react';
import type { KitForm } from '../../forms/kit/useKitForm';
import type { InputPropsInput } from '../../forms/kit/types';
import type { FieldAsk, PersonField as PersonFieldName, PersonValues } from '../../forms/rules/personFields';
import { FormField, SelectField } from '../Form';
import { PhoneFieldRoot } from '../PhoneField';

/** The person fields a part can render (the country goes with `mobile`). */
export type PersonPartField = Exclude<PersonFieldName, 'country'>;

/** Props of a person field part: which field, your input props (merged), or your own input with `asChild`. */
export interface PersonFieldPartProps extends InputPropsInput {
  name: PersonPartField;
  asChild?: boolean;
  children?: ReactElement;
  /** Class of the field's wrapper. */
  className?: string;
}

/**
 * One field of a person form (registration, complete profile), as the form asks it: nothing when not asked,
 * `gender` as a select of the form's choices, `mobile` as a `PhoneField` (its country picker beside the number).
 */
export function PersonField({
  kitForm: form,
  asks,
  genderOptions,
  name,
  asChild,
  children,
  className,
  ...input
}: PersonFieldPartProps & { kitForm: KitForm<PersonValues>; asks: Record<PersonFieldName, FieldAsk>; genderOptions: Array<{ value: string; label: string }> }) {
  if (!asks[name].asked) return null;
  if (name === 'gender') return <SelectField className={className} field={form.getFieldProps('gender')} options={genderOptions} />;
  if (name === 'mobile') {
    return (
      <PhoneFieldRoot {...input} form={form} number="mobile" country="country" className={className} asChild={asChild}>
        {children}
      </PhoneFieldRoot>
    );
  }
  return (
    <FormField className={className} field={form.getFieldProps(name, input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
