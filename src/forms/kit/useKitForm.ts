'use client';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { MethodArgs, MethodResult } from '../../client/methods';
import { formatMessage } from '../../i18n/formatMessage';
import { useMessages } from '../../i18n/MessagesContext';
import { callApi, type AnswerCheck } from '../../query/callApi';
import type { MutationMethodName } from '../../query/mutations';
import { useUserKit, type UserKit } from '../../query/userKit';
import { useCountdown } from '../../timers/useCountdown';
import { fieldProps } from './fieldProps';
import { formElementProps, submitButtonProps } from './formParts';
import { schemaResolver } from './schemaResolver';
import type { ButtonPropsInput, FieldProps, FieldSpec, FormElementProps, FormError, FormPropsInput, FormStatus, InputPropsInput, SubmitProps } from './types';
import { useSubmission } from './useSubmission';

/** How a form calls the API: one way for every form (cache effects, `platform`, answer checks). */
export interface KitApi {
  /** Calls a mutation method; rejects when the answer fails `check` (see `callApi`). */
  call: <N extends MutationMethodName>(name: N, args: MethodArgs<N>, check?: AnswerCheck<N>) => Promise<MethodResult<N>>;
  /** The provider's context (settings, cache). */
  kit: UserKit;
}

/** What a form hook tells the scaffold: its fields as data, its rules, what it sends and what follows. */
export interface KitFormConfig<V extends FieldValues, R> {
  /** Each field's label and input attributes. */
  fields: Record<Path<V>, FieldSpec>;
  /** The rules of the values (zod/mini). */
  schema: z.ZodMiniType<V, V>;
  /** The values to start with. */
  defaultValues: V;
  /** Sends valid values (the API calls) and resolves what the form produced; rejects on failure. */
  send: (values: V, api: KitApi) => Promise<R>;
  /** After a success. */
  onSuccess?: (result: R, values: V, form: UseFormReturn<V>) => void;
  /**
   * After a failure (every typed value is kept): may clear fields, and returns the field to focus — the first
   * field by default, `null` for none.
   */
  onFailure?: (error: FormError, values: V, form: UseFormReturn<V>) => Path<V> | null | undefined | void;
  /** The submit button's text, and its text while submitting. */
  labels: { submit: string; busy: string };
}

/** What {@link useKitForm} gives a form hook (and, through it, the storefront). */
export interface KitForm<V extends FieldValues> {
  /** The react-hook-form instance (values, `setValue`, `setFocus` …). */
  form: UseFormReturn<V>;
  /** Props for a field's label, input, hint and error; your input props are merged in. */
  getFieldProps: (name: Path<V>, props?: InputPropsInput) => FieldProps;
  /** Props for the submit button; your props are merged in. */
  getSubmitProps: (props?: ButtonPropsInput) => SubmitProps;
  /** Props for the `<form>`; your props are merged in. */
  getFormProps: (props?: FormPropsInput) => FormElementProps;
  /** Validates and sends (the same as submitting the form). */
  submit: () => Promise<void>;
  /** Where the form is. */
  status: FormStatus;
  /** The last failure, to show (values are kept). */
  error: FormError | undefined;
  /** Seconds left before a rate-limited form may be sent again (0 when it may). */
  retryIn: number;
  /** Clears the status and error. */
  reset: () => void;
}

/**
 * The one form scaffold under every form of the kit: react-hook-form wired to a zod/mini schema, field getters
 * that merge the caller's props, one submission at a time, the friendly error, focus on the first invalid field
 * (and where `onFailure` says after a server error), and a 429's wait: the submit button counts down and does
 * nothing until `Retry-After` has passed, while the error is announced once. Each form only describes its fields
 * and says what to send and where to go next.
 * @example
 * const kitForm = useKitForm({ fields, schema, defaultValues, labels, send: (values, api) => api.call('addEmail', { body: values }) });
 */
export function useKitForm<V extends FieldValues, R>(config: KitFormConfig<V, R>): KitForm<V> {
  const kit = useUserKit();
  const messages = useMessages();
  const formId = useId();
  const form = useForm<V>({
    resolver: schemaResolver(config.schema),
    defaultValues: config.defaultValues as DefaultValues<V>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: true,
  });
  const submission = useSubmission(messages);
  const { run } = submission;
  const latest = useRef(config);
  useEffect(() => {
    latest.current = config;
  });
  const [retryAt, setRetryAt] = useState<number | undefined>();
  const retryIn = useCountdown(retryAt);
  const api = useMemo<KitApi>(() => ({ kit, call: (name, args, check) => callApi(kit, name, args, check) }), [kit]);

  const onValid = useCallback(
    async (values: V) => {
      if (retryAt !== undefined && Date.now() < retryAt) return;
      const result = await run(() => latest.current.send(values, api));
      if (!result) return;
      const current = latest.current;
      if (result.ok) {
        current.onSuccess?.(result.value, values, form);
        return;
      }
      const { retryAfter } = result.error;
      if (result.error.kind === 'rate-limited' && retryAfter) setRetryAt(Date.now() + retryAfter * 1000);
      const focus = current.onFailure?.(result.error, values, form);
      const first = Object.keys(current.fields)[0] as Path<V> | undefined;
      const target = focus === undefined ? first : focus;
      if (target) form.setFocus(target);
    },
    [retryAt, run, api, form],
  );
  const submit = useCallback(() => form.handleSubmit(onValid)(), [form, onValid]);
  const busy = submission.status === 'submitting';
  const waiting = retryIn > 0 ? formatMessage(messages.commonRetryIn, { seconds: retryIn }, messages.locale) : undefined;
  const { errors } = form.formState;

  return {
    form,
    getFieldProps: (name, props) => fieldProps(formId, form, name, config.fields[name], errors, props),
    getSubmitProps: (props) => submitButtonProps({ busy, waiting }, config.labels.submit, config.labels.busy, props),
    getFormProps: (props) => formElementProps(formId, busy, submit, props),
    submit,
    status: submission.status,
    error: submission.error,
    retryIn,
    reset: submission.reset,
  };
}
