import { afterEach, describe, expect, it } from 'vitest';
import { FdkUnauthorizedError } from '../../src/client/errors';
import { fakeUserMessages, platformPresetNames, platformPresets, startFakeUserServer, type FakeUserServer, type FakeUserServerOptions } from '../../src/testing/index';
import { fakeClient, manualClock, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function signedIn(options: FakeUserServerOptions) {
  fake = await startFakeUserServer(options);
  const client = fakeClient(fake.url);
  await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
  return { fake, client };
}

describe('session lifetime (flows.md F16)', () => {
  it('every preset carries session_config; the default is 30 days, rolling', () => {
    for (const name of platformPresetNames) expect(platformPresets[name].session_config, name).toEqual({ duration: 30, is_rolling: true, type: 'Days' });
  });

  it('a rolling session lasts 30 days from the last request', async () => {
    const clock = manualClock();
    const { fake, client } = await signedIn({ now: clock.now });
    for (let week = 0; week < 8; week += 1) {
      clock.advance(29 * DAY);
      expect((await client.getLoggedInUser()).user?.first_name).toBe('Ana');
    }
    clock.advance(30 * DAY);
    const error = await rejectionOf(client.getLoggedInUser());
    expect(error).toBeInstanceOf(FdkUnauthorizedError);
    expect(error).toMatchObject({ status: 401, serverMessage: fakeUserMessages.notSignedIn });
    expect(fake.service.sessionsOf('ana@example.com')).toEqual([]);
  });

  it('a request that needs no session extends a rolling one too', async () => {
    const clock = manualClock();
    const { client } = await signedIn({ now: clock.now, preset: { ...platformPresets.default, session_config: { duration: 2, is_rolling: true, type: 'Hours' } } });
    clock.advance(HOUR + HOUR / 2);
    await client.getPlatformConfig();
    clock.advance(HOUR + HOUR / 2);
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Ana');
  });

  it('a session that does not roll ends after its duration whatever the requests, and answers 401 like none', async () => {
    const clock = manualClock();
    const { fake, client } = await signedIn({ now: clock.now, preset: { ...platformPresets.default, session_config: { duration: 90, is_rolling: false, type: 'Minutes' } } });
    const other = fakeClient(fake.url);
    clock.advance(60 * 60_000);
    await other.loginWithEmailAndPassword({ body: { username: '9876543210', password: 'Passw0rd!' } });
    expect((await client.getListOfActiveSessions()).sessions).toEqual(['session_1', 'session_2']);
    clock.advance(30 * 60_000 - 1);
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Ana');
    clock.advance(1);
    expect(await rejectionOf(client.getLoggedInUser())).toMatchObject({ status: 401, serverMessage: fakeUserMessages.notSignedIn });
    expect((await other.getListOfActiveSessions()).sessions).toEqual(['session_2']);
  });

  it('a preset without session_config keeps sessions on', async () => {
    const clock = manualClock();
    const { session_config: _dropped, ...endless } = platformPresets.default;
    const { client } = await signedIn({ now: clock.now, preset: endless });
    clock.advance(3650 * DAY);
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Ana');
  });
});
