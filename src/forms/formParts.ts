import type { FormEvent } from 'react';
import { safeRedirect } from '../config/redirect';
import type { SignInFormOptions } from './successTypes';
import type { SubmitProps } from './types';

/** Props every form hook gives its `<form>`. */
export interface FormElementProps {
  id: string;
  noValidate: true;
  'aria-busy': boolean;
  onSubmit: (event?: FormEvent) => Promise<void>;
}

/** The `<form>` props of a form hook: no browser validation (the kit's messages instead), busy while submitting. */
export function formElementProps(id: string, busy: boolean, submit: () => Promise<void>): FormElementProps {
  return {
    id,
    noValidate: true,
    'aria-busy': busy,
    onSubmit: (event) => {
      event?.preventDefault();
      return submit();
    },
  };
}

/** The submit button's props: its label, or its busy label while submitting (it stays focusable). */
export function submitButtonProps(busy: boolean, label: string, busyLabel: string): SubmitProps {
  return { type: 'submit', 'aria-busy': busy, 'aria-disabled': busy, children: busy ? busyLabel : label };
}

/** Where to go after signing in: `redirectTo` when `safeRedirect` accepts it, else `defaultRedirect` (or `/`). */
export function redirectAfterSignIn(options: SignInFormOptions): string {
  return safeRedirect(options.redirectTo, { fallback: options.defaultRedirect ?? '/' });
}

/** The `platform` query argument, when one was given. */
export function platformArgument(platform: string | undefined): { platform?: string } {
  return platform === undefined ? {} : { platform };
}
