/**
 * fdk-user-react: React hooks, headless components and drop-in screens for the Fynd Commerce User API.
 * Explicit named exports only, so that the public API can be read in this one file. What a storefront uses is
 * here, in groups; internals (the cache-effect table, the form scaffold, pure helpers) are not.
 * @packageDocumentation
 */

// The client: one method per API method, from one table; request signing
export { createUserClient } from './client/createUserClient';
export type { UserClient, UserClientOptions, CallOptions, RetryOptions } from './client/createUserClient';
export { userMethods, userMethodNames } from './client/methods';
export type { MethodArgs, MethodResult, UserMethodName } from './client/methods';
export { signRequest } from './client/signing';

// Errors: one model, guards checked by name
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
export { isAccountDisabledError } from './client/accountDisabled';
export { isReadableText } from './client/readableText';
export type { FdkErrorCode, FdkIssue } from './client/errors';

// The provider and what a storefront sets once
export { UserKitProvider } from './query/UserKitProvider';
export type { UserKitProviderProps } from './query/UserKitProvider';
export { useUserClient, useKitSettings } from './query/userKit';
export { FYND_PASSWORD_RULE } from './config/settings';
export type { KitSettings, KitSettingsInput, CaptchaProvider, SocialTokenGetter, SocialTokenGetters, PasswordRule } from './config/settings';
export type { SignInRequiredEvent } from './query/signInEvents';

// Query hooks: the four reads, a hook for each of the 29 mutations, the sign-in state
export { userKeys } from './query/keys';
export { userQueries } from './query/queries';
export { useLoggedInUser } from './query/hooks/useLoggedInUser';
export { usePlatformConfig } from './query/hooks/usePlatformConfig';
export { usePlatformView } from './query/hooks/usePlatformView';
export { useActiveSessions } from './query/hooks/useActiveSessions';
export { useHasPassword } from './query/hooks/useHasPassword';
export { useProfileCompleteness } from './query/hooks/useProfileCompleteness';
export type { MissingField } from './query/hooks/useProfileCompleteness';
export type { QueryHookOptions } from './query/hooks/queryHookOptions';
export { useAuth } from './query/hooks/useAuth';
export type { AuthState } from './query/hooks/useAuth';
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

// The PlatformSchema, theming, redirects
export { readPlatformConfig } from './config/readPlatformConfig';
export type { PlatformView, FieldRule, SocialProvider } from './config/readPlatformConfig';
export { checkPlatformConfig } from './config/checkPlatformConfig';
export type { PlatformWarning, PlatformWarningCode } from './config/PlatformWarning';
export { themeFromConfig } from './config/theme';
export type { PlatformTheme } from './config/theme';
export { safeRedirect } from './config/redirect';
export type { SafeRedirectOptions } from './config/redirect';

// Messages
export { messages } from './i18n/messages';
export type { Messages, MessageKey } from './i18n/messages';
export { formatMessage } from './i18n/formatMessage';
export { resolveMessages } from './i18n/resolveMessages';
export { errorMessage } from './i18n/errorMessage';
export type { FriendlyError, ErrorKind } from './i18n/errorMessage';
export type { ServerTextName } from './client/serverTexts';
export { useMessages } from './i18n/MessagesContext';
export { loadMessages, textDirection, shippedLocales } from './i18n/loadMessages';
export type { ShippedLocale } from './i18n/loadMessages';

// The sign-in sequence, as Fynd's storefronts run it
export { useAuthFlow } from './flow/useAuthFlow';
export type { AuthFlow, AuthFlowOptions } from './flow/useAuthFlow';
export { authTransition } from './flow/authFlow';
export type { AuthFlowState, AuthStep } from './flow/authFlow';
export type { AuthFlowEvent, OtpTarget, Verification, KnownContact, SignedInResult, SignInFormOptions } from './flow/types';

