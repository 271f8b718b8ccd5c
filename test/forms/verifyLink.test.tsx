import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { messages, userKeys, useVerifyLink, type VerifyLinkOptions } from '../../src/index';
import { setupFakeKit, type StartedKit } from '../helpers/kit';

/*
 * The landing of a link from an email or an SMS (flows.md F13): the code is checked once on arrival; a used,
 * expired or unknown link is `invalid`; a network or server failure is `error`, with `retry`.
 */

const fake = setupFakeKit();

/** Ana adds an address; the fake sends its verification link. Returns the link's code. */
async function emailLinkCode(kit: StartedKit, email = 'ana.new@example.com'): Promise<string> {
  await kit.client.addEmail({ body: { email } });
  const code = kit.service.lastCode(email, 'verify-email');
  if (!code) throw new Error('no verification link');
  fake.wire.length = 0;
  return code;
}

function renderLanding(kit: StartedKit, options: VerifyLinkOptions, strict = false) {
  const Wrapper = kit.wrapper;
  const wrapper = strict ? ({ children }: { children: ReactNode }) => <StrictMode><Wrapper>{children}</Wrapper></StrictMode> : Wrapper;
  return renderHook((props: VerifyLinkOptions) => useVerifyLink(props), { wrapper, initialProps: options });
}

describe('useVerifyLink', { timeout: 20_000 }, () => {
  it('a valid email link: checking, then verified, with one verifyEmail call', async () => {
    const kit = await fake.start();
    const code = await emailLinkCode(kit);
    const { result } = renderLanding(kit, { kind: 'email', code });
    expect(result.current.status).toBe('checking');
    await waitFor(() => expect(result.current.status).toBe('verified'));
    expect(result.current.error).toBeUndefined();
    expect(fake.bodies('verifyEmail')).toEqual([{ code }]);
    expect(kit.service.findUser('ana@example.com')?.emails?.find((item) => item.email === 'ana.new@example.com')).toMatchObject({ verified: true });
  });

  it('makes one request even under StrictMode (effects run twice; a link works only once)', async () => {
    const kit = await fake.start();
    const code = await emailLinkCode(kit);
    const { result } = renderLanding(kit, { kind: 'email', code }, true);
    await waitFor(() => expect(result.current.status).toBe('verified'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.count('verifyEmail')).toBe(1);
  });

  it('a link already used is invalid, with the server’s reason', async () => {
    const kit = await fake.start();
    const code = await emailLinkCode(kit);
    await kit.client.verifyEmail({ body: { code } });
    const { result } = renderLanding(kit, { kind: 'email', code });
    await waitFor(() => expect(result.current.status).toBe('invalid'));
    expect(result.current.error).toMatchObject({ kind: 'rejected', retryable: false });
  });

  it('a missing code is invalid at once, and sends nothing', async () => {
    const kit = await fake.start({ signedIn: false });
    const { result } = renderLanding(kit, { kind: 'mobile', code: null });
    expect(result.current.status).toBe('invalid');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls()).toEqual([]);
  });

  it('a network failure is an error with retry; the retry verifies', async () => {
    const kit = await fake.start();
    const code = await emailLinkCode(kit);
    kit.service.faults.inject('verifyEmail', { type: 'drop' });
    const { result } = renderLanding(kit, { kind: 'email', code });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'network', message: messages.errorOffline, retryable: true });
    act(() => result.current.retry());
    expect(result.current.status).toBe('checking');
    await waitFor(() => expect(result.current.status).toBe('verified'));
    expect(fake.count('verifyEmail')).toBe(2);
  });

  it('a 5xx is an error (not invalid): the link may still work', async () => {
    const kit = await fake.start();
    const code = await emailLinkCode(kit);
    kit.service.faults.inject('verifyEmail', { type: 'status', status: 503, body: { message: 'Down for maintenance' } });
    const { result } = renderLanding(kit, { kind: 'email', code });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'server', message: messages.errorServer });
  });

  it('a login link signs in and calls onSignedIn once with the safe redirect', async () => {
    const kit = await fake.start({ signedIn: false });
    const token = kit.service.issueLoginToken('ana@example.com');
    const onSignedIn = vi.fn();
    const { result } = renderLanding(kit, { kind: 'login', code: token, redirectTo: '/orders', onSignedIn }, true);
    await waitFor(() => expect(result.current.status).toBe('verified'));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ redirect: '/orders', user: { first_name: 'Ana' } });
    expect(fake.count('loginWithToken')).toBe(1);
    expect(kit.queryClient.getQueryData(userKeys.session())).toMatchObject({ first_name: 'Ana' });
  });
});
