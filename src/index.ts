/**
 * fdk-user-react: React hooks, headless components and drop-in screens for the Fynd Commerce User API.
 * Explicit named exports only, so that the public API can be read in this one file.
 * @packageDocumentation
 */

// The client
export { createUserClient } from './client/createUserClient';
export type { UserClient, UserClientOptions, CallOptions, RetryOptions } from './client/createUserClient';
export { userMethods, userMethodNames } from './client/methods';
export type { MethodArgs, MethodResult, MethodSpec, UserMethodName, UserMethods, HttpVerb } from './client/methods';
export { signRequest, formatSigningDate } from './client/signing';
export type { SignableRequest } from './client/signing';

// Errors
export {
  FdkError,
  FdkApiError,
  FdkUnauthorizedError,
  FdkRateLimitError,
  FdkNetworkError,
  FdkTimeoutError,
  FdkAbortError,
  FdkRequestValidationError,
  FdkResponseValidationError,
  FdkConfigError,
  isFdkError,
  isFdkApiError,
  isFdkUnauthorizedError,
  isFdkRateLimitError,
  isFdkNetworkError,
  isFdkTimeoutError,
  isFdkAbortError,
  isFdkRequestValidationError,
  isFdkResponseValidationError,
  isFdkConfigError,
} from './client/errors';
export type { FdkErrorCode, FdkIssue, FdkErrorContext } from './client/errors';

// TanStack Query layer
export { UserKitProvider, useUserClient, useUserKit } from './query/UserKitProvider';
export type { UserKitProviderProps, UserKit } from './query/UserKitProvider';
export { userKeys } from './query/keys';
export { userQueries, SESSION_STALE_TIME, CONFIG_STALE_TIME } from './query/queries';
export { mutationEffects, queryMethodNames } from './query/mutations';
export type { CacheEffect, MutationMethodName, QueryMethodName } from './query/mutations';
export { executeMutation } from './query/executeMutation';
export type { MutationContext } from './query/executeMutation';
export type { SignedOutEvent } from './query/session';
export type { SignOutEvents } from './query/signOutEvents';
export { useLoggedInUser } from './query/hooks/useLoggedInUser';
export { usePlatformConfig } from './query/hooks/usePlatformConfig';
export { useActiveSessions } from './query/hooks/useActiveSessions';
export { useHasPassword } from './query/hooks/useHasPassword';
export type { QueryHookOptions } from './query/hooks/queryHookOptions';
export { useUserMutation } from './query/hooks/useUserMutation';
export type { MutationVariables, UserMutationOptions, UserMutationResult } from './query/hooks/useUserMutation';
export {
  useLoginWithFacebook,
  useLoginWithGoogle,
  useLoginWithGoogleAndroid,
  useLoginWithGoogleIOS,
  useLoginWithAppleIOS,
  useLoginWithOTP,
  useLoginWithEmailAndPassword,
  useSendResetPasswordEmail,
  useForgotPassword,
  useSendResetToken,
  useLoginWithToken,
  useRegisterWithForm,
  useVerifyEmail,
  useVerifyMobile,
  useUpdatePassword,
  useLogout,
  useSendOTPOnMobile,
  useVerifyMobileOTP,
  useSendOTPOnEmail,
  useVerifyEmailOTP,
  useUpdateProfile,
  useAddMobileNumber,
  useDeleteMobileNumber,
  useSetMobileNumberAsPrimary,
  useSendVerificationLinkToMobile,
  useAddEmail,
  useDeleteEmail,
  useSetEmailAsPrimary,
  useSendVerificationLinkToEmail,
} from './query/hooks/mutationHooks';
export { useAuth } from './query/hooks/useAuth';
export type { AuthState } from './query/hooks/useAuth';
export { useResendTimer } from './query/hooks/useResendTimer';
export type { ResendTimer } from './query/hooks/useResendTimer';

// Schemas: every schema of USER.md as `schemas.Name` (zod/mini value and type); types also by name below
// (`Login` and `Social` only as `schemas.Login` / `schemas.Social`, their names being taken by components).
export * as schemas from './schemas/index';
export type {
  Debug,
  PhoneNumber,
  Email,
  UserSchema,
  UserObjectSchema,
  PaginationSchema,
  UnauthorizedSchema,
  UnauthenticatedSchema,
  NotFoundSchema,
  AuthenticationInternalServerErrorSchema,
  AuthenticationApiErrorSchema,
  OAuthRequestSchemaOauth2,
  OAuthRequestSchemaProfile,
  OAuthRequestSchema,
  OAuthRequestAppleSchemaOauth,
  OAuthRequestAppleSchemaProfile,
  OAuthRequestAppleSchema,
  AuthSuccessUserDebug,
  AuthSuccessUserEmails,
  AuthSuccessUser,
  AuthSuccess,
  PasswordLoginRequestSchema,
  LoginSuccess,
  SendResetPasswordEmailRequestSchema,
  ResetPasswordSuccess,
  ForgotPasswordRequestSchema,
  CodeRequestBodySchema,
  TokenRequestBodySchema,
  FormRegisterRequestSchemaPhone,
  FormRegisterRequestSchema,
  RegisterFormSuccess,
  VerifyEmailSuccess,
  HasPasswordSuccess,
  UpdatePasswordRequestSchema,
  LogoutSuccess,
  SessionListSuccess,
  SendOtpRequestSchema,
  SendOtpResponse,
  SendMobileOtpRequestSchema,
  OtpSuccess,
  VerifyOtpRequestSchema,
  VerifyOtpSuccess,
  SendEmailOtpRequestSchema,
  EmailOtpSuccess,
  VerifyEmailOtpRequestSchema,
  EditProfileMobileSchema,
  EditProfileRequestSchema,
  ProfileEditSuccess,
  ProfileEditSuccessSchema,
  EditMobileRequestSchema,
  VerifyMobileOTPSuccess,
  SendVerificationLinkMobileRequestSchema,
  SendMobileVerifyLinkSuccess,
  EditEmailRequestSchema,
  VerifyEmailOTPSuccess,
  SendEmailVerifyLinkSuccess,
  LookAndFeel,
  MetaSchema,
  PlatformEmail,
  PlatformMobile,
  RequiredFields,
  RegisterRequiredFieldsEmail,
  RegisterRequiredFieldsMobile,
  RegisterRequiredFields,
  FlashCard,
  Facebook,
  Accountkit,
  Google,
  SocialTokens,
  PlatformSchema,
  BlockUserRequestSchema,
  BlockUserSuccess,
  UserSearchResponseSchema,
  CustomerListResponseSchema,
  SessionListResponseSchema,
  SessionDeleteResponseSchema,
  CreateUserRequestSchema,
  CreateUserResponseSchema,
  CreateUserSessionRequestSchema,
  CreateUserSessionResponseSchema,
  UpdateUserRequestSchema,
} from './schemas/index';