// Headless form hooks
export { useLoginForm } from './forms/login/useLoginForm';
export type { LoginForm, LoginFormOptions } from './forms/login/useLoginForm';
export type { LoginMethod, LoginValues } from './forms/login/loginForm';
export { useOtpForm } from './forms/otp/useOtpForm';
export type { OtpForm, OtpFormOptions } from './forms/otp/useOtpForm';
export type { OtpCodeForm } from './forms/otp/useOtpCode';
export type { OtpSlot } from './forms/otpCode';
export { useVerifyBothForm } from './forms/otp/useVerifyBothForm';
export type { VerifyBothForm, VerifyBothFormOptions } from './forms/otp/useVerifyBothForm';
export { useRegisterForm } from './forms/register/useRegisterForm';
export type { RegisterForm, RegisterFormOptions } from './forms/register/useRegisterForm';
export { useCompleteProfileForm } from './forms/completeProfile/useCompleteProfileForm';
export type { CompleteProfileForm, CompleteProfileFormOptions } from './forms/completeProfile/useCompleteProfileForm';
export type { PersonValues, PersonField, FieldAsk } from './forms/rules/personFields';
export { useForgotPasswordForm } from './forms/forgotPassword/useForgotPasswordForm';
export type { ForgotPasswordForm, ForgotPasswordFormOptions } from './forms/forgotPassword/useForgotPasswordForm';
export type { ForgotPasswordStep, ForgotPasswordValues, ForgotPasswordField } from './forms/forgotPassword/forgotPasswordForm';
export { useSocialLogin } from './forms/social/useSocialLogin';
export type { SocialLogin, SocialLoginOptions } from './forms/social/useSocialLogin';
export { SocialLoginCancelled } from './forms/social/socialLogin';
export type { SocialMethod } from './forms/social/socialLogin';
export { useVerifyLink } from './forms/link/useVerifyLink';
export type { VerifyLink, VerifyLinkKind, VerifyLinkOptions, VerifyLinkStatus } from './forms/link/useVerifyLink';
export { useProfileForm } from './forms/profile/useProfileForm';
export type { ProfileForm, ProfileFormOptions, ProfileFormStatus } from './forms/profile/useProfileForm';
export type { ProfileValues, ProfileField } from './forms/profile/profileForm';
export { useChangePasswordForm } from './forms/profile/useChangePasswordForm';
export type { ChangePasswordForm, ChangePasswordFormOptions } from './forms/profile/useChangePasswordForm';
export type { ChangePasswordField, ChangePasswordMode, ChangePasswordValues } from './forms/profile/changePasswordForm';
export { useContactList } from './forms/profile/useContactList';
export type { ContactList } from './forms/profile/useContactList';
export type { ContactEntry, ContactKind, ContactAction } from './forms/profile/contactEntries';
export type { AddContactForm, AddContactValues } from './forms/profile/useAddContactForm';
export { usePhoneField } from './forms/phone/usePhoneField';
export type { PhoneFieldOptions, PhoneFieldState } from './forms/phone/usePhoneField';
export { useCountryPicker } from './forms/phone/useCountryPicker';
export type { CountryPickerState, CountryPickerOptions } from './forms/phone/useCountryPicker';
export type { CountryOption } from './forms/phone/countryOptions';
export { usePhoneRules } from './forms/phone/usePhoneRules';
export { loadPhoneRules } from './forms/phone/phoneRulesLoader';
export type { PhoneRulesState } from './forms/phone/phoneRulesLoader';
export type { PhoneRules, PhoneRead } from './forms/phone/phoneRules';
export type { KitForm } from './forms/kit/useKitForm';
export type { FieldProps, SubmitProps, FormStatus, FormError, InputPropsInput, ButtonPropsInput, FormPropsInput, FormElementProps } from './forms/kit/types';

