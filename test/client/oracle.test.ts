import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userMethodNames, type UserMethodName } from '../../src/index';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from '../helpers/recordingServer';
import { sampleArgs } from '../helpers/sampleArgs';
import { createSdkUserClient } from '../helpers/officialSdk';
import { expectedSignatureOf } from '../helpers/referenceSigner';
import { APP_ID, APP_TOKEN, EXPECTED_AUTHORIZATION, callMethod, clientFor, endpointOf, expectedWireQuery, header } from '../helpers/clientKit';

/*
 * The official SDK (@gofynd/fdk-client-javascript 1.0.0) as an oracle: the same call made by the SDK and by the
 * kit, against the same recording server, must put the same request on the wire.
 */

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

/** Calls the method with the SDK, then with the kit; returns the two recorded requests. */
async function both(name: UserMethodName, args: unknown = sampleArgs[name]): Promise<{ sdk: RecordedRequest; ours: RecordedRequest }> {
  const sdk = createSdkUserClient({ domain: server.origin, applicationID: APP_ID, applicationToken: APP_TOKEN });
  await sdk[name](args);
  await callMethod(clientFor(server), name, args);
  expect(server.requests).toHaveLength(2);
  const [sdkRequest, ourRequest] = server.requests;
  if (!sdkRequest || !ourRequest) throw new Error('missing requests');
  return { sdk: sdkRequest, ours: ourRequest };
}

describe.each(userMethodNames)('%s: the kit sends what the official SDK sends', (name: UserMethodName) => {
  it('same method, path, query, JSON body and Authorization', async () => {
    const { sdk, ours } = await both(name);
    expect(ours.method).toBe(sdk.method);
    expect(ours.path).toBe(sdk.path);
    expect(ours.query).toEqual(sdk.query);
    expect(ours.json).toEqual(sdk.json);
    expect(ours.body === '').toBe(sdk.body === '');
    expect(ours.headers.authorization).toBe(sdk.headers.authorization);

    // …and both are what the spec says, so that agreeing on something wrong would not pass
    expect(sdk.method).toBe(endpointOf(name).http);
    expect(sdk.path).toBe(endpointOf(name).path);
    expect(sdk.query).toEqual(expectedWireQuery(name));
    expect(sdk.headers.authorization).toBe(EXPECTED_AUTHORIZATION);
  });

  it('both signatures verify; both send Content-Type: application/json exactly when there is a body', async () => {
    const { sdk, ours } = await both(name);
    expect(sdk.headers['x-fp-signature']).toBe(expectedSignatureOf(sdk));
    expect(ours.headers['x-fp-signature']).toBe(expectedSignatureOf(ours));
    expect(header(ours.headers['content-type'])).toBe(header(sdk.headers['content-type']));
    if (endpointOf(name).bodySchema === undefined) expect(ours.headers['content-type']).toBeUndefined();
    else expect(header(ours.headers['content-type'])).toBe('application/json');
  });

  it('known differences: the SDK adds x-fp-sdk-version and x-currency-code headers; the query string is the same', async () => {
    const { sdk, ours } = await both(name);
    // The SDK announces itself; the kit only sends x-fp-sdk-version when given in `headers`.
    expect(sdk.headers['x-fp-sdk-version']).toBe('1.0.0');
    expect(ours.headers['x-fp-sdk-version']).toBeUndefined();
    // The SDK always sends its default currency; the kit has no currency.
    expect(sdk.headers['x-currency-code']).toBe('INR');
    expect(ours.headers['x-currency-code']).toBeUndefined();
    // Both sort the query by name and percent-encode strictly (a space is %20), so the query strings are identical.
    expect(ours.search).toBe(sdk.search);
  });
});

describe('the kit and the SDK agree on argument variations', () => {
  it('deleteMobileNumber: countryCode → country_code, booleans as true/false', async () => {
    const args = { active: false, primary: true, verified: false, countryCode: '1', phone: '2025550123' };
    const { sdk, ours } = await both('deleteMobileNumber', args);
    expect(ours.query).toEqual(sdk.query);
    expect(ours.query).toEqual({ active: 'false', primary: 'true', verified: 'false', country_code: '1', phone: '2025550123' });
  });

  it('an optional query argument left out is not sent by either', async () => {
    const { sdk, ours } = await both('loginWithOTP', { body: { mobile: '8652523958', country_code: '91' } });
    expect(sdk.search).toBe('');
    expect(ours.search).toBe('');
    expect(ours.url).toBe(sdk.url);
  });

  it('+, spaces, @ and non-ASCII in query values', async () => {
    const args = { active: true, primary: false, verified: true, email: 'zoë+tag list@exämple.com', platform: 'Fynd & Co' };
    const { sdk, ours } = await both('deleteEmail', args);
    expect(ours.query).toEqual(sdk.query);
    expect(ours.search).toBe(sdk.search);
    expect(ours.search).toContain('tag%20list');
    expect(ours.query.email).toBe('zoë+tag list@exämple.com');
    expect(ours.query.platform).toBe('Fynd & Co');
  });

  it('a unicode, nested body', async () => {
    const args = {
      platform: 'Fynd',
      body: { first_name: 'Zoë', last_name: '李', mobile: { phone: '8652523958', country_code: '91' }, gender: 'female 🙂' },
    };
    const { sdk, ours } = await both('updateProfile', args);
    expect(ours.json).toEqual(sdk.json);
    expect(ours.json).toEqual(args.body);
  });

  it('an empty platform string is sent as platform= by both', async () => {
    const { sdk, ours } = await both('addEmail', { platform: '', body: { email: 'a@example.com' } });
    expect(sdk.search).toBe('platform=');
    expect(ours.search).toBe('platform=');
    expect(ours.headers['x-fp-signature']).toBe(expectedSignatureOf(ours));
  });

  it('getPlatformConfig without a name', async () => {
    const { sdk, ours } = await both('getPlatformConfig', {});
    expect(sdk.search).toBe('');
    expect(ours.search).toBe('');
  });
});
