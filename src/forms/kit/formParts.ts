import type { FormEvent } from 'react';
import { mergeProps } from './mergeProps';
import type { ButtonPropsInput, FormElementProps, FormPropsInput, SubmitProps } from './types';

/** The `<form>` props of a form hook: no browser validation (the kit's messages instead), busy while submitting. */
export function formElementProps(id: string, busy: boolean, submit: () => Promise<void>, caller?: FormPropsInput): FormElementProps {
  const ours: FormElementProps = {
    id,
    noValidate: true,
    'aria-busy': busy,
    onSubmit: (event?: FormEvent) => {
      event?.preventDefault();
      return submit();
    },
  };
  return mergeProps(ours, caller as Record<string, unknown> | undefined);
}

/** The submit button's props: its label, or its busy label while submitting (it stays focusable). */
export function submitButtonProps(state: { busy: boolean; waiting?: string | undefined }, label: string, busyLabel: string, caller?: ButtonPropsInput): SubmitProps {
  const ours: SubmitProps = {
    type: 'submit',
    'aria-busy': state.busy,
    'aria-disabled': state.busy || state.waiting !== undefined,
    children: state.busy ? busyLabel : (state.waiting ?? label),
  };
  return mergeProps(ours, caller as Record<string, unknown> | undefined);
}