// Headless compound parts: each part by name (tree-shakes), and each family as a namespace (`Login.Root`)
export * as Login from './components/Login';
export { LoginRoot, LoginIdentifier, LoginPassword, LoginSubmit, LoginMethodSwitch, LoginError, useLoginContext } from './components/Login';
export type { LoginRootProps, LoginFieldPartProps } from './components/Login';
export * as Otp from './components/Otp';
export { OtpRoot, OtpCodeRoot, OtpInput, OtpSlots, OtpSlotBox, OtpSubmit, OtpResend, OtpCountdown, OtpError, useOtpContext } from './components/Otp';
export type { OtpRootProps } from './components/Otp';
export * as VerifyBoth from './components/VerifyBoth';
export { VerifyBothRoot, VerifyBothMobile, VerifyBothEmail, VerifyBothStatus, useVerifyBothContext } from './components/VerifyBoth';
export type { VerifyBothRootProps } from './components/VerifyBoth';
export * as Register from './components/Register';
export { RegisterRoot, RegisterField, RegisterSkip, RegisterSubmit, RegisterError, useRegisterContext } from './components/Register';
export type { RegisterRootProps } from './components/Register';
export * as CompleteProfile from './components/CompleteProfile';
export { CompleteProfileRoot, CompleteProfileField, CompleteProfileKnown, CompleteProfileSubmit, CompleteProfileError, useCompleteProfileContext } from './components/CompleteProfile';
export type { CompleteProfileRootProps } from './components/CompleteProfile';
export * as ForgotPassword from './components/ForgotPassword';
export {
  ForgotPasswordRoot,
  ForgotPasswordStepPart,
  ForgotPasswordFieldPart,
  ForgotPasswordSubmit,
  ForgotPasswordNotice,
  ForgotPasswordError,
  useForgotPasswordContext,
} from './components/ForgotPassword';
export type { ForgotPasswordRootProps } from './components/ForgotPassword';
export * as Social from './components/Social';
export { SocialButtons, SocialButton } from './components/Social';
export type { SocialButtonsProps } from './components/Social';
export * as Config from './components/Config';
export { ConfigHeading, ConfigFlashCard, ConfigImage } from './components/Config';
export * as PhoneField from './components/PhoneField';
export { PhoneFieldRoot, PhoneFieldCountry, usePhoneFieldContext, preloadCountryPicker } from './components/PhoneField';
export { CountryPicker } from './components/CountryPicker';
export type { CountryPickerProps } from './components/CountryPicker';
export type { PhoneFieldRootProps, PhoneFieldContextValue } from './components/PhoneField';
export { PhoneCountry } from './components/PhoneCountry';
export type { PhoneCountryProps } from './components/PhoneCountry';
export * as Form from './components/Form';
export { FormField, SelectField, FieldError, FormErrorMessage } from './components/Form';
export type { FormFieldProps, FormErrorMessageProps } from './components/Form';
export { Slot } from './components/Slot';
export * as Profile from './components/Profile';
export { ProfileRoot, ProfileField as ProfileFieldPart, ProfileGender, ProfileSubmit, ProfileError, ProfileNotice, ProfileSummary, useProfileContext } from './components/Profile';
export type { ProfileRootProps } from './components/Profile';
export * as EmailList from './components/EmailList';
export * as PhoneList from './components/PhoneList';
export { EmailListRoot } from './components/EmailList';
export { PhoneListRoot } from './components/PhoneList';
export { ContactListRoot, ContactListItems, ContactListAdd, ContactListStatus, useContactListContext } from './components/ContactList';
export type { ContactListRootProps, ContactListItemsProps } from './components/ContactList';
export { ContactItem } from './components/ContactItem';
export * as ChangePassword from './components/ChangePassword';
export {
  ChangePasswordRoot,
  ChangePasswordTitle,
  ChangePasswordHint,
  ChangePasswordFieldPart,
  ChangePasswordFields,
  ChangePasswordSubmit,
  ChangePasswordError,
  ChangePasswordNotice,
  useChangePasswordContext,
} from './components/ChangePassword';
export type { ChangePasswordRootProps } from './components/ChangePassword';
export * as Sessions from './components/Sessions';
export { SessionsList } from './components/Sessions';
export type { SessionsListProps } from './components/Sessions';
export * as Logout from './components/Logout';
export { LogoutButton } from './components/Logout';
export type { LogoutButtonProps } from './components/Logout';

// Drop-in screens
export { AuthScreen } from './screens/AuthScreen';
export type { AuthScreenProps } from './screens/AuthScreen';
export type { ColorScheme } from './screens/colorScheme';
export { ProfileScreen, PROFILE_SECTIONS } from './screens/ProfileScreen';
export type { ProfileScreenProps, ProfileSection } from './screens/ProfileScreen';
export { VerifyLinkScreen } from './screens/VerifyLinkScreen';
export type { VerifyLinkScreenProps } from './screens/VerifyLinkScreen';

// Schemas: every schema of USER.md as `schemas.Name` (zod/mini value and type); the common ones also by name.
export * as schemas from './schemas/index';
export type { UserSchema, PlatformSchema, Email, PhoneNumber } from './schemas/index';
