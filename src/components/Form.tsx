'use client';
import type { ChangeEventHandler, FocusEventHandler, InputHTMLAttributes, ReactElement, ReactNode, Ref } from 'react';
import type { FieldProps, FormError } from '../forms/kit/types';
import { useMessages } from '../i18n/MessagesContext';
import { Slot } from './Slot';

/** Props of {@link FormField}. */
export interface FormFieldProps {
  /** The field's props, from a form hook's `getFieldProps(name)`. */
  field: FieldProps;
  /** Replace the `<input>` with your own element, which receives the input props (and the ref). */
  asChild?: boolean;
  /** Your input element when `asChild` is set. */
  children?: ReactElement;
  /** Class of the wrapper (default `fdk-field`). */
  className?: string;
  /** Extra props for the input (placeholder, …). Better: pass them to `getFieldProps(name, props)`, which merges handlers. */
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
  const input = { ...inputProps, ...field.inputProps, className: [inputProps?.className, 'fdk-input'].filter(Boolean).join(' ') };
  return (
    <div className={className ?? 'fdk-field'} data-invalid={field.error ? '' : undefined}>
      <FieldLabel field={field} optionalText={optionalText ?? messages.commonOptional} />
      {asChild && children ? <Slot {...input}>{children}</Slot> : <input {...input} />}
      <FieldHint field={field} />
      <FieldError field={field} />
    </div>
  );
}
FormField.displayName = 'Form.Field';

function FieldLabel({ field, optionalText }: { field: FieldProps; optionalText: string }) {
  return (
    <label className="fdk-label" {...field.labelProps}>
      {field.label}
      {field.required ? null : <span className="fdk-optional"> ({optionalText})</span>}
    </label>
  );
}

function FieldHint({ field }: { field: Pick<FieldProps, 'description' | 'descriptionProps'> }) {
  if (!field.description) return null;
  return (
    <p className="fdk-hint" {...field.descriptionProps}>
      {field.description}
    </p>
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
FieldError.displayName = 'Form.FieldError';

/**
 * A field as a `<select>` of choices (the gender): the field's props (ids, react-hook-form's ref and handlers) on
 * the select, labelled and described like {@link FormField}.
 * @example
 * <SelectField field={register.getFieldProps('gender')} options={register.genderOptions} />
 */
export function SelectField({ field, options, className }: { field: FieldProps; options: ReadonlyArray<{ value: string; label: string }>; className?: string }) {
  const messages = useMessages();
  const { type: _type, inputMode: _inputMode, spellCheck: _spellCheck, autoCapitalize: _autoCapitalize, maxLength: _maxLength, pattern: _pattern, ref, onChange, onBlur, ...input } = field.inputProps;
  return (
    <div className={className ?? 'fdk-field'} data-invalid={field.error ? '' : undefined}>
      <FieldLabel field={field} optionalText={messages.commonOptional} />
      <select
        {...input}
        className="fdk-input fdk-select"
        ref={ref as unknown as Ref<HTMLSelectElement>}
        onChange={onChange as unknown as ChangeEventHandler<HTMLSelectElement>}
        onBlur={onBlur as unknown as FocusEventHandler<HTMLSelectElement>}
      >
        {field.required ? null : <option value="">{messages.fieldGenderUnset}</option>}
        {options
          .filter((option) => option.value !== '')
          .map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
      </select>
      <FieldHint field={field} />
      <FieldError field={field} />
    </div>
  );
}
SelectField.displayName = 'Form.Select';

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
 * A live region that announces the form's server error to screen readers once (`role="alert"` inside an
 * always-present `aria-live="assertive"` container), with "Try again" for retryable errors. For a 429 the text
 * says once how long to wait; the countdown itself is on the submit button (`getSubmitProps`), which is not a live
 * region, so it is not announced every second. The text is always rendered as text.
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
FormErrorMessage.displayName = 'Form.Error';

/** Form parts shared by every family: `Form.Field`, `Form.Select`, `Form.FieldError`, `Form.Error`. */
export { FormField as Field, SelectField as Select, FieldError as ErrorText, FormErrorMessage as Error };
