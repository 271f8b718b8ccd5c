import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schemas, userMethodNames, userMethods, type UserMethodName } from '../../src/index';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { sampleArgs } from '../helpers/sampleArgs';
import { expectedSignatureOf } from '../helpers/referenceSigner';
import { endpointRows, userMdMethodNames } from '../helpers/userMd';
import {
  EXPECTED_AUTHORIZATION,
  callMethod,
  clientFor,
  endpointOf,
  expectedParse,
  expectedWireQuery,
  header,
  sampleResponse,
} from '../helpers/clientKit';

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

describe('the methods table', () => {
  it('has the 33 methods of USER.md, in the document order', () => {
    expect(userMethodNames).toHaveLength(33);
    expect(userMethodNames).toEqual(userMdMethodNames());
    expect(userMethodNames).toEqual(endpointRows().map((row) => row.method));
  });

  it.each(userMethodNames)('%s matches its endpoints.tsv row (verb, path, query wire names, schemas, session)', (name) => {
    const row = endpointOf(name);
    const spec = userMethods[name];
    expect(spec.name).toBe(name);
    expect(spec.http).toBe(row.http);
    expect(spec.path).toBe(row.path);
    const wire = spec.wire as Record<string, string | undefined>;
    expect(Object.keys(spec.query).map((argument) => ({ argument, wire: wire[argument] ?? argument }))).toEqual(row.query);
    expect(spec.session).toBe(row.session);
    const named = schemas as unknown as Record<string, unknown>;
    expect(spec.response).toBe(named[row.responseSchema]);
    if (row.bodySchema === undefined) expect(spec.body).toBeUndefined();
    else expect(spec.body).toBe(named[row.bodySchema]);
  });
});

describe.each(userMethodNames)('%s on the wire', (name: UserMethodName) => {
  const row = endpointOf(name);

  it(`sends ${row.http} ${row.path} with the query wire names of the spec`, async () => {
    await callMethod(clientFor(server), name);
    expect(server.requests).toHaveLength(1);
    const request = server.last();
    expect(request.method).toBe(row.http);
    expect(request.path).toBe(row.path);
    expect(request.query).toEqual(expectedWireQuery(name));
    // Every wire name appears once, none of the SDK argument names that differ from it
    for (const { argument, wire } of row.query) if (argument !== wire) expect(request.query).not.toHaveProperty(argument);
  });

  if (row.bodySchema !== undefined) {
    it('sends the body as JSON with Content-Type: application/json', async () => {
      await callMethod(clientFor(server), name);
      const request = server.last();
      expect(header(request.headers['content-type'])).toBe('application/json');
      expect(JSON.parse(request.body)).toEqual((sampleArgs[name] as { body: unknown }).body);
    });
  } else {
    it(`sends no body (${row.http})`, async () => {
      await callMethod(clientFor(server), name);
      const request = server.last();
      expect(request.body).toBe('');
      expect(request.headers['content-type']).toBeUndefined();
      expect(request.headers['transfer-encoding']).toBeUndefined();
      expect(['0', undefined]).toContain(request.headers['content-length']);
    });
  }

  it('sends Authorization: Bearer base64(applicationId:applicationToken) and Accept: application/json', async () => {
    await callMethod(clientFor(server), name);
    const request = server.last();
    expect(request.headers.authorization).toBe(EXPECTED_AUTHORIZATION);
    expect(header(request.headers.accept)).toBe('application/json');
  });

  it('signs: x-fp-date as YYYYMMDDTHHMMSSZ (now, UTC) and an x-fp-signature that verifies', async () => {
    const before = Date.now();
    await callMethod(clientFor(server), name);
    const request = server.last();
    const date = header(request.headers['x-fp-date']) ?? '';
    expect(date).toMatch(/^\d{8}T\d{6}Z$/);
    const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`;
    expect(Math.abs(Date.parse(iso) - before)).toBeLessThan(5_000);
    const signature = header(request.headers['x-fp-signature']);
    expect(signature).toMatch(/^v1\.1:[0-9a-f]{64}$/);
    expect(signature).toBe(expectedSignatureOf(request));
  });

  it('uses the `now` clock for x-fp-date', async () => {
    await callMethod(clientFor(server, { now: () => new Date('2022-03-16T12:53:45.678Z') }), name);
    const request = server.last();
    expect(request.headers['x-fp-date']).toBe('20220316T125345Z');
    expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
  });

  it('resolves with the parsed 200 answer, unknown fields kept', async () => {
    const body = { ...(sampleResponse(name) as Record<string, unknown>), extra_field_from_server: { kept: [1, 'two'] } };
    server.reply({ status: 200, body });
    const result = await callMethod(clientFor(server), name);
    expect(result).toEqual(expectedParse(body));
    expect(result).toHaveProperty('extra_field_from_server', { kept: [1, 'two'] });
  });
});

describe('wire details, with literal expectations', () => {
  it('deleteMobileNumber: countryCode goes out as country_code=91, booleans as true/false, keys sorted as the SDK sends them', async () => {
    await clientFor(server).deleteMobileNumber({ platform: 'Fynd', active: true, primary: false, verified: true, countryCode: '91', phone: '7400448798' });
    const request = server.last();
    expect(request.method).toBe('DELETE');
    expect(request.search).toBe('active=true&country_code=91&phone=7400448798&platform=Fynd&primary=false&verified=true');
    expect(request.body).toBe('');
  });

  it('leaves out undefined query arguments', async () => {
    await clientFor(server).deleteEmail({ platform: undefined, active: false, primary: false, verified: false, email: 'a@example.com' });
    expect(server.last().search).toBe('active=false&email=a%40example.com&primary=false&verified=false');
    await clientFor(server).loginWithOTP({ platform: undefined, body: { mobile: '8652523958', country_code: '91' } });
    expect(server.last().url).toBe('/service/application/user/authentication/v1.0/login/otp');
    await clientFor(server).getPlatformConfig();
    expect(server.last().url).toBe('/service/application/user/platform/v1.0/config');
  });

  it('encodes + and spaces in query values so that they decode back', async () => {
    await clientFor(server).deleteEmail({ active: true, primary: true, verified: true, email: 'a+b c@example.com' });
    const request = server.last();
    expect(request.query.email).toBe('a+b c@example.com');
    expect(request.search).toContain('email=a%2Bb%20c%40example.com');
    expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
  });

  it('sends the body as the exact JSON of the `body` argument, UTF-8', async () => {
    const body = { first_name: 'Zoë', last_name: '李', mobile: { phone: '1', country_code: '91' } };
    await clientFor(server).updateProfile({ body });
    const request = server.last();
    expect(JSON.parse(request.body)).toEqual(body);
    expect(request.headers['content-length']).toBe(String(Buffer.byteLength(request.body, 'utf8')));
    expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
  });

  it('sends an empty JSON object for an empty body', async () => {
    await clientFor(server).loginWithToken({ body: {} });
    expect(server.last().body).toBe('{}');
  });

  it('Authorization is Bearer base64("applicationId:applicationToken")', async () => {
    await clientFor(server).getLoggedInUser();
    expect(server.last().headers.authorization).toBe('Bearer MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAxOktzN3hxX3Rva2VuLTQy');
  });

  it('Authorization encodes non-ASCII credentials as UTF-8 (as the SDK’s Buffer does)', async () => {
    await clientFor(server, { applicationId: 'app-é-李', applicationToken: 'tökén-123' }).getLoggedInUser();
    expect(server.last().headers.authorization).toBe('Bearer YXBwLcOpLeadjjp0w7Zrw6luLTEyMw==');
  });
});
