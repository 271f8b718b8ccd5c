import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import * as Form from '../../src/components/Form';
import { fieldProps } from '../../src/forms/kit/fieldProps';
import type { FieldProps, FormError } from '../../src/forms/kit/types';
import { errorMessage } from '../../src/i18n/errorMessage';
import { messages } from '../../src/i18n/messages';
import { currentFake, storyClient } from '../support/fake';
import { StoryCard } from '../support/parts';

/** Field props as a form hook makes them, for fixed states. */
function staticField(name: string, label: string, options: { required?: boolean; description?: string; error?: string; type?: string } = {}): FieldProps {
  const id = `story-${name}`;
  const { required = true, description, error, type = 'text' } = options;
  const describedBy = [description ? `${id}-description` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return {
    label,
    labelProps: { id: `${id}-label`, htmlFor: id },
    inputProps: {
      id,
      name,
      type,
      autoComplete: 'off',
      required,
      'aria-invalid': error !== undefined,
      'aria-describedby': describedBy || undefined,
      'aria-required': required,
      ref: () => undefined,
      onChange: () => undefined,
      onBlur: () => undefined,
    },
    descriptionProps: { id: `${id}-description` },
    description,
    errorProps: { id: `${id}-error` },
    error,
    required,
  };
}

/** A small form of the app's own (react-hook-form + `fieldProps`) rendered with `Form.Field` and `Form.Error`. */
function NewsletterForm({ onSubscribe }: { onSubscribe: (email: string) => void }) {
  const form = useForm<{ email: string }>({ defaultValues: { email: '' } });
  const id = useId();
  const [error, setError] = useState<FormError>();
  const [done, setDone] = useState(false);
  const field = fieldProps(id, form, 'email', { label: 'Newsletter email', type: 'email', autoComplete: 'email', required: true, description: 'One email a month.' }, form.formState.errors);
  const onSubmit = form.handleSubmit(({ email }) => {
    if (!email.includes('@')) {
      form.setError('email', { message: messages.validationEmail }, { shouldFocus: true });
      return;
    }
    if (email.endsWith('@blocked.example')) {
      setError({ kind: 'rejected', retryable: false, message: 'This address cannot subscribe.', cause: undefined });
      return;
    }
    setError(undefined);
    setDone(true);
    onSubscribe(email);
  });
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="fdk-form">
      <Form.Field field={field} />
      <Form.Error error={error} />
      <button type="submit" className="fdk-button fdk-button-primary">
        Subscribe
      </button>
      {done ? <p role="status">Subscribed</p> : null}
    </form>
  );
}

interface FormErrorDemoProps {
  /** The error shown once "Place order" is pressed. */
  error?: FormError;
  onRetry?: () => void;
  withRetry?: boolean;
  /** Called by the newsletter form of `FieldInYourOwnForm` (not used by this demo). */
  onSubscribe?: (email: string) => void;
}

/** `Form.Error` after a failed action: empty (but present) until the action fails. */
function FormErrorDemo({ error, onRetry, withRetry }: FormErrorDemoProps) {
  const [shown, setShown] = useState<FormError>();
  return (
    <StoryCard title="Checkout">
      <div className="fdk-form">
        <button type="button" className="fdk-button fdk-button-primary" onClick={() => setShown(error)}>
          Place order
        </button>
        <Form.Error error={shown} onRetry={withRetry ? onRetry : undefined}>
          <p className="fdk-hint">Orders are kept for 30 minutes.</p>
        </Form.Error>
      </div>
    </StoryCard>
  );
}

/** `Form.Field` (label, input, hint and error wired by ids) and `Form.Error` (a live region with "Try again"). */
const meta = {
  title: 'Components/Form',
  component: FormErrorDemo,
  args: { onRetry: fn(), onSubscribe: fn(), withRetry: true },
} satisfies Meta<typeof FormErrorDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const serverError: FormError = { kind: 'server', retryable: true, message: messages.errorServer, cause: undefined };

export const FieldStates: Story = {
  render: () => (
    <StoryCard title="Fields">
      <div className="fdk-form">
        <Form.Field field={staticField('name', 'Full name')} inputProps={{ placeholder: 'Ana Rao' }} />
        <Form.Field field={staticField('company', 'Company', { required: false })} optionalText="if any" />
        <Form.Field field={staticField('code', 'Gift card', { description: '16 digits, on the back of the card.' })} />
        <Form.Field field={staticField('email', 'Email', { type: 'email', description: 'For the receipt.', error: 'Enter a valid email address.' })} />
      </div>
    </StoryCard>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = canvas.getByLabelText('Full name');
    await expect(name).toBeRequired();
    await expect(name).toHaveAttribute('placeholder', 'Ana Rao');
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await expect(name).toHaveClass('fdk-input');
    // Optional fields say so in their label (custom text here).
    await expect(canvas.getByLabelText('Company (if any)')).not.toBeRequired();
    await expect(canvas.getByLabelText('Gift card')).toHaveAccessibleDescription('16 digits, on the back of the card.');
    // An error: aria-invalid, described by the hint and the error, the wrapper marked for styles.
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('For the receipt. Enter a valid email address.');
    await expect(email.closest('.fdk-field')).toHaveAttribute('data-invalid');
    await expect(name.closest('.fdk-field')).not.toHaveAttribute('data-invalid');
  },
};

