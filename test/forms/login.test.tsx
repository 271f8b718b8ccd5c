import { Profiler, type ReactNode } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Login } from '../../src/components/Login';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { platformPresets } from '../../src/testing/presets';
import { kitWrapper, testClient, testQueryClient } from '../helpers/kit';
import { fakeBackend } from './helpers';

const backend = fakeBackend();
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => backend.reset());
afterAll(() => backend.server.close());

function withKit(ui: ReactNode, extra: Parameters<typeof kitWrapper>[0] | object = {}) {
  const Wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient(), platformName: 'Fynd', ...extra });
  return render(<Wrapper>{ui}</Wrapper>);
}

describe('the login form in jsdom', () => {
  it('typing in a field re-renders no other part of the form', async () => {
    const renders: Record<string, number> = {};
    const count = (id: string) => () => {
      renders[id] = (renders[id] ?? 0) + 1;
    };
    withKit(
      <Profiler id="root" onRender={count('root')}>
        <Login.Root view={undefined}>
          <Profiler id="identifier" onRender={count('identifier')}>
            <Login.Identifier />
          </Profiler>
          <Profiler id="password" onRender={count('password')}>
            <Login.Password />
          </Profiler>
          <Profiler id="submit" onRender={count('submit')}>
            <Login.Submit />
          </Profiler>
        </Login.Root>
      </Profiler>,
    );
    const identifier = await screen.findByLabelText('Email or mobile number');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = { ...renders };
    await userEvent.type(identifier, 'ana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    expect(renders).toEqual(before);
    expect((identifier as HTMLInputElement).value).toBe('ana@example.com');
  });

  it('makes one request (the config) before the shopper can type, and none with initialConfig', async () => {
    withKit(<AuthScreen />);
    await screen.findByLabelText('Email or mobile number');
    expect(backend.requests).toEqual(['GET /service/application/user/platform/v1.0/config']);
  });

  it('makes no request at all before typing when the provider has the config', async () => {
    withKit(<AuthScreen />, { initialConfig: platformPresets.default });
    expect(screen.getByLabelText('Email or mobile number')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.requests).toEqual([]);
  });

  it('sends the password exactly as typed (spaces, emoji)', async () => {
    const onSuccess = vi.fn();
    withKit(
      <Login.Root view={undefined} onSuccess={onSuccess}>
        <Login.Identifier />
        <Login.Password />
        <Login.Error />
        <Login.Submit />
      </Login.Root>,
      { initialConfig: platformPresets.passwordOnly },
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), 'ben@example.com');
    await userEvent.type(screen.getByLabelText('Password'), '  pass word 🙂  ');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('alert');
    const body = await lastBody('/service/application/user/authentication/v1.0/login/password');
    expect(body).toEqual({ username: 'ben@example.com', password: '  pass word 🙂  ' });
  });

  it('switching between password and OTP keeps the identifier', async () => {
    withKit(
      <Login.Root view={undefined}>
        <Login.MethodSwitch />
        <Login.Identifier />
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
      { initialConfig: platformPresets.default },
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), '9876543210');
    await userEvent.click(screen.getByRole('button', { name: 'One-time code' }));
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect((screen.getByLabelText('Email or mobile number') as HTMLInputElement).value).toBe('9876543210');
    expect(screen.getByRole('button', { name: 'Send code' })).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Password' }));
    expect((screen.getByLabelText('Email or mobile number') as HTMLInputElement).value).toBe('9876543210');
  });
});

/** The JSON body of the last request to `path` that reached the fake (read back through MSW's events). */
const bodies = new Map<string, unknown>();
backend.server.events.on('request:start', async ({ request }) => {
  if (request.method === 'POST') bodies.set(new URL(request.url).pathname, await request.clone().json().catch(() => undefined));
});
async function lastBody(path: string) {
  await waitFor(() => expect(bodies.has(path)).toBe(true));
  return bodies.get(path);
}
