import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient } from '../../src/client/createUserClient';
import { FdkNetworkError, FdkUnauthorizedError } from '../../src/client/errors';
import { createFakeUserHandlers, createFakeUserService, fakeApplication, fakeUserMessages, type FakeUserService } from '../../src/testing/index';
import { rejectionOf } from './helpers';

const baseUrl = 'https://api.fake-fynd.test';
const server = setupServer();
let service: FakeUserService;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function useFake() {
  service = createFakeUserService({ generateCode: () => '4829' });
  server.use(...createFakeUserHandlers(service, { baseUrl }));
  // The kit's client as an app would make it: no custom fetch, no cookie handling of its own.
  return createUserClient({ baseUrl, ...fakeApplication, retry: 0 });
}

describe('createFakeUserHandlers with msw/node in jsdom', () => {
  it('signs in with a mobile OTP from the inbox and keeps the session across calls', async () => {
    const client = useFake();
    const sent = await client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
    expect(sent).toMatchObject({ success: true, resend_timer: 30, mobile: '9876543210', country_code: '91' });

    const inbox = (await (await fetch(`${baseUrl}/_fake/inbox?to=9876543210`)).json()) as { messages: { code: string; requestId: string; kind: string }[] };
    expect(inbox.messages).toHaveLength(1);
    expect(inbox.messages[0]).toMatchObject({ code: '4829', requestId: sent.request_id, kind: 'login-otp' });

    const verified = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '4829' } });
    expect(verified.user_exists).toBe(true);
    expect(verified.user?.first_name).toBe('Ana');

    const me = await client.getLoggedInUser();
    expect(me.user?.emails?.[0]?.email).toBe('ana@example.com');
    expect((await client.getListOfActiveSessions()).sessions).toEqual(['session_1']);

    expect(await client.logout()).toEqual({ logout: true });
    const error = await rejectionOf(client.getLoggedInUser());
    expect(error).toBeInstanceOf(FdkUnauthorizedError);
    expect((error as FdkUnauthorizedError).serverMessage).toBe(fakeUserMessages.notSignedIn);
  });

  it('mirrors the mocked session cookie into document.cookie (no HttpOnly in MSW mode)', async () => {
    const client = useFake();
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    expect(document.cookie).toMatch(/fdk_session=fake-\d+-1/);
    await client.logout();
    expect(document.cookie).not.toMatch(/fdk_session=/);
  });

  it('answers a dropped connection as a network error', async () => {
    const client = useFake();
    service.faults.inject('getPlatformConfig', { type: 'drop' });
    expect(await rejectionOf(client.getPlatformConfig())).toBeInstanceOf(FdkNetworkError);
    expect((await client.getPlatformConfig()).name).toBe('Fynd');
  });
});
