import type { ButtonHTMLAttributes, ChangeEvent, FocusEvent, FormEvent, FormHTMLAttributes, InputHTMLAttributes, Ref } from 'react';
import type { FriendlyError } from '../../i18n/errorMessage';

/** Where a form is: `submitting` while a request is in flight, `error` after a failure (values kept). */
export type FormStatus = 'idle' | 'submitting' | 'success' | 'error';

/** A failure to show: the friendly text, what kind it was, and the original error. */
export interface FormError extends FriendlyError {
  /** What was thrown (an `FdkError`, usually). */
  cause: unknown;
}

/** Input props a caller may add to a field; they are merged with the kit's (handlers both run, ids joined). */
export type InputPropsInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> & { ref?: Ref<HTMLInputElement> };

/** Props for one field's elements, wired together by ids (React Aria style). Spread each on its element. */
export interface FieldProps {
  /** The field's label text. */
  label: string;
  /** Props for the `<label>`. */
  labelProps: { id: string; htmlFor: string };
  /** Props for the `<input>`: id, name, type, inputMode, autoComplete, aria-*, and react-hook-form's ref/onChange/onBlur. */
  inputProps: {
    id: string;
    name: string;
    type: string;
    inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'url' | 'none' | 'decimal' | 'search';
    autoComplete: string;
    required: boolean;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-required': boolean;
    ref: (element: HTMLInputElement | null) => void;
    onChange: (event: ChangeEvent<HTMLInputElement>) => unknown;
    onBlur: (event: FocusEvent<HTMLInputElement>) => unknown;
    maxLength?: number;
    pattern?: string;
    spellCheck?: boolean;
    autoCapitalize?: string;
    dir?: 'auto' | 'ltr' | 'rtl';
    [attribute: string]: unknown;
  };
  /** Props for the element holding the description (hint), when there is one. */
  descriptionProps: { id: string };
  /** The description (hint) text, if any. */
  description: string | undefined;
  /** Props for the element holding the field's error. */
  errorProps: { id: string };
  /** The field's error text, when it has one. */
  error: string | undefined;
  /** Whether the field must be filled. */
  required: boolean;
}

/** Props for the submit button. */
export interface SubmitProps {
  type: 'submit';
  /** `true` while submitting; the button stays focusable and a second click does nothing. */
  'aria-busy': boolean;
  /** `true` while submitting or while a 429's wait runs. */
  'aria-disabled': boolean;
  /** Text for the button in its current state (`Sign in`, `Signing in…`, `Try again in 3 s`). */
  children: string;
  [attribute: string]: unknown;
}

/** Button props a caller may add to a submit button (merged with the kit's). */
export type ButtonPropsInput = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>;

/** Props every form hook gives its `<form>`. */
export interface FormElementProps {
  id: string;
  noValidate: true;
  'aria-busy': boolean;
  onSubmit: (event?: FormEvent) => Promise<void>;
  [attribute: string]: unknown;
}

/** Form props a caller may add (merged with the kit's). */
export type FormPropsInput = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & { onSubmit?: (event: FormEvent) => void };

/** How to describe a field once: label, input type, keyboard and autofill hints. */
export interface FieldSpec {
  label: string;
  type: string;
  inputMode?: FieldProps['inputProps']['inputMode'];
  autoComplete: string;
  required: boolean;
  description?: string;
  maxLength?: number;
  dir?: 'auto' | 'ltr' | 'rtl';
}
