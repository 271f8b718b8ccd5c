import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmailList, PhoneList } from '../../src/index';
import { fakeSeedUsers, fakeUserMessages, type FakeSeedUser } from '../../src/testing/index';
import { ANA, descriptionOf, expectFocus, setupFakeBackend, valueOf } from './helpers';

const backend = setupFakeBackend();

const emails = (
  <EmailList.Root>
    <EmailList.Status />
    <EmailList.Items />
    <EmailList.Add />
  </EmailList.Root>
);
const phones = (
  <PhoneList.Root>
    <PhoneList.Status />
    <PhoneList.Items />
    <PhoneList.Add />
  </PhoneList.Root>
);

/** Ana with more email addresses (`verified` true unless said). */
const anaWith = (extra: NonNullable<FakeSeedUser['emails']>): FakeSeedUser[] => [
  { ...fakeSeedUsers[0]!, emails: [...fakeSeedUsers[0]!.emails!, ...extra] },
  fakeSeedUsers[1]!,
];

const LABEL = { selector: '.fdk-contact-label' };
const entry = (label: string) => screen.getByText(label, LABEL).closest('li')!;
const button = (name: RegExp | string) => screen.getByRole('button', { name });

describe('EmailList against the fake service', { timeout: 20_000 }, () => {
  it('adding an address another account uses shows the 409 message and keeps what was typed', async () => {
    const { renderKit } = await backend.start();
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText(ANA.email, LABEL);
    const field = screen.getByLabelText('Email address');
    await user.type(field, 'ben@example.com');
    await user.click(button('Add email address'));
    expect((await screen.findByRole('alert')).textContent).toContain(fakeUserMessages.emailTaken);
    expect(valueOf(field)).toBe('ben@example.com');
    await expectFocus(field);
    expect(backend.count('addEmail')).toBe(1);
  });

  it('adding an address already on the account is refused before any request', async () => {
    const { renderKit } = await backend.start();
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText(ANA.email, LABEL);
    const field = screen.getByLabelText('Email address');
    await user.type(field, ' ANA@example.com');
    await user.click(button('Add email address'));
    await expectFocus(field);
    expect(descriptionOf(field)).toBe('You have already added this email address.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(backend.count('addEmail')).toBe(0);
  });

  it('the primary address cannot be removed: the button says why and sends nothing', async () => {
    const { renderKit } = await backend.start();
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText(ANA.email, LABEL);
    const remove = button(`Remove ${ANA.email}`);
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(remove)).toBe('This is your primary email address. Make another one primary before removing it.');
    await user.click(remove);
    expect(screen.queryByRole('group', { name: /Remove this email address/ })).toBeNull();
    expect(backend.count('deleteEmail')).toBe(0);
  });

  it('adds an address unverified, verifies it with the code from the link, makes it primary, removes the old one', async () => {
    const { renderKit, service } = await backend.start();
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText(ANA.email, LABEL);
    await user.type(screen.getByLabelText('Email address'), 'ana.new@example.com');
    await user.click(button('Add email address'));
    expect(await screen.findByText('ana.new@example.com has been added.')).toBeTruthy();
    expect(valueOf(screen.getByLabelText('Email address'))).toBe('');

    const added = entry('ana.new@example.com');
    expect(within(added).getByText('Not verified')).toBeTruthy();
    // A link was sent on adding: "Send verification link" waits for its countdown.
    const resend = within(added).getByRole('button', { name: /^Send again in \d+s ana\.new@example\.com$/ });
    expect(resend.getAttribute('aria-disabled')).toBe('true');
    await user.click(resend);
    expect(backend.count('sendVerificationLinkToEmail')).toBe(0);
    // Only a verified address can become primary: disabled, with the reason.
    const primary = within(added).getByRole('button', { name: 'Make primary ana.new@example.com' });
    expect(primary.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(primary)).toBe('Verify this email address before making it primary.');
    await user.click(primary);
    expect(backend.count('setEmailAsPrimary')).toBe(0);

    const code = within(added).getByLabelText('Code from the link ana.new@example.com');
    await user.type(code, 'wrong-code');
    await user.click(within(added).getByRole('button', { name: 'Verify ana.new@example.com' }));
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(code)).toContain(fakeUserMessages.invalidCode);
    await user.clear(code);
    await user.type(code, service.lastCode('ana.new@example.com', 'verify-email')!);
    await user.click(within(added).getByRole('button', { name: 'Verify ana.new@example.com' }));
    expect(await screen.findByText('ana.new@example.com is now verified.')).toBeTruthy();
    await waitFor(() => expect(within(entry('ana.new@example.com')).getByText('Verified')).toBeTruthy());

    await user.click(button('Make primary ana.new@example.com'));
    expect(await screen.findByText('ana.new@example.com is now your primary email address.')).toBeTruthy();
    expect(within(entry('ana.new@example.com')).getByText('Primary')).toBeTruthy();

    const removeOld = button(`Remove ${ANA.email}`);
    expect(removeOld.getAttribute('aria-disabled')).toBe('false');
    await user.click(removeOld);
    const confirm = screen.getByRole('group', { name: 'Remove this email address?' });
    expect(descriptionOf(confirm)).toBe(`You will no longer be able to sign in with ${ANA.email}.`);
    await expectFocus(within(confirm).getByRole('button', { name: 'Remove email address' }));
    await user.click(within(confirm).getByRole('button', { name: 'Remove email address' }));
    expect(await screen.findByText(`${ANA.email} has been removed.`)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(ANA.email, LABEL)).toBeNull());
    expect(service.findUser('ana.new@example.com')?.emails).toEqual([{ email: 'ana.new@example.com', primary: true, verified: true, active: true }]);
  });

  it('Cancel (or Escape) closes the confirm step and gives focus back to Remove', async () => {
    const { renderKit } = await backend.start({ seed: anaWith([{ email: 'ana.work@example.com' }]) });
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText('ana.work@example.com', LABEL);
    const remove = button('Remove ana.work@example.com');
    await user.click(remove);
    expect(remove.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await expectFocus(remove);
    await user.click(remove);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Remove this email address?' })).toBeNull();
    await expectFocus(remove);
    expect(backend.count('deleteEmail')).toBe(0);
  });

  it('a second removal while the first is pending works, and the same entry cannot be removed twice', async () => {
    const { renderKit, service } = await backend.start({ seed: anaWith([{ email: 'two@example.com' }, { email: 'three@example.com' }]) });
    service.faults.inject('deleteEmail', { type: 'latency', ms: 300 }, { times: 2 });
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText('two@example.com', LABEL);

    await user.click(button('Remove two@example.com'));
    await user.click(button('Remove email address'));
    const pending = await screen.findByRole('button', { name: 'Removing… two@example.com' });
    expect(pending.getAttribute('aria-busy')).toBe('true');
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    await user.click(pending);
    expect(screen.queryByRole('group', { name: 'Remove this email address?' })).toBeNull();

    await user.click(button('Remove three@example.com'));
    await user.click(button('Remove email address'));
    await screen.findByRole('button', { name: 'Removing… three@example.com' });

    await waitFor(() => expect(screen.queryByText('two@example.com', LABEL)).toBeNull());
    await waitFor(() => expect(screen.queryByText('three@example.com', LABEL)).toBeNull());
    expect(screen.getByText(ANA.email, LABEL)).toBeTruthy();
    expect(backend.count('deleteEmail')).toBe(2);
    expect(service.findUser(ANA.email)?.emails?.map((item) => item.email)).toEqual([ANA.email]);
  });

  it('a failed removal brings the entry back and says why', async () => {
    const { renderKit, service } = await backend.start({ seed: anaWith([{ email: 'two@example.com' }]) });
    service.faults.inject('deleteEmail', { type: 'status', status: 500, body: { message: 'down' } });
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText('two@example.com', LABEL);
    await user.click(button('Remove two@example.com'));
    await user.click(button('Remove email address'));
    expect((await screen.findByRole('alert')).textContent).toContain('We could not complete this right now');
    expect(button('Remove two@example.com').getAttribute('aria-busy')).toBe('false');
  });

  it('sends a verification link to an unverified address, then waits 30 s before another', async () => {
    const { renderKit, service } = await backend.start({ seed: anaWith([{ email: 'old@example.com', verified: false }]) });
    renderKit(emails);
    const user = userEvent.setup({ delay: null });
    await screen.findByText('old@example.com', LABEL);
    await user.click(button('Send verification link old@example.com'));
    expect(await screen.findByText('We sent a verification link to old@example.com.')).toBeTruthy();
    expect(service.lastMessage('old@example.com', 'verify-email')).toBeTruthy();
    const again = await screen.findByRole('button', { name: /^Send again in (30|29)s old@example\.com$/ });
    expect(again.getAttribute('aria-disabled')).toBe('true');
    await user.click(again);
    expect(backend.count('sendVerificationLinkToEmail')).toBe(1);
  });
});

