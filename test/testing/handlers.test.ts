import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient } from '../../src/client/createUserClient';
import { FdkRateLimitError } from '../../src/client/errors';
import { createFakeUserHandlers, createFakeUserService, fakeApplication } from '../../src/testing/index';
import { rejectionOf } from './helpers';

// msw/node in plain Node (no document, no cookie jar in fetch): the handler set keeps the session.
const service = createFakeUserService({ generateCode: () => '6060' });
const server = setupServer(...createFakeUserHandlers(service));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('createFakeUserHandlers with msw/node in Node', () => {
  it('matches any origin by default and keeps the session between calls', async () => {
    const client = createUserClient({ baseUrl: 'https://shop.example.com', ...fakeApplication, retry: 0 });
    await client.sendOTPOnEmail({ body: { email: 'ben@example.com' } });
    const inbox = (await (await fetch('https://anything.example/_fake/inbox?to=ben@example.com')).json()) as { messages: { code: string }[] };
    expect(inbox.messages.map((message) => message.code)).toEqual(['6060']);
    expect(await rejectionOf(client.sendOTPOnEmail({ body: { email: 'ben@example.com' } }))).toBeInstanceOf(FdkRateLimitError);

    await client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: '6060' } });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Ben');
    expect(await client.hasPassword()).toEqual({ result: false });
    expect(service.sessionsOf('ben@example.com')).toEqual(['session_1']);
  });

  it('writes links on the origin the request was sent to', async () => {
    const client = createUserClient({ baseUrl: 'https://shop.example.com', ...fakeApplication, retry: 0 });
    await client.sendResetPasswordEmail({ body: { email: 'ana@example.com' } });
    const message = service.lastMessage('ana@example.com', 'reset-password');
    expect(message?.link).toBe(`https://shop.example.com/auth/set-password?code=${message?.code}`);
  });

  it('answers 404 JSON for an unknown user path', async () => {
    const response = await fetch('https://shop.example.com/service/application/user/unknown/v1.0/x');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'No route for GET /service/application/user/unknown/v1.0/x' });
  });
});
