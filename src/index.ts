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
  isAccountDisabledError,
} from './client/errors';
export { isReadableText } from './client/readableText';
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

// PlatformSchema interpretation, safe theming, redirects
export { readPlatformConfig } from './config/readPlatformConfig';
export type { PlatformView, FieldRule, SocialProvider, Identifier, CardPosition } from './config/readPlatformConfig';
export { checkPlatformConfig, warnPlatformConfigOnce } from './config/checkPlatformConfig';
export type { PlatformWarning, PlatformWarningCode } from './config/PlatformWarning';
export { themeFromConfig } from './config/theme';
export type { PlatformTheme, ThemeOptions } from './config/theme';
export { parseColor, contrastRatio } from './config/color';
export type { RgbaColor } from './config/color';
export { safeImageUrl } from './config/safeUrl';
export { safeRedirect } from './config/redirect';
export type { SafeRedirectOptions } from './config/redirect';

// Messages
export { messages } from './i18n/messages';
export type { Messages, MessageKey } from './i18n/messages';
export { formatMessage } from './i18n/formatMessage';
export { resolveMessages } from './i18n/resolveMessages';
export { errorMessage } from './i18n/errorMessage';
export type { FriendlyError, ErrorKind } from './i18n/errorMessage';
export type { ServerTextName } from './i18n/serverTexts';
export { useMessages, MessagesOverride } from './query/UserKitProvider';

// Headless forms
export { useLoginForm } from './forms/useLoginForm';
export type { LoginForm, LoginFormOptions, LoginMethod, LoginValues } from './forms/useLoginForm';
export { useOtpForm } from './forms/useOtpForm';
export type { OtpForm, OtpFormOptions } from './forms/useOtpForm';
export { normalizeOtp, otpSlots, OTP_DIGITS, OTP_SEPARATORS, OTP_LENGTH_RANGE } from './forms/otpCode';
export type { OtpSlot } from './forms/otpCode';
export { useRegisterForm, MIN_PASSWORD_LENGTH } from './forms/useRegisterForm';
export type { RegisterForm, RegisterFormOptions, RegisterField, RegisterFieldState, RegisterValues } from './forms/useRegisterForm';
export { useForgotPasswordForm } from './forms/useForgotPasswordForm';
export type { ForgotPasswordForm, ForgotPasswordFormOptions, ForgotPasswordStep, ForgotPasswordValues, ForgotPasswordField } from './forms/useForgotPasswordForm';
export { useSocialLogin, SocialLoginCancelled } from './forms/useSocialLogin';
export type { SocialLoginOptions, SocialMethod } from './forms/useSocialLogin';
export { useProfileCompleteness } from './forms/useProfileCompleteness';
export type { MissingField } from './forms/useProfileCompleteness';
export { usePlatformView } from './forms/usePlatformView';
export { parseIdentifier, EMAIL_PATTERN, MOBILE_PATTERN } from './forms/identifier';
export type { ParsedIdentifier } from './forms/identifier';
export type { CaptchaProvider } from './forms/captcha';
export type { SignedInResult, OtpTarget, SignInFormOptions } from './forms/successTypes';
export type { FieldProps, SubmitProps, FormStatus, FormError, FieldSpec } from './forms/types';

// Headless compound parts
export { Login, useLoginContext } from './components/Login';
export type { LoginRootProps, LoginFieldPartProps } from './components/Login';
export { Otp, useOtpContext } from './components/Otp';
export type { OtpRootProps } from './components/Otp';
export { Register, useRegisterContext } from './components/Register';
export type { RegisterRootProps } from './components/Register';
export { ForgotPassword, useForgotPasswordContext } from './components/ForgotPassword';
export type { ForgotPasswordRootProps } from './components/ForgotPassword';
export { Social } from './components/Social';
export type { SocialButtonsProps, SocialTokenGetters } from './components/Social';
export { Config } from './components/Config';
export { Form, FormField, FormErrorMessage } from './components/Form';
export type { FormFieldProps, FormErrorMessageProps } from './components/Form';
export { Slot } from './components/Slot';

// Drop-in screens
export { AuthScreen } from './screens/AuthScreen';
export type { AuthScreenProps, AuthStep } from './screens/AuthScreen';

// Profile and account
export { useProfileForm, profileValuesOf, profileChanges, isHttpsImageUrl, PROFILE_GENDERS, MAX_NAME_LENGTH } from './forms/useProfileForm';
export type { ProfileForm, ProfileFormOptions, ProfileFormStatus, ProfileValues, ProfileField } from './forms/useProfileForm';
export { useContactList, contactEntries, LINK_RESEND_SECONDS } from './forms/profile/useContactList';
export type { ContactList, ContactEntry, ContactKind, ContactAction, ContactTextName, AddContactForm, AddContactValues } from './forms/profile/useContactList';
export {
  canAddEmail,
  canAddPhone,
  canDeleteEmail,
  canDeletePhone,
  canMakeEmailPrimary,
  canMakePhonePrimary,
  canSendEmailLink,
  canSendPhoneLink,
  verifiedContactCount,
  findEmail,
  findPhone,
  samePhone,
  normalizeEmail,
  normalizePhone,
  normalizeCountryCode,
} from './forms/profile/contactRules';
export type { ContactRuleResult, PhoneRef } from './forms/profile/contactRules';
export { useChangePasswordForm } from './forms/profile/useChangePasswordForm';
export type { ChangePasswordForm, ChangePasswordFormOptions, ChangePasswordField, ChangePasswordMode, ChangePasswordValues } from './forms/profile/useChangePasswordForm';
export { createContactListParts } from './forms/profile/contactListParts';
export type { ContactListParts, ContactListRootProps, ContactListItemsProps } from './forms/profile/contactListParts';
export { Profile, useProfileContext } from './components/Profile';
export type { ProfileRootProps } from './components/Profile';
export { EmailList, useEmailListContext } from './components/EmailList';
export { PhoneList, usePhoneListContext } from './components/PhoneList';
export { ChangePassword, useChangePasswordContext } from './components/ChangePassword';
export type { ChangePasswordRootProps } from './components/ChangePassword';
export { Sessions, SessionsList } from './components/Sessions';
export type { SessionsListProps } from './components/Sessions';
export { Logout, LogoutButton } from './components/Logout';
export type { LogoutButtonProps } from './components/Logout';
export { ProfileScreen, PROFILE_SECTIONS } from './screens/ProfileScreen';
export type { ProfileScreenProps, ProfileSection, ProfileSignInRequest } from './screens/ProfileScreen';

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