export const FieldAsChild: Story = {
  render: () => (
    <StoryCard title="Your own input">
      <Form.Field field={staticField('note', 'Delivery note', { error: 'Keep it under 200 characters.' })} asChild>
        <textarea className="story-textarea" rows={3} style={{ border: '2px dashed #7c2d12' }} />
      </Form.Field>
    </StoryCard>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const note = canvas.getByLabelText('Delivery note');
    await expect(note.tagName).toBe('TEXTAREA');
    await expect(note).toHaveClass('story-textarea');
    await expect(note).toHaveClass('fdk-input');
    await expect(note).toHaveAttribute('rows', '3');
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await expect(note).toHaveAccessibleDescription('Keep it under 200 characters.');
  },
};

export const FieldInYourOwnForm: Story = {
  render: (args) => (
    <StoryCard title="Newsletter">
      <NewsletterForm onSubscribe={(email) => args.onSubscribe?.(email)} />
    </StoryCard>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Newsletter email');
    await userEvent.type(email, 'ana');
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(`One email a month. ${messages.validationEmail}`);
    await waitFor(() => expect(email).toHaveFocus());
    await userEvent.type(email, '@blocked.example');
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This address cannot subscribe.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.clear(email);
    await userEvent.type(email, 'ana@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await expect(await canvas.findByText('Subscribed')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(email).toHaveAttribute('aria-invalid', 'false');
    await expect(args.onSubscribe).toHaveBeenCalledWith('ana@example.com');
  },
};

export const ErrorAnnounces: Story = {
  args: { error: serverError },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The live region is there before the error, so that screen readers announce the change.
    const region = canvasElement.querySelector('[aria-live]');
    await expect(region).toHaveAttribute('aria-live', 'assertive');
    await expect(region).toHaveAttribute('aria-atomic', 'true');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(region).toHaveTextContent('Orders are kept for 30 minutes.');
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    const alert = await canvas.findByRole('alert');
    await expect(region).toContainElement(alert);
    await expect(region).toHaveAttribute('data-kind', 'server');
    await expect(alert).toHaveTextContent(messages.errorServer);
  },
};

export const RetryableError: Story = {
  args: { error: serverError },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    const retry = await canvas.findByRole('button', { name: 'Try again' });
    await expect(canvas.getByRole('alert')).toContainElement(retry);
    await expect(retry).toHaveAttribute('type', 'button');
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const RetryableWithoutHandler: Story = {
  args: { error: serverError, withRetry: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.errorServer);
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

export const RejectedError: Story = {
  args: { error: { kind: 'rejected', retryable: false, message: 'This coupon has expired.', cause: undefined } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This coupon has expired.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

export const MessageIsText: Story = {
  args: { error: { kind: 'rejected', retryable: false, message: '<img src=x onerror="window.__formPwned=1">Nope', cause: undefined } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('<img src=x onerror="window.__formPwned=1">Nope');
    await expect(alert.querySelector('img')).toBeNull();
    await expect((window as { __formPwned?: number }).__formPwned).toBeUndefined();
  },
};

export const FromARealRateLimit: Story = {
  // The error of a real call to the fake (a 429 with Retry-After: 42), through `errorMessage`.
  beforeEach: async ({ args }) => {
    currentFake().faults.inject('loginWithEmailAndPassword', { type: 'rateLimit', retryAfter: 42 });
    try {
      await storyClient().loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    } catch (cause) {
      args.error = { ...errorMessage(cause, messages), cause };
    }
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 42 s.');
    await expect(canvasElement.querySelector('[aria-live]')).toHaveAttribute('data-kind', 'rate-limited');
    // The message says how long to wait: no "Try again" button for a 429.
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const FromARealOfflineError: Story = {
  beforeEach: async ({ args }) => {
    currentFake().faults.inject('loginWithEmailAndPassword', { type: 'drop' });
    try {
      await storyClient().loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    } catch (cause) {
      args.error = { ...errorMessage(cause, messages), cause };
    }
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.errorOffline);
    await expect(canvasElement.querySelector('[aria-live]')).toHaveAttribute('data-kind', 'network');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
