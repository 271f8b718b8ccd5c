import { describe, expectTypeOf, it } from 'vitest';
import type { UseQueryResult } from '@tanstack/react-query';
import type { FdkError } from '../../src/client/errors';
import type { MethodArgs } from '../../src/client/methods';
import type { useAddEmail, useDeleteEmail, useLoginWithOTP, useLogout, useUpdateProfile } from '../../src/index';
import { useActiveSessions, useHasPassword, useLoggedInUser, usePlatformConfig, type PlatformSchema, type schemas, type UserSchema } from '../../src/index';

type HasPasswordSuccess = schemas.HasPasswordSuccess;
type ProfileEditSuccess = schemas.ProfileEditSuccess;
type SendOtpResponse = schemas.SendOtpResponse;
type SessionListSuccess = schemas.SessionListSuccess;
type VerifyEmailOTPSuccess = schemas.VerifyEmailOTPSuccess;

describe('hook data types are the schema types', () => {
  it('query hooks', () => {
    expectTypeOf(useLoggedInUser).returns.toEqualTypeOf<UseQueryResult<UserSchema | null, Error>>();
    expectTypeOf(usePlatformConfig).returns.toEqualTypeOf<UseQueryResult<PlatformSchema, Error>>();
    expectTypeOf(useActiveSessions).returns.toEqualTypeOf<UseQueryResult<SessionListSuccess, Error>>();
    expectTypeOf(useHasPassword).returns.toEqualTypeOf<UseQueryResult<HasPasswordSuccess, Error>>();
  });

  it('mutation hooks', () => {
    type Login = ReturnType<typeof useLoginWithOTP>;
    expectTypeOf<Login['data']>().toEqualTypeOf<SendOtpResponse | undefined>();
    expectTypeOf<Login['error']>().toEqualTypeOf<FdkError | null>();
    expectTypeOf<Parameters<Login['mutate']>[0]>().toEqualTypeOf<MethodArgs<'loginWithOTP'>>();
    expectTypeOf<ReturnType<typeof useAddEmail>['data']>().toEqualTypeOf<VerifyEmailOTPSuccess | undefined>();
    expectTypeOf<ReturnType<typeof useUpdateProfile>['data']>().toEqualTypeOf<ProfileEditSuccess | undefined>();
    // logout takes no arguments; deleteEmail needs its query arguments.
    expectTypeOf<ReturnType<typeof useLogout>['mutate']>().toBeCallableWith(undefined);
    const deleteEmail = null as unknown as ReturnType<typeof useDeleteEmail>;
    // @ts-expect-error email is required
    deleteEmail.mutate({ active: true, primary: false, verified: true });
    const login = null as unknown as Login;
    // @ts-expect-error unknown body key
    login.mutate({ body: { mobil: '9876543210' } });
  });
});
