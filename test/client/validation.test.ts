import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FdkRequestValidationError, isFdkRequestValidationError, userMethodNames, type UserMethodName } from '../../src/index';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { sampleArgs } from '../helpers/sampleArgs';
import { callMethod, clientFor, endpointOf, rejectionOf } from '../helpers/clientKit';

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

/** Calls with `args`, expects FdkRequestValidationError, and checks nothing reached the server. */
async function refused(name: UserMethodName, args: unknown): Promise<FdkRequestValidationError> {
  const error = await rejectionOf(callMethod(clientFor(server), name, args));
  expect(error).toBeInstanceOf(FdkRequestValidationError);
  expect(isFdkRequestValidationError(error)).toBe(true);
  const failure = error as FdkRequestValidationError;
  expect(failure.code).toBe('REQUEST_VALIDATION');
  expect(failure.method).toBe(name);
  expect(failure.retryable).toBe(false);
  expect(failure.message).toMatch(new RegExp(`^Invalid arguments for ${name}: `));
  expect(server.requests).toHaveLength(0);
  return failure;
}

const paths = (error: FdkRequestValidationError) => error.issues.map((issue) => issue.path).sort();

describe('argument validation sends nothing', () => {
  it('a wrong type in the body: body.mobile = 123', async () => {
    const error = await refused('loginWithOTP', { body: { mobile: 123 }, platform: 'Fynd' });
    expect(error.issues).toEqual([{ path: 'body.mobile', message: expect.any(String) }]);
    expect(error.message).toContain('body.mobile');
  });

  // An unknown key must be named: its path is the path of the field that should not be there.
  it('an unknown key in the body: lists body.mobil', async () => {
    const error = await refused('loginWithOTP', { body: { mobil: 'x' } });
    expect(paths(error)).toEqual(['body.mobil']);
    expect(error.message).toContain('body.mobil');
  });

  it('an unknown key in a nested body object: lists body.phone.number', async () => {
    const error = await refused('registerWithForm', { body: { phone: { number: '1' } } });
    expect(paths(error)).toEqual(['body.phone.number']);
  });

  it('an unknown top-level argument: lists its name', async () => {
    const error = await refused('getLoggedInUser', { user: 'me' });
    expect(paths(error)).toEqual(['user']);
    expect(error.message).toContain('user');
  });

  it('two unknown keys: lists both', async () => {
    const error = await refused('addEmail', { body: { email: 'a@example.com', mail: 'x', primary: true } });
    expect(paths(error)).toEqual(['body.mail', 'body.primary']);
  });

  it('a missing required query argument: deleteEmail without email', async () => {
    const error = await refused('deleteEmail', { active: true, primary: false, verified: true });
    expect(paths(error)).toEqual(['email']);
    expect(error.message).toContain('email');
  });

  it('lists every wrong field: deleteMobileNumber with wrong and missing arguments', async () => {
    const error = await refused('deleteMobileNumber', { active: 'yes', phone: 7400448798, platform: 5 });
    expect(paths(error)).toEqual(['active', 'countryCode', 'phone', 'platform', 'primary', 'verified']);
  });

  it('the wire name instead of the argument name: country_code for deleteMobileNumber', async () => {
    const { countryCode: _countryCode, ...rest } = sampleArgs.deleteMobileNumber;
    const error = await refused('deleteMobileNumber', { ...rest, country_code: '91' });
    expect(paths(error)).toEqual(['countryCode', 'country_code']);
  });

  it('a boolean given as a string: active = "true"', async () => {
    const error = await refused('deleteEmail', { ...sampleArgs.deleteEmail, active: 'true' });
    expect(paths(error)).toEqual(['active']);
  });

  it.each([
    ['a string', 'mobile=8652523958'],
    ['a number', 42],
    ['an array', [{ mobile: '1' }]],
    ['true', true],
  ])('a non-object argument: %s', async (_label, args) => {
    const error = await refused('loginWithOTP', args);
    expect(paths(error)).toEqual(['']);
  });

  it('a missing body', async () => {
    const error = await refused('loginWithEmailAndPassword', undefined);
    expect(paths(error)).toEqual(['body']);
  });

  it('a body for a method that has none', async () => {
    const error = await refused('logout', { body: {} });
    expect(paths(error)).toEqual(['body']);
  });

  it('lists the fields in the message', async () => {
    const error = await refused('updatePassword', { body: { old_password: 1, new_password: false } });
    expect(paths(error)).toEqual(['body.new_password', 'body.old_password']);
    expect(error.message).toContain('body.old_password: ');
    expect(error.message).toContain('body.new_password: ');
  });
});

describe.each(userMethodNames)('%s refuses bad arguments before sending', (name: UserMethodName) => {
  const row = endpointOf(name);

  it('an unknown top-level argument', async () => {
    const error = await refused(name, { ...sampleArgs[name], unexpected: 1 });
    expect(paths(error)).toEqual(['unexpected']);
  });

  if (row.bodySchema !== undefined) {
    it('a body that is not an object', async () => {
      const error = await refused(name, { ...sampleArgs[name], body: 'not an object' });
      expect(paths(error)).toEqual(['body']);
    });

    it('no arguments at all (body is required)', async () => {
      const error = await refused(name, {});
      expect(paths(error)).toEqual(['body']);
    });
  }

  if (row.query.some(({ argument }) => argument === 'platform')) {
    it('a platform that is not a string', async () => {
      const error = await refused(name, { ...sampleArgs[name], platform: 1 });
      expect(paths(error)).toEqual(['platform']);
    });
  }

  it('accepts the sample arguments (the refusals above are about the changed field)', async () => {
    await callMethod(clientFor(server), name);
    expect(server.requests).toHaveLength(1);
  });
});
