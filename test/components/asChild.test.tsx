import { createRef, forwardRef, version, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import * as Logout from '../../src/components/Logout';
import * as Login from '../../src/components/Login';
import * as Otp from '../../src/components/Otp';
import type { UserMethodName } from '../../src/client/methods';
import type { OtpTarget } from '../../src/flow/types';
import { createFakeUserKit, type FakeUserKit } from '../../src/testing/index';
import { platformPresets } from '../../src/testing/presets';
import { kitWrapper, TEST_BASE_URL, testClient, testQueryClient } from '../helpers/kit';
import { urlOf } from '../helpers/msw';
import type { UserClient } from '../../src/client/createUserClient';

const client = { options: {}, getPlatformConfig: vi.fn() } as unknown as UserClient;
const Wrapper = kitWrapper({ client, queryClient: testQueryClient(), initialConfig: platformPresets.default });

describe('button parts rendered asChild', () => {
  it('give an empty child their own label, and the part props', () => {
    render(
      <Wrapper>
        <Logout.Button asChild>
          <button className="mine" />
        </Logout.Button>
        <Login.Root>
          <Login.Submit asChild>
            <button className="mine-too" />
          </Login.Submit>
        </Login.Root>
      </Wrapper>,
    );
    const logout = screen.getByRole('button', { name: 'Sign out' });
    expect(logout.className).toBe('mine');
    expect(logout.getAttribute('aria-busy')).toBe('false');
    const submit = screen.getByRole('button', { name: 'Sign in' });
    expect(submit.getAttribute('type')).toBe('submit');
  });

  it('keep a child’s own content', () => {
    render(
      <Wrapper>
        <Logout.Button asChild>
          <button>Leave</button>
        </Logout.Button>
      </Wrapper>,
    );
    expect(screen.getByRole('button', { name: 'Leave' })).toBeDefined();
  });
});

/** The JSON bodies of the POST requests that reached the fake, by path (read back through MSW's events). */
const server = setupServer();
const backend: { kit: FakeUserKit } = { kit: createFakeUserKit({ baseUrl: TEST_BASE_URL, preset: 'passwordOnly' }) };
const bodies = new Map<string, unknown>();
server.events.on('request:start', async ({ request }) => {
  if (request.method === 'POST') bodies.set(new URL(request.url).pathname, await request.clone().json().catch(() => undefined));
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  backend.kit = createFakeUserKit({ baseUrl: TEST_BASE_URL, preset: 'passwordOnly' });
  server.resetHandlers(...backend.kit.handlers);
  bodies.clear();
});
afterAll(() => server.close());

async function bodyOf(method: UserMethodName) {
  const path = new URL(urlOf(method)).pathname;
  await waitFor(() => expect(bodies.has(path), `no ${method} request reached the fake`).toBe(true));
  return bodies.get(path);
}

/** A caller's input component that forwards its ref: the way to write one on React 18 (and still fine on 19). */
const ForwardingInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function ForwardingInput(props, ref) {
  return <input {...props} ref={ref} />;
});

/** A caller's input component that takes `ref` as a plain prop: React 19 only (React 18 never passes it). */
function RefPropInput({ ref, ...props }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input {...props} ref={ref} />;
}

const inputs = [
  { name: 'a forwardRef input', Input: ForwardingInput, react: 18 },
  { name: 'an input taking ref as a prop', Input: RefPropInput, react: 19 },
];

/** The texts of the elements an element's `aria-describedby` points to, in order. */
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

/** Renders inside a provider whose client talks to the fake (password-only config, so no captcha or method switch). */
function renderWithFake(ui: ReactNode) {
  const Wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient(), initialConfig: platformPresets.passwordOnly });
  return render(<Wrapper>{ui}</Wrapper>);
}

/** Asks the fake to send Ana's mobile a code; the target `Otp.Root` needs. */
async function sendOtp(): Promise<Extract<OtpTarget, { channel: 'mobile' }>> {
  const answer = await testClient().loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
  return { channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: answer.request_id!, resendTimer: answer.resend_timer, resendToken: answer.resend_token };
}

