import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { mergeProps } from './mergeProps';
import type { FieldProps, FieldSpec, InputPropsInput } from './types';

/**
 * Builds the props of one field from its spec and react-hook-form's registration, with the caller's input props
 * merged in (their handlers run beside react-hook-form's, never instead). The input stays uncontrolled, so typing
 * in it re-renders nothing but the browser's own input.
 */
export function fieldProps<T extends FieldValues>(
  formId: string,
  form: UseFormReturn<T>,
  name: Path<T>,
  spec: FieldSpec,
  errors: FieldErrors<T>,
  caller?: InputPropsInput,
): FieldProps {
  const id = `${formId}-${name}`;
  const error = (errors[name] as { message?: unknown } | undefined)?.message;
  const errorText = typeof error === 'string' && error !== '' ? error : undefined;
  const describedBy = [spec.description ? `${id}-description` : undefined, errorText ? `${id}-error` : undefined].filter(Boolean).join(' ');
  const registration = form.register(name);
  const inputProps: FieldProps['inputProps'] = {
    id,
    name: registration.name,
    type: spec.type,
    ...(spec.inputMode ? { inputMode: spec.inputMode } : {}),
    autoComplete: spec.autoComplete,
    required: spec.required,
    'aria-invalid': errorText !== undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': spec.required,
    ref: registration.ref,
    onChange: registration.onChange,
    onBlur: registration.onBlur,
    ...(spec.maxLength ? { maxLength: spec.maxLength } : {}),
    ...(spec.type === 'email' || spec.type === 'password' || spec.autoComplete === 'username' ? { spellCheck: false, autoCapitalize: 'none' } : {}),
    ...(spec.dir ? { dir: spec.dir } : {}),
  };
  return {
    label: spec.label,
    labelProps: { id: `${id}-label`, htmlFor: id },
    inputProps: mergeProps(inputProps, caller as Record<string, unknown> | undefined),
    descriptionProps: { id: `${id}-description` },
    description: spec.description,
    errorProps: { id: `${id}-error` },
    error: errorText,
    required: spec.required,
  };
}
