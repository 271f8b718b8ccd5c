import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { KnownContact } from '../../src/flow/types';
import { CompleteProfile, messages, type CompleteProfileRootProps } from '../../src/index';
import { fakeSocialToken, fakeUserMessages, platformPresets, type PlatformPresetName } from '../../src/testing/index';
import { descriptionOf, valueOf } from '../helpers/dom';
import { setupFakeKit, type FakeKitStart, type StartedKit } from '../helpers/kit';
import { codeSentTo, sendLoginOtp } from './helpers';

/*
 * The complete-profile step of a new shopper (flows.md F6, F7): `updateProfile({ register_token, … })` without a
 * session, the fields the application's required_fields ask for (hard must be given, soft may be left out),
 * never the contact the OTP or social step proved.
 */

const fake = setupFakeKit();

async function start(preset: PlatformPresetName, options: FakeKitStart = {}) {
  return fake.start({ signedIn: false, preset, ...options, provider: { initialConfig: platformPresets[preset] } });
}

/** A new number's OTP sign-in: its register_token, and what it proved. */
async function newNumber(kit: StartedKit, mobile = '9000000001'): Promise<{ registerToken: string; known: KnownContact }> {
  const target = await sendLoginOtp(kit, mobile);
  const answer = await kit.client.verifyMobileOTP({ body: { request_id: target.requestId, otp: codeSentTo(kit.service, `+91 ${mobile}`) } });
  if (!answer.register_token) throw new Error('no register_token');
  fake.wire.length = 0;
  return { registerToken: answer.register_token, known: { mobile, countryCode: '91' } };
}

/** A new Google shopper: its register_token, and what the provider proved. */
async function newGoogleShopper(kit: StartedKit, email = 'zoe@example.com'): Promise<{ registerToken: string; known: KnownContact }> {
  const answer = await kit.client.loginWithGoogle({ body: { oauth2: { access_token: fakeSocialToken('google', email) }, profile: { email, first_name: 'Zoe', last_name: 'Park' } } });
  if (!answer.register_token) throw new Error('no register_token');
  fake.wire.length = 0;
  return { registerToken: answer.register_token, known: { email, first_name: 'Zoe', last_name: 'Park' } };
}

function renderForm(kit: StartedKit, props: CompleteProfileRootProps) {
  return kit.renderKit(
    <CompleteProfile.Root {...props}>
      <CompleteProfile.Known />
      <CompleteProfile.Field name="first_name" />
      <CompleteProfile.Field name="last_name" />
      <CompleteProfile.Field name="gender" />
      <CompleteProfile.Field name="email" />
      <CompleteProfile.Field name="mobile" />
      <CompleteProfile.Error />
      <CompleteProfile.Submit />
    </CompleteProfile.Root>,
  );
}

describe('useCompleteProfileForm and CompleteProfile', { timeout: 20_000 }, () => {
  it('asks a hard field as required and sends nothing while it is empty; the proven number is not asked', async () => {
    const kit = await start('hardRequiredEmailAndMobile');
    const ticket = await newNumber(kit);
    renderForm(kit, ticket);
    expect(screen.getByText('+91 9000000001')).toBeTruthy();
    expect(screen.queryByLabelText(/Mobile number/)).toBeNull();
    const email = screen.getByLabelText('Email address');
    expect(email.getAttribute('aria-required')).toBe('true');
    expect(screen.getByLabelText(/Gender/).closest('.fdk-field')?.textContent).toContain(messages.commonOptional);
    await userEvent.type(screen.getByLabelText('First name'), 'Zoe');
    await userEvent.type(screen.getByLabelText('Last name'), 'Park');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(email)).toBe(messages.validationRequired);
    expect(fake.count('updateProfile')).toBe(0);
  });

  it('a soft field may be left out: sent without it, with the register_token, and the new shopper is signed in', async () => {
    const kit = await start('default');
    const ticket = await newGoogleShopper(kit);
    const onNext = vi.fn();
    const onSuccess = vi.fn();
    renderForm(kit, { ...ticket, onNext, onSuccess });
    // The names the provider gave are filled in; the proven email is not asked.
    expect(valueOf(screen.getByLabelText('First name'))).toBe('Zoe');
    expect(screen.queryByLabelText(/Email address/)).toBeNull();
    const mobile = screen.getByLabelText(/^Mobile number/);
    expect(mobile.getAttribute('aria-required')).toBe('false');
    expect(descriptionOf(mobile)).toBe(messages.registerSoftFieldHint);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(fake.bodies('updateProfile')).toEqual([{ register_token: ticket.registerToken, first_name: 'Zoe', last_name: 'Park' }]);
    expect(onNext).toHaveBeenCalledWith({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Zoe' }) });
    expect(kit.service.findUser('zoe@example.com')).toBeTruthy();
  });

  it('a new email with link verification goes on to emailLinkSent (the account exists, signed in)', async () => {
    const kit = await start('default', { emailVerification: 'link' });
    const ticket = await newNumber(kit);
    const onNext = vi.fn();
    renderForm(kit, { ...ticket, onNext });
    await userEvent.type(screen.getByLabelText('First name'), 'Zoe');
    await userEvent.type(screen.getByLabelText('Last name'), 'Park');
    await userEvent.type(screen.getByLabelText('Email address'), 'zoe@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(onNext.mock.calls[0]![0]).toEqual({ type: 'emailLinkSent', email: 'zoe@example.com', user: expect.objectContaining({ first_name: 'Zoe' }) });
    expect(fake.bodies('updateProfile')).toEqual([{ register_token: ticket.registerToken, first_name: 'Zoe', last_name: 'Park', email: 'zoe@example.com' }]);
    expect(kit.service.lastMessage('zoe@example.com', 'verify-email')).toBeTruthy();
  });

  it('a new email with code verification goes on to verify it (verificationRequired, with its resend token)', async () => {
    const kit = await start('default');
    const ticket = await newNumber(kit);
    const onNext = vi.fn();
    renderForm(kit, { ...ticket, onNext });
    await userEvent.type(screen.getByLabelText('First name'), 'Zoe');
    await userEvent.type(screen.getByLabelText('Last name'), 'Park');
    await userEvent.type(screen.getByLabelText('Email address'), 'zoe@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(onNext.mock.calls[0]![0]).toEqual({
      type: 'verificationRequired',
      verification: {
        registerToken: ticket.registerToken,
        mobile: undefined,
        email: { channel: 'email', email: 'zoe@example.com', resendToken: expect.stringMatching(/.+/), registerToken: ticket.registerToken },
      },
    });
  });

  it('an email another account uses: the server’s message, the values kept', async () => {
    const kit = await start('default');
    const ticket = await newNumber(kit);
    renderForm(kit, ticket);
    await userEvent.type(screen.getByLabelText('First name'), 'Zoe');
    await userEvent.type(screen.getByLabelText('Last name'), 'Park');
    await userEvent.type(screen.getByLabelText('Email address'), 'ana@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain(fakeUserMessages.emailTaken);
    expect(valueOf(screen.getByLabelText('Email address'))).toBe('ana@example.com');
    expect(valueOf(screen.getByLabelText('First name'))).toBe('Zoe');
  });
});