describe.each(inputs)('field parts rendered asChild around $name', ({ Input, react }) => {
  const runs = Number.parseInt(version, 10) >= react;

  it.runIf(runs)('register the input: what is typed is what the login request sends, and the child keeps its ref, handler and class', async () => {
    const ownRef = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const onSuccess = vi.fn();
    renderWithFake(
      <Login.Root view={undefined} onSuccess={onSuccess}>
        <Login.Identifier asChild>
          <Input ref={ownRef} className="mine" onChange={onChange} />
        </Login.Identifier>
        <Login.Password asChild>
          <Input />
        </Login.Password>
        <Login.Submit />
      </Login.Root>,
    );
    const identifier = screen.getByLabelText('Email or mobile number');
    expect(ownRef.current).toBe(identifier);
    expect(identifier.className).toBe('fdk-input mine');
    await userEvent.type(identifier, 'ana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await bodyOf('loginWithEmailAndPassword')).toEqual({ username: 'ana@example.com', password: 'Passw0rd!' });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledTimes('ana@example.com'.length);
  });

  it.runIf(runs)('register the OTP input: the typed code is what the verify request sends', async () => {
    const target = await sendOtp();
    const onSuccess = vi.fn();
    renderWithFake(
      <Otp.Root target={target} webOtp={false} onSuccess={onSuccess}>
        <Otp.Input asChild>
          <Input />
        </Otp.Input>
      </Otp.Root>,
    );
    const code = backend.kit.service.lastCode('+91 9876543210')!;
    await userEvent.type(screen.getByLabelText('One-time code'), code);
    expect(await bodyOf('verifyMobileOTP')).toEqual({ request_id: target.requestId, otp: code });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });
});

describe('handlers of a part rendered asChild', () => {
  it('still run when the child sets the same handler to undefined', async () => {
    renderWithFake(
      <Login.Root view={undefined}>
        <Login.Identifier asChild>
          <ForwardingInput onChange={undefined} onBlur={undefined} />
        </Login.Identifier>
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), 'ana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await bodyOf('loginWithEmailAndPassword')).toEqual({ username: 'ana@example.com', password: 'Passw0rd!' });
  });

  it('are skipped when the child’s handlers called preventDefault()', async () => {
    renderWithFake(
      <Login.Root view={undefined}>
        <Login.Identifier asChild>
          <ForwardingInput onChange={(event) => event.preventDefault()} onBlur={(event) => event.preventDefault()} />
        </Login.Identifier>
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), 'ana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    // react-hook-form never saw the identifier: the form refuses to send, and says the field is required.
    expect((await screen.findByText(/required/i)).id).toBe(screen.getByLabelText('Email or mobile number').getAttribute('aria-describedby'));
    expect(bodies.size).toBe(0);
  });
});

describe('aria-describedby of a part rendered asChild', () => {
  it('holds the field error id and the child’s own description id', async () => {
    renderWithFake(
      <Login.Root view={undefined}>
        <p id="my-hint">We never share it.</p>
        <Login.Identifier asChild>
          <ForwardingInput aria-describedby="my-hint" />
        </Login.Identifier>
        <Login.Submit />
      </Login.Root>,
    );
    const identifier = screen.getByLabelText('Email or mobile number');
    expect(describedBy(identifier)).toEqual(['We never share it.']);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(identifier.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(identifier)).toEqual([expect.stringMatching(/required/i), 'We never share it.']);
  });

  it('holds the OTP "sent to" hint id and the child’s own description id, each once', async () => {
    const target = await sendOtp();
    renderWithFake(
      <Otp.Root target={target} webOtp={false}>
        <p id="my-otp-hint">Six digits.</p>
        <Otp.Input asChild>
          <ForwardingInput aria-describedby="my-otp-hint my-otp-hint" />
        </Otp.Input>
      </Otp.Root>,
    );
    expect(describedBy(screen.getByLabelText('One-time code'))).toEqual([expect.stringContaining('+91 9876543210'), 'Six digits.']);
  });
});
