import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChangePassword, LogoutButton, messages, ProfileScreen, SessionsList, userKeys } from '../../src/index';
import { fakeUserMessages } from '../../src/testing/index';
import { ANA, descriptionOf, expectFocus, setupFakeBackend, valueOf } from './helpers';

const backend = setupFakeBackend();

const passwordForm = (
  <ChangePassword.Root>
    <ChangePassword.Title />
    <ChangePassword.Hint />
    <ChangePassword.Fields />
    <ChangePassword.Error />
    <ChangePassword.Notice />
    <ChangePassword.Submit />
  </ChangePassword.Root>
);

describe('ChangePassword', { timeout: 20_000 }, () => {
  it('asks for the current password when the account has one, and empties every field after success', async () => {
    const { renderKit, queryClient, client } = await backend.start();
    renderKit(passwordForm);
    const user = userEvent.setup({ delay: null });
    const current = await screen.findByLabelText('Current password');
    expect(screen.getByRole('heading', { name: 'Change password' })).toBeTruthy();
    const next = screen.getByLabelText('New password');
    const confirm = screen.getByLabelText('Confirm new password');
    expect(current.getAttribute('autocomplete')).toBe('current-password');
    expect(next.getAttribute('autocomplete')).toBe('new-password');
    expect(confirm.getAttribute('autocomplete')).toBe('new-password');
    await user.type(current, ANA.password);
    await user.type(next, 'N3w#pass-phrase');
    await user.type(confirm, 'N3w#pass-phrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password has been changed.')).toBeTruthy();
    expect([current, next, confirm].map(valueOf)).toEqual(['', '', '']);
    // Nothing of it is kept by the kit: no mutation in the cache holds it.
    expect(JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => mutation.state.variables))).not.toContain('N3w#pass-phrase');
    // The server has it.
    await expect(client.loginWithEmailAndPassword({ body: { username: ANA.email, password: 'N3w#pass-phrase' } })).resolves.toMatchObject({ user: { first_name: 'Ana' } });
    expect(backend.count('updatePassword')).toBe(1);
  });

  it('offers to set a password when the account has none (no current password asked)', async () => {
    const { renderKit, service } = await backend.start({ signedIn: 'ben@example.com' });
    renderKit(passwordForm);
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('heading', { name: 'Set a password' })).toBeTruthy();
    expect(screen.getByText('You sign in with one-time codes. Set a password to sign in with it too.')).toBeTruthy();
    expect(screen.queryByLabelText('Current password')).toBeNull();
    await user.type(screen.getByLabelText('New password'), 'B3n#password');
    await user.type(screen.getByLabelText('Confirm new password'), 'B3n#password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('Your password has been set.')).toBeTruthy();
    // hasPassword is read again: the form becomes "Change password".
    expect(await screen.findByRole('heading', { name: 'Change password' })).toBeTruthy();
    expect(service.findUser('ben@example.com')).toBeTruthy();
    expect(backend.count('hasPassword')).toBe(2);
  });

  it('checks the new password before sending anything', async () => {
    const { renderKit } = await backend.start();
    renderKit(passwordForm);
    const user = userEvent.setup({ delay: null });
    const current = await screen.findByLabelText('Current password');
    await user.type(current, ANA.password);
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Confirm new password'), 'shorts');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const next = screen.getByLabelText('New password');
    await expectFocus(next);
    expect(descriptionOf(next)).toContain(messages.validationPasswordRule.replace('{min}', '8'));
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(screen.getByLabelText('Confirm new password'))).toBe('The passwords do not match.');
    expect(backend.count('updatePassword')).toBe(0);
  });

  it.each([
    ['a space', 'N3w pass#phrase'],
    ['no special character', 'N3wpassphrase'],
    ['no Latin letter', '12345678#٣'],
  ])('holds the new password to Fynd’s rule (%s) before sending anything', async (_label, password) => {
    const { renderKit } = await backend.start();
    renderKit(passwordForm);
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Current password'), ANA.password);
    const next = screen.getByLabelText('New password');
    await user.type(next, password);
    await user.type(screen.getByLabelText('Confirm new password'), password);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await expectFocus(next);
    expect(descriptionOf(next)).toContain(messages.validationPasswordRule.replace('{min}', '8'));
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(backend.count('updatePassword')).toBe(0);
  });

  it('shows the server’s message for a wrong current password and keeps the values', async () => {
    const { renderKit } = await backend.start();
    renderKit(passwordForm);
    const user = userEvent.setup({ delay: null });
    const current = await screen.findByLabelText('Current password');
    await user.type(current, 'not my password');
    await user.type(screen.getByLabelText('New password'), 'N3w#pass-phrase');
    await user.type(screen.getByLabelText('Confirm new password'), 'N3w#pass-phrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toContain(fakeUserMessages.oldPasswordWrong);
    expect(valueOf(screen.getByLabelText('New password'))).toBe('N3w#pass-phrase');
    await expectFocus(current);
  });
});

describe('Logout and Sessions', { timeout: 20_000 }, () => {
  it('clears the cache even when the logout request fails, and says the user is signed out', async () => {
    const onSignInRequired = vi.fn();
    const onSignedOut = vi.fn();
    const { renderKit, service, queryClient } = await backend.start({ provider: { onSignInRequired } });
    service.faults.inject('logout', { type: 'status', status: 503, body: { message: 'down' } });
    renderKit(<ProfileScreen sections={['profile', 'password', 'logout']} onSignedOut={onSignedOut} />);
    const user = userEvent.setup({ delay: null });
    await screen.findByLabelText('Current password');
    expect(queryClient.getQueryData(userKeys.hasPassword())).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You have been signed out.')).toBeTruthy();
    expect(queryClient.getQueryData(userKeys.session())).toBeNull();
    expect(queryClient.getQueryState(userKeys.hasPassword())).toBeUndefined();
    expect(onSignedOut).toHaveBeenCalledWith({ error: expect.objectContaining({ status: 503 }) });
    expect(onSignInRequired).toHaveBeenCalledTimes(1);
    expect(onSignInRequired).toHaveBeenCalledWith(expect.objectContaining({ reason: 'logout' }));
    expect(screen.queryByLabelText('First name')).toBeNull();
  });

  it('a double click signs out once', async () => {
    const { renderKit, service } = await backend.start();
    service.faults.inject('logout', { type: 'latency', ms: 100 });
    renderKit(<LogoutButton />);
    const user = userEvent.setup({ delay: null });
    await user.dblClick(screen.getByRole('button', { name: 'Sign out' }));
    expect((await screen.findByRole('button', { name: 'Signing out…' })).getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('button', { name: 'Sign out' });
    expect(backend.count('logout')).toBe(1);
  });

  it('lists the active sessions read-only', async () => {
    const { renderKit, service } = await backend.start();
    renderKit(<SessionsList />);
    await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0));
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(service.sessionsOf(ANA.email).map((id) => `Session ${id}`));
    expect(screen.getByText('1 active session')).toBeTruthy();
    expect(screen.getByText('To end a session on another device, sign out on that device.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
