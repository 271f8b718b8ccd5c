import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { executeMutation } from '../../src/query/executeMutation';
import { ProfileScreen, userKeys } from '../../src/index';
import { settle } from '../helpers/dom';
import { ANA, descriptionOf, expectFocus, setupFakeBackend, valueOf } from './helpers';

const backend = setupFakeBackend();

async function renderProfile(options: Parameters<typeof backend.start>[0] = {}, props: Parameters<typeof ProfileScreen>[0] = { sections: ['profile'] }) {
  const kit = await backend.start(options);
  const view = kit.renderKit(<ProfileScreen {...props} />);
  const user = userEvent.setup({ delay: null });
  const firstName = await screen.findByLabelText('First name');
  await waitFor(() => expect(valueOf(firstName)).toBe('Ana'));
  return { ...kit, view, user, firstName, save: () => screen.getByRole('button', { name: 'Save changes' }) };
}

const summaryName = () => document.querySelector('.fdk-profile-name')?.textContent;

describe('ProfileScreen: the profile form against the fake service', { timeout: 20_000 }, () => {
  it('shows the save at once (optimistic), then the server state', async () => {
    const { service, user, firstName, save } = await renderProfile();
    service.faults.inject('updateProfile', { type: 'latency', ms: 200 });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    await waitFor(() => expect(summaryName()).toBe('Anaya Rao'));
    expect(screen.getByRole('button', { name: 'Saving changes…' }).getAttribute('aria-busy')).toBe('true');
    expect(service.findUser(ANA.email)?.first_name).toBe('Ana');
    expect((await screen.findByText('Your profile has been updated.')).getAttribute('role')).toBe('status');
    expect(service.findUser(ANA.email)?.first_name).toBe('Anaya');
    expect(backend.count('updateProfile')).toBe(1);
  });

  it('rolls back when the server answers 500, keeps the typed value and offers to try again', async () => {
    const { service, user, firstName, save } = await renderProfile();
    service.faults.inject('updateProfile', { type: 'status', status: 500, body: { message: 'Internal error' } });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    expect((await screen.findByRole('alert')).textContent).toContain('We could not complete this right now');
    expect(summaryName()).toBe('Ana Rao');
    expect(valueOf(firstName)).toBe('Anaya');
    await expectFocus(firstName);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Your profile has been updated.');
    expect(summaryName()).toBe('Anaya Rao');
    expect(backend.count('updateProfile')).toBe(2);
  });

  it('after a 401 mid-edit keeps the values, signs in again in a dialog, then replays the save once', async () => {
    const onSignInRequired = vi.fn();
    const { service, user, firstName, save, queryClient } = await renderProfile({ provider: { onSignInRequired } });
    service.faults.inject('updateProfile', { type: 'unauthorized' });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    const lastName = screen.getByLabelText(/Last name/);
    await user.clear(lastName);
    await user.type(lastName, 'Rao-Iyer');
    await user.click(save());

    // A native <dialog> (showModal in a browser: modal focus and Escape are the browser's, checked in Storybook).
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to save your changes' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(descriptionOf(dialog)).toMatch(/Your session has ended/);
    expect(queryClient.getQueryData(userKeys.session())).toBeNull(); // the kit signed out in the cache…
    expect(valueOf(firstName)).toBe('Anaya'); // …and the form is still there, with what was typed
    expect(valueOf(lastName)).toBe('Rao-Iyer');
    expect(onSignInRequired).toHaveBeenCalledTimes(1);
    expect(onSignInRequired).toHaveBeenCalledWith(expect.objectContaining({ reason: 'expired' }));

    await user.type(await within(dialog).findByLabelText('Email or mobile number'), ANA.email);
    await user.type(within(dialog).getByLabelText('Password'), ANA.password);
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await screen.findByText('Your profile has been updated.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(service.findUser(ANA.email)).toMatchObject({ first_name: 'Anaya', last_name: 'Rao-Iyer' });
    expect(backend.count('updateProfile')).toBe(2);
    await expectFocus(save());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.count('updateProfile')).toBe(2);
  });

  it('with signInDialog={false} tells the provider’s onSignInRequired instead, and replays when the app signs the user in', async () => {
    const onSignInRequired = vi.fn();
    const { service, user, firstName, save, client, queryClient } = await renderProfile({ provider: { onSignInRequired } }, { sections: ['profile'], signInDialog: false });
    service.faults.inject('updateProfile', { type: 'unauthorized' });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    await waitFor(() => expect(onSignInRequired).toHaveBeenCalledWith(expect.objectContaining({ reason: 'expired', error: expect.objectContaining({ status: 401 }) })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Your session has expired. Please sign in again.');
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignInRequired).toHaveBeenLastCalledWith({ reason: 'requested' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(valueOf(firstName)).toBe('Anaya');

    await act(() => executeMutation('loginWithEmailAndPassword', { body: { username: ANA.email, password: ANA.password } }, { client, queryClient, onSignInRequired: () => {} }));
    await screen.findByText('Your profile has been updated.');
    expect(service.findUser(ANA.email)?.first_name).toBe('Anaya');
    expect(backend.count('updateProfile')).toBe(2);
  });

  it('never writes the edits into another account when someone else signs in', async () => {
    const { service, user, firstName, save, client, queryClient } = await renderProfile({}, { sections: ['profile'], signInDialog: false });
    service.faults.inject('updateProfile', { type: 'unauthorized' });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    await screen.findByRole('button', { name: 'Sign in again' });
    await act(() => executeMutation('loginWithToken', { body: { token: 'fake-login-token:ben@example.com' } }, { client, queryClient, onSignInRequired: () => {} }));
    expect(await screen.findByText('You signed in as someone else, so the changes were not saved.')).toBeTruthy();
    await waitFor(() => expect(valueOf(firstName)).toBe('Ben'));
    expect(backend.count('updateProfile')).toBe(1);
    expect(service.findUser('ben@example.com')?.first_name).toBe('Ben');
  });

  it.each([
    ['Close', (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))],
    // What a browser does on Escape in a modal <dialog>: a cancelable `cancel` event.
    ['Escape (the dialog’s cancel event)', async (dialog: HTMLElement) => void fireEvent(dialog, new Event('cancel', { cancelable: true }))],
  ])('%s closes the dialog, gives focus back and keeps the save pending', async (_how, close) => {
    const { service, user, firstName, save } = await renderProfile();
    service.faults.inject('updateProfile', { type: 'unauthorized' });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    const dialog = await screen.findByRole('dialog');
    await act(() => close(dialog));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Back on Save, the button whose save opened the dialog.
    await expectFocus(save());
    expect(valueOf(firstName)).toBe('Anaya');
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
    expect(backend.count('updateProfile')).toBe(1);
  });

  it('an empty first name sends nothing and focuses the field', async () => {
    const { user, firstName, save } = await renderProfile();
    await user.clear(firstName);
    await user.click(save());
    await expectFocus(firstName);
    expect(firstName.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(firstName)).toBe('This field is required.');
    expect(backend.count('updateProfile')).toBe(0);
  });

  it('says there is nothing to save when nothing changed, and sends nothing', async () => {
    const { user, save } = await renderProfile();
    await user.click(save());
    expect(await screen.findByText('There are no changes to save.')).toBeTruthy();
    expect(backend.count('updateProfile')).toBe(0);
  });

  it.each(['http://cdn.example.com/me.png', 'javascript:alert(1)', '/me.png'])('refuses a picture URL that is not https (%s) before any request', async (url) => {
    const { user, save } = await renderProfile();
    const picture = screen.getByLabelText(/Profile picture URL/);
    await user.clear(picture);
    await user.type(picture, url);
    await user.click(save());
    await expectFocus(picture);
    expect(descriptionOf(picture)).toMatch(/Enter a web address starting with https:\/\//);
    expect(backend.count('updateProfile')).toBe(0);
  });

  it('refuses a date of birth in the future', async () => {
    const { user, save } = await renderProfile();
    const dob = screen.getByLabelText(/Date of birth/);
    await user.clear(dob);
    await user.type(dob, '2999-01-01');
    await user.click(save());
    expect(await screen.findByText('Enter a date in the past.')).toBeTruthy();
    expect(backend.count('updateProfile')).toBe(0);
  });

  it('saves gender and date of birth: “Other” is sent as unisex (Fynd’s value)', async () => {
    const { service, user, save } = await renderProfile();
    await user.selectOptions(screen.getByLabelText(/Gender/), 'Other');
    const dob = screen.getByLabelText(/Date of birth/);
    await user.clear(dob);
    await user.type(dob, '1991-12-31');
    await user.click(save());
    await screen.findByText('Your profile has been updated.');
    expect(backend.bodies('updateProfile')).toEqual([{ gender: 'unisex', dob: '1991-12-31' }]);
    expect(service.findUser(ANA.email)).toMatchObject({ gender: 'unisex', dob: '1991-12-31', first_name: 'Ana' });
  });

  it('shows right-to-left names and markup in names as text', async () => {
    const { service, user, firstName, save, view } = await renderProfile();
    const lastName = screen.getByLabelText(/Last name/);
    expect(firstName.getAttribute('dir')).toBe('auto');
    await user.clear(firstName);
    await user.type(firstName, 'سارا');
    await user.clear(lastName);
    await user.type(lastName, '<img src=x onerror=alert(1)>');
    await user.click(save());
    await screen.findByText('Your profile has been updated.');
    expect(summaryName()).toBe('سارا <img src=x onerror=alert(1)>');
    expect(document.querySelector('.fdk-profile-name')?.getAttribute('dir')).toBe('auto');
    expect(view.container.querySelector('img[onerror]')).toBeNull();
    expect(service.findUser(ANA.email)).toMatchObject({ first_name: 'سارا', last_name: '<img src=x onerror=alert(1)>' });
  });

  it('a double click saves once, aria-busy meanwhile', async () => {
    const { service, user, firstName, save } = await renderProfile();
    service.faults.inject('updateProfile', { type: 'latency', ms: 150 });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.dblClick(save());
    expect((await screen.findByRole('button', { name: 'Saving changes…' })).getAttribute('aria-busy')).toBe('true');
    await screen.findByText('Your profile has been updated.');
    expect(backend.count('updateProfile')).toBe(1);
  });

  it('shows the server’s 4xx message, keeps the values and puts focus back', async () => {
    const { service, user, firstName, save } = await renderProfile();
    service.faults.inject('updateProfile', { type: 'status', status: 400, body: { message: 'That name is not allowed.' } });
    await user.clear(firstName);
    await user.type(firstName, 'Admin');
    await user.click(save());
    expect((await screen.findByRole('alert')).textContent).toContain('That name is not allowed.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(valueOf(firstName)).toBe('Admin');
    await expectFocus(firstName);
  });

  it.each([
    ['an HTML error page', { type: 'html' } as const, 'We could not complete this right now'],
    ['invalid JSON', { type: 'invalidJson', status: 500 } as const, 'We could not complete this right now'],
    ['no connection', { type: 'drop' } as const, 'You seem to be offline'],
  ])('answers %s with a friendly message and keeps the values', async (_name, fault, text) => {
    const { service, user, firstName, save } = await renderProfile();
    service.faults.inject('updateProfile', fault);
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).not.toContain('<');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(valueOf(firstName)).toBe('Anaya');
  });
});

describe('ProfileScreen: layout and states', { timeout: 20_000 }, () => {
  it('shows only the chosen sections, in their order', async () => {
    const kit = await backend.start();
    kit.renderKit(<ProfileScreen sections={['sessions', 'emails']} />);
    await screen.findByRole('heading', { level: 2, name: 'Where you are signed in' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Where you are signed in', 'Email addresses']);
    expect(screen.queryByLabelText('First name')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('shows every section by default', async () => {
    const kit = await backend.start();
    kit.renderKit(<ProfileScreen />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your profile' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
        'Personal details',
        'Email addresses',
        'Mobile numbers',
        'Change password',
        'Where you are signed in',
      ]),
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('when nobody is signed in, says so and opens the sign-in dialog', async () => {
    const kit = await backend.start({ signedIn: false });
    kit.renderKit(<ProfileScreen />);
    expect(await screen.findByText('Sign in to see your profile.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
    await userEvent.type(await within(dialog).findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(within(dialog).getByLabelText('Password'), ANA.password);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(valueOf(screen.getByLabelText('First name'))).toBe('Ana'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('ProfileScreen: issue 13, case 15 (timers)', { timeout: 20_000 }, () => {
  it('unmounted while the replay after a sign-in is pending: the replay is cancelled, no save goes out', async () => {
    const { service, user, firstName, save, view, client, queryClient } = await renderProfile({}, { sections: ['profile'], signInDialog: false });
    service.faults.inject('updateProfile', { type: 'unauthorized' });
    await user.clear(firstName);
    await user.type(firstName, 'Anaya');
    await user.click(save());
    await screen.findByRole('button', { name: 'Sign in again' });
    expect(backend.count('updateProfile')).toBe(1);
    // The same shopper signs in again (the session cookie is back) …
    const { user: ana } = await client.loginWithEmailAndPassword({ body: { username: ANA.email, password: ANA.password } });
    act(() => {
      // … the cache learns it (the replay is deferred to a timer) and the page goes away before that timer runs.
      queryClient.setQueryData(userKeys.session(), ana);
      view.unmount();
    });
    await settle(100);
    expect(backend.count('updateProfile')).toBe(1);
    expect(service.findUser(ANA.email)?.first_name).toBe('Ana');
  });
});
