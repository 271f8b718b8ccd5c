'use client';
import type { InputHTMLAttributes, ReactElement, ReactNode } from 'react';
import type { FieldProps, FormError } from '../forms/types';
import { useMessages } from '../query/UserKitProvider';
import { Slot } from './Slot';

/** Props of {@link FormField}. */
export interface FormFieldProps {
  /** The field's props, from a form hook's `getFieldProps(name)`. */
  field: FieldProps;
  /** Replace the `<input>` with your own element, which receives the input props. */
  asChild?: boolean;
  /** Your input element when `asChild` is set. */
  children?: ReactElement;
  /** Class of the wrapper (default `fdk-field`). */
  className?: string;
  /** Extra props for the input (placeholder, …). */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  /** Shown after the label of a field that is not required. */
  optionalText?: string;
}

/**
 * One field: label, input, hint and error, wired together by ids (`aria-describedby`, `aria-invalid`). Unstyled;
 * class names (`fdk-field`, `fdk-label`, `fdk-input`, `fdk-hint`, `fdk-field-error`) are hooks for styles.css.
 * @example
 * <FormField field={login.getFieldProps('identifier')} />
 */
export function FormField({ field, asChild, children, className, inputProps, optionalText }: FormFieldProps) {
  const messages = useMessages();
  const input = { ...inputProps, ...field.inputProps, className: 'fdk-input' };
  return (
    <div className={className ?? 'fdk-field'} data-invalid={field.error ? '' : undefined}>
      <label className="fdk-label" {...field.labelProps}>
        {field.label}
        {field.required ? null : <span className="fdk-optional"> ({optionalText ?? messages.commonOptional})</span>}
      </label>
      {asChild && children ? <Slot {...input}>{children}</Slot> : <input {...input} />}
      {field.description ? (
        <p className="fdk-hint" {...field.descriptionProps}>
          {field.description}
        </p>
      ) : null}
      <FieldError field={field} />
    </div>
  );
}

/** A field's own error message, wired to its input by id; nothing when the field is valid. */
export function FieldError({ field }: { field: Pick<FieldProps, 'error' | 'errorProps'> }) {
  if (!field.error) return null;
  return (
    <p className="fdk-field-error" {...field.errorProps}>
      {field.error}
    </p>
  );
}

/** Props of {@link FormErrorMessage}. */
export interface FormErrorMessageProps {
  /** The form's error (`form.error`). */
  error: FormError | undefined;
  /** Called by the "Try again" button shown for retryable errors. */
  onRetry?: () => void;
  className?: string;
  children?: ReactNode;
}

/**
 * A live region that announces the form's server error to screen readers (`role="alert"` inside an always-present
 * `aria-live="assertive"` container, so that a change is announced), with "Try again" for retryable errors (not
 * for a 429, whose message already says how long to wait).
 * The text is always rendered as text.
 * @example
 * <FormErrorMessage error={login.error} onRetry={login.submit} />
 */
export function FormErrorMessage({ error, onRetry, className, children }: FormErrorMessageProps) {
  const messages = useMessages();
  return (
    <div className={className ?? 'fdk-form-error'} aria-live="assertive" aria-atomic="true" data-kind={error?.kind}>
      {error ? (
        <div role="alert">
          <p>{error.message}</p>
          {error.retryable && error.kind !== 'rate-limited' && onRetry ? (
            <button type="button" className="fdk-link-button" onClick={onRetry}>
              {messages.commonRetry}
            </button>
          ) : null}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** The form parts shared by every flow: `Form.Field` and `Form.Error`. */
export const Form = { Field: FormField, Error: FormErrorMessage };
