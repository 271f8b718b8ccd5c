import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChangeEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useLoginForm, type LoginForm } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { descriptionOf, valueOf } from '../helpers/dom';
import { ANA, setupFakeKit } from '../helpers/kit';

/*
 * A storefront's own markup on the headless login form: the props it passes to getFieldProps are merged with the
 * kit's, its handlers run beside react-hook-form's (never instead), ids and refs are joined.
 */

const fake = setupFakeKit();

interface OwnLoginFormProps {
  onIdentifierChange: (event: ChangeEvent<HTMLInputElement>) => void;
  expose: (login: LoginForm) => void;
  identifierRef?: (element: HTMLInputElement | null) => void;
  preventPassword?: boolean;
}

function OwnLoginForm({ onIdentifierChange, expose, identifierRef, preventPassword = false }: OwnLoginFormProps) {
  const login = useLoginForm();
  expose(login);
  const identifier = login.getFieldProps('identifier', { onChange: onIdentifierChange, ref: identifierRef, className: 'my-input', 'aria-describedby': 'my-help' });
  const password = login.getFieldProps('password', { onChange: (event) => (preventPassword ? event.preventDefault() : undefined) });
  return (
    <form {...login.getFormProps()}>
      <label {...identifier.labelProps}>{identifier.label}</label>
      <input {...identifier.inputProps} />
      <p id="my-help">Use the address you shop with.</p>
      {identifier.error ? <p {...identifier.errorProps}>{identifier.error}</p> : null}
      <label {...password.labelProps}>{password.label}</label>
      <input {...password.inputProps} />
      {password.error ? <p {...password.errorProps}>{password.error}</p> : null}
      <button {...login.getSubmitProps()} />
    </form>
  );
}

describe('getFieldProps(name, props)', { timeout: 20_000 }, () => {
  it('runs the caller’s onChange, and react-hook-form still gets the value (and sends it)', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    const seen: string[] = [];
    const onIdentifierChange = vi.fn((event: ChangeEvent<HTMLInputElement>) => seen.push(event.target.value));
    let login: LoginForm | undefined;
    kit.renderKit(<OwnLoginForm onIdentifierChange={onIdentifierChange} expose={(form) => (login = form)} />);
    const identifier = screen.getByLabelText('Email or mobile number');
    await userEvent.type(identifier, ANA.email);
    expect(onIdentifierChange).toHaveBeenCalledTimes(ANA.email.length);
    expect(seen.at(-1)).toBe(ANA.email);
    expect(login!.form.getValues('identifier')).toBe(ANA.email);

    await userEvent.type(screen.getByLabelText('Password'), ANA.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(fake.count('loginWithEmailAndPassword')).toBe(1));
    expect(fake.bodies('loginWithEmailAndPassword')).toEqual([{ username: ANA.email, password: ANA.password }]);
  });

  it('joins the caller’s class, describedby ids and ref with the kit’s', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    const identifierRef = vi.fn();
    kit.renderKit(<OwnLoginForm onIdentifierChange={() => undefined} expose={() => undefined} identifierRef={identifierRef} />);
    const identifier = screen.getByLabelText('Email or mobile number');
    expect(identifierRef).toHaveBeenCalledWith(identifier);
    expect(identifier.className).toBe('my-input');
    expect(descriptionOf(identifier)).toBe('Use the address you shop with.');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    // The kit's error joins the caller's description; react-hook-form's ref still holds the input (it focuses it).
    await waitFor(() => expect(identifier.getAttribute('aria-describedby')?.split(' ')).toEqual([expect.stringMatching(/-identifier-error$/), 'my-help']));
    expect(descriptionOf(identifier)).toBe('This field is required. Use the address you shop with.');
    expect(document.activeElement).toBe(identifier);
  });

  it('a caller’s onChange that calls preventDefault() keeps the value from react-hook-form', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    let login: LoginForm | undefined;
    kit.renderKit(<OwnLoginForm onIdentifierChange={() => undefined} expose={(form) => (login = form)} preventPassword />);
    const password = screen.getByLabelText('Password');
    await userEvent.type(password, 'typed');
    expect(valueOf(password)).toBe('typed');
    expect(login!.form.getValues('password')).toBe('');
  });
});
