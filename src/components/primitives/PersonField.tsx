'use client';
import { Suspense, type ReactElement } from 'react';
import type { KitForm } from '../../forms/kit/useKitForm';
import type { InputPropsInput } from '../../forms/kit/types';
import type { FieldAsk, PersonField as PersonFieldName, PersonValues } from '../../forms/rules/personFields';
import { FormField, SelectField } from '../Form';
import { lazyPart } from './lazyPart';
import type { PhoneFieldRootProps } from '../PhoneField';

// Imported, not bundled with this part: the phone field holds an import() of its picker, and a lazily loaded part that
// bundled it would keep the bundler from merging what the sign-in page shares with it (see scripts/size.mjs). The
// sign-in page has already loaded it, so it resolves at once.
const PhoneFieldRoot = lazyPart(() => import('../PhoneField').then((module) => module.PhoneFieldRoot as (props: PhoneFieldRootProps<PersonValues>) => ReactElement));
void PhoneFieldRoot.preload().catch(() => undefined);

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
      <Suspense fallback={null}>
        <PhoneFieldRoot {...input} form={form} number="mobile" country="country" className={className} asChild={asChild}>
          {children}
        </PhoneFieldRoot>
      </Suspense>
    );
  }
  return (
    <FormField className={className} field={form.getFieldProps(name, input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