describe('PhoneList against the fake service', { timeout: 20_000 }, () => {
  it('adds a number unverified and verifies it with the code from the link', async () => {
    const { renderKit, service } = await backend.start();
    renderKit(phones);
    const user = userEvent.setup({ delay: null });
    await screen.findByText('+91 9876543210', LABEL);
    expect(button('Remove +91 9876543210').getAttribute('aria-disabled')).toBe('true');
    await user.type(screen.getByLabelText('Mobile number'), '91234 56780');
    await user.click(button('Add mobile number'));
    expect(await screen.findByText('+91 9123456780 has been added.')).toBeTruthy();
    const added = entry('+91 9123456780');
    expect(within(added).getByText('Not verified')).toBeTruthy();
    await user.type(within(added).getByLabelText(/Code from the link/), service.lastCode('9123456780', 'verify-mobile')!);
    await user.click(within(added).getByRole('button', { name: /^Verify / }));
    expect(await screen.findByText('+91 9123456780 is now verified.')).toBeTruthy();
    await waitFor(() => expect(within(entry('+91 9123456780')).getByText('Verified')).toBeTruthy());
    expect(service.findUser(ANA.email)?.phone_numbers?.find((item) => item.phone === '9123456780')).toMatchObject({ verified: true, primary: false });
  });

  it('a number already on the account is refused before any request', async () => {
    const { renderKit } = await backend.start();
    renderKit(phones);
    const user = userEvent.setup({ delay: null });
    await screen.findByText('+91 9876543210', LABEL);
    const field = screen.getByLabelText('Mobile number');
    await user.type(field, '98765-43210');
    await user.click(button('Add mobile number'));
    await expectFocus(field);
    expect(descriptionOf(field)).toBe('You have already added this mobile number.');
    expect(backend.count('addMobileNumber')).toBe(0);
  });

  it('the last verified contact cannot be removed (emails and numbers count together)', async () => {
    const kit = await backend.start({
      seed: [
        {
          first_name: 'Solo',
          password: ANA.password,
          emails: [{ email: 'solo@example.com', primary: true, verified: false }],
          phone_numbers: [{ country_code: 91, phone: '9111111111', primary: false, verified: true }],
        },
      ],
      signedIn: false,
    });
    await kit.client.loginWithEmailAndPassword({ body: { username: 'solo@example.com', password: ANA.password } });
    kit.renderKit(phones);
    await screen.findByText('+91 9111111111', LABEL);
    const remove = button('Remove +91 9111111111');
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(remove)).toBe('You need at least one email address or mobile number to sign in.');
    await userEvent.click(remove);
    expect(backend.count('deleteMobileNumber')).toBe(0);
  });
});
