import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CompleteProfile, Login, Otp, Register } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { settle, valueOf } from '../helpers/dom';
import { setupFakeKit } from '../helpers/kit';
import { sendLoginOtp } from './helpers';

/*
 * Typing in a field re-renders nothing but the browser's own input: the kit's inputs are uncontrolled, so no part
 * of the form (not the root, not the other fields, not the submit button) renders again on a keystroke.
 */

const fake = setupFakeKit();

/** Counts the renders of each wrapped part. */
function renderCounter() {
  const renders: Record<string, number> = {};
  const Counted = ({ id, children }: { id: string; children: ReactNode }) => (
    <Profiler
      id={id}
      onRender={() => {
        renders[id] = (renders[id] ?? 0) + 1;
      }}
    >
      {children}
    </Profiler>
  );
  return { renders, Counted };
}

const start = () => fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });

describe('typing re-renders nothing but the input', { timeout: 20_000 }, () => {
  it('the login form', async () => {
    const { renders, Counted } = renderCounter();
    const kit = await start();
    kit.renderKit(
      <Counted id="root">
        <Login.Root>
          <Counted id="identifier">
            <Login.Identifier />
          </Counted>
          <Counted id="password">
            <Login.Password />
          </Counted>
          <Counted id="submit">
            <Login.Submit />
          </Counted>
        </Login.Root>
      </Counted>,
    );
    const identifier = screen.getByLabelText('Email or mobile number');
    await settle();
    const before = { ...renders };
    expect(before.root).toBeGreaterThan(0);
    await userEvent.type(identifier, 'ana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    expect(renders).toEqual(before);
    expect(valueOf(identifier)).toBe('ana@example.com');
  });

  it('the registration form', async () => {
    const { renders, Counted } = renderCounter();
    const kit = await start();
    kit.renderKit(
      <Counted id="root">
        <Register.Root>
          <Counted id="first">
            <Register.Field name="first_name" />
          </Counted>
          <Counted id="email">
            <Register.Field name="email" />
          </Counted>
          <Counted id="password">
            <Register.Field name="password" />
          </Counted>
          <Counted id="submit">
            <Register.Submit />
          </Counted>
        </Register.Root>
      </Counted>,
    );
    await settle();
    const before = { ...renders };
    await userEvent.type(screen.getByLabelText('First name'), 'Zoe');
    await userEvent.type(screen.getByLabelText('Email address'), 'zoe@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Zo3#secret');
    expect(renders).toEqual(before);
  });

  it('the complete-profile form', async () => {
    const { renders, Counted } = renderCounter();
    const kit = await start();
    kit.renderKit(
      <Counted id="root">
        <CompleteProfile.Root registerToken="reg-token" known={{ mobile: '9000000001', countryCode: '91' }}>
          <Counted id="first">
            <CompleteProfile.Field name="first_name" />
          </Counted>
          <Counted id="email">
            <CompleteProfile.Field name="email" />
          </Counted>
          <Counted id="submit">
            <CompleteProfile.Submit />
          </Counted>
        </CompleteProfile.Root>
      </Counted>,
    );
    await settle();
    const before = { ...renders };
    await userEvent.type(screen.getByLabelText('First name'), 'Zoe');
    await userEvent.type(screen.getByLabelText('Email address'), 'zoe@example.com');
    expect(renders).toEqual(before);
  });

  it('the code step (without a countdown running)', async () => {
    const { renders, Counted } = renderCounter();
    const kit = await start();
    const target = await sendLoginOtp(kit);
    kit.renderKit(
      <Counted id="root">
        <Otp.Root target={{ ...target, resendTimer: 0 }} autoSubmit={false}>
          <Counted id="input">
            <Otp.Input />
          </Counted>
          <Counted id="submit">
            <Otp.Submit />
          </Counted>
        </Otp.Root>
      </Counted>,
    );
    await settle();
    const input = screen.getByLabelText('One-time code');
    input.focus();
    await settle();
    const before = { ...renders };
    await userEvent.type(input, '123');
    expect(renders).toEqual(before);
    expect(valueOf(input)).toBe('123');
  });
});

describe('a running countdown', { timeout: 20_000 }, () => {
  it('re-renders the code form once a second, not on every tick of its clock', async () => {
    const { renders, Counted } = renderCounter();
    const kit = await start();
    const target = await sendLoginOtp(kit);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      kit.renderKit(
        <Counted id="root">
          <Otp.Root target={target} autoSubmit={false}>
            <Otp.Input />
            <Otp.Resend />
          </Otp.Root>
        </Counted>,
      );
      expect(screen.getByRole('button', { name: /^Resend code in 30s$/ })).toBeTruthy();
      const before = renders.root ?? 0;
      // Tick by tick (one commit each), 3 seconds of the countdown's 250 ms clock.
      for (let tick = 0; tick < 12; tick += 1) act(() => vi.advanceTimersByTime(250));
      expect(screen.getByRole('button', { name: /^Resend code in 27s$/ })).toBeTruthy();
      expect((renders.root ?? 0) - before).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
