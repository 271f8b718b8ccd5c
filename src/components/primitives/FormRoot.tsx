'use client';
import type { FormHTMLAttributes, ReactNode } from 'react';
import { mergeProps } from '../../forms/kit/mergeProps';
import type { FormElementProps } from '../../forms/kit/types';
import { Slot } from '../Slot';

/** The `<form>` props a root part takes from its caller, and `asChild`. */
export type FormRootElementProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & { children?: ReactNode; asChild?: boolean };

/**
 * The `<form>` of a root part (`Login.Root` …): the form hook's props merged with the caller's, or the caller's
 * own element with `asChild`. A form is a landmark named by `aria-label`/`aria-labelledby` when given.
 * @example
 * <FormRoot form={login.getFormProps()} {...formProps}>{children}</FormRoot>
 */
export function FormRoot({ form, asChild, children, ...props }: FormRootElementProps & { form: FormElementProps }) {
  const merged = mergeProps(form, props as Record<string, unknown>);
  if (asChild) return <Slot {...merged}>{children}</Slot>;
  return <form {...merged}>{children}</form>;
}
