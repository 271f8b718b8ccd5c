import { describe, expectTypeOf, it } from 'vitest';
import {
  createUserClient,
  type CallOptions,
  type MethodArgs,
  type MethodResult,
  type PlatformSchema,
  type UserClient,
  type UserMethodName,
} from '../../src/index';
import type { LoginSuccess, SendOtpResponse, UserObjectSchema } from '../../src/schemas/index';
import { sampleArgs } from '../helpers/sampleArgs';

const client = createUserClient({ baseUrl: 'https://api.fynd.com', applicationId: 'app', applicationToken: 'token' });

describe('client method types', () => {
  it('createUserClient returns a UserClient', () => {
    expectTypeOf(client).toEqualTypeOf<UserClient>();
    expectTypeOf<keyof UserClient>().toEqualTypeOf<UserMethodName | 'options'>();
  });

  it('loginWithOTP takes MethodArgs<"loginWithOTP"> and resolves to SendOtpResponse', () => {
    expectTypeOf(client.loginWithOTP).parameter(0).toEqualTypeOf<MethodArgs<'loginWithOTP'>>();
    expectTypeOf(client.loginWithOTP).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.loginWithOTP).returns.toEqualTypeOf<Promise<SendOtpResponse>>();
    expectTypeOf<MethodResult<'loginWithOTP'>>().toEqualTypeOf<SendOtpResponse>();
    expectTypeOf<MethodArgs<'loginWithOTP'>>().toHaveProperty('body');
    expectTypeOf<MethodArgs<'loginWithOTP'>['platform']>().toEqualTypeOf<string | undefined>();
  });

  it('the resolved values are typed', () => {
    expectTypeOf(client.loginWithOTP).returns.resolves.toHaveProperty('request_id').toEqualTypeOf<string | undefined>();
    expectTypeOf(client.loginWithOTP).returns.resolves.toHaveProperty('resend_timer').toEqualTypeOf<number | undefined>();
    expectTypeOf(client.getLoggedInUser).returns.toEqualTypeOf<Promise<UserObjectSchema>>();
    expectTypeOf(client.getPlatformConfig).returns.toEqualTypeOf<Promise<PlatformSchema>>();
    expectTypeOf(client.deleteEmail).returns.toEqualTypeOf<Promise<LoginSuccess>>();
  });

  it('getLoggedInUser takes optional arguments', () => {
    expectTypeOf(client.getLoggedInUser).toBeCallableWith();
    expectTypeOf(client.getLoggedInUser).toBeCallableWith({});
    expectTypeOf(client.getLoggedInUser).toBeCallableWith(undefined, { signal: new AbortController().signal });
    expectTypeOf(client.getPlatformConfig).toBeCallableWith();
    expectTypeOf(client.getPlatformConfig).toBeCallableWith({ name: 'Fynd' });
    expectTypeOf(client.logout).toBeCallableWith();
  });

  it('deleteEmail requires email (and the booleans); deleteMobileNumber takes countryCode', () => {
    expectTypeOf(client.deleteEmail).toBeCallableWith({ active: true, primary: false, verified: true, email: 'a@example.com' });
    expectTypeOf<MethodArgs<'deleteEmail'>['email']>().toEqualTypeOf<string>();
    expectTypeOf<MethodArgs<'deleteEmail'>['active']>().toEqualTypeOf<boolean>();
    expectTypeOf<MethodArgs<'deleteMobileNumber'>['countryCode']>().toEqualTypeOf<string>();
  });

  it('refuses wrong arguments', () => {
    // @ts-expect-error email is required
    void client.deleteEmail({ active: true, primary: false, verified: true });
    // @ts-expect-error the argument object is required when it has a required field
    void client.deleteEmail();
    // @ts-expect-error body is required
    void client.loginWithOTP({ platform: 'Fynd' });
    // @ts-expect-error mobile is a string
    void client.loginWithOTP({ body: { mobile: 123 } });
    // @ts-expect-error unknown body key
    void client.loginWithOTP({ body: { mobil: '8652523958' } });
    // @ts-expect-error booleans, not strings
    void client.deleteMobileNumber({ active: 'true', primary: false, verified: true, countryCode: '91', phone: '1' });
    // @ts-expect-error the wire name is not the argument name
    void client.deleteMobileNumber({ active: true, primary: false, verified: true, country_code: '91', phone: '1' });
    // @ts-expect-error no such method
    void client.deleteUser();
  });

  it('the sample arguments table is typed per method', () => {
    expectTypeOf(sampleArgs.loginWithOTP).toEqualTypeOf<MethodArgs<'loginWithOTP'>>();
    expectTypeOf(sampleArgs).toHaveProperty('deleteMobileNumber').toEqualTypeOf<MethodArgs<'deleteMobileNumber'>>();
  });
});
