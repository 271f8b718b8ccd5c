import type { UserMethodName } from '../../client/methods';
import * as auth from './auth';
import * as otp from './otp';
import * as profile from './profile';
import { registerWithForm } from './register';
import * as session from './session';
import * as social from './social';
import * as verify from './verify';
import type { FakeContext } from './store';
import type { FakeCall, FakeRuleResult } from './types';

/** The rule of one method: state in, answer out (no I/O). */
export type FakeRule<N extends UserMethodName> = (ctx: FakeContext, call: FakeCall<N>) => FakeRuleResult;

/** One rule per method of the table (TypeScript refuses a missing one). */
export const fakeRules: { readonly [N in UserMethodName]: FakeRule<N> } = {
  loginWithFacebook: social.loginWithFacebook,
  loginWithGoogle: social.loginWithGoogle,
  loginWithGoogleAndroid: social.loginWithGoogleAndroid,
  loginWithGoogleIOS: social.loginWithGoogleIOS,
  loginWithAppleIOS: social.loginWithAppleIOS,
  loginWithOTP: otp.loginWithOTP,
  loginWithEmailAndPassword: auth.loginWithEmailAndPassword,
  sendResetPasswordEmail: auth.sendResetPasswordEmail,
  forgotPassword: auth.forgotPassword,
  sendResetToken: auth.sendResetToken,
  loginWithToken: auth.loginWithToken,
  registerWithForm,
  verifyEmail: auth.verifyEmail,
  verifyMobile: auth.verifyMobile,
  hasPassword: auth.hasPassword,
  updatePassword: auth.updatePassword,
  logout: session.logout,
  sendOTPOnMobile: otp.sendOTPOnMobile,
  verifyMobileOTP: verify.verifyMobileOTP,
  sendOTPOnEmail: otp.sendOTPOnEmail,
  verifyEmailOTP: verify.verifyEmailOTP,
  getLoggedInUser: session.getLoggedInUser,
  getListOfActiveSessions: session.getListOfActiveSessions,
  getPlatformConfig: session.getPlatformConfig,
  updateProfile: profile.updateProfile,
  addMobileNumber: profile.addMobileNumber,
  deleteMobileNumber: profile.deleteMobileNumber,
  setMobileNumberAsPrimary: profile.setMobileNumberAsPrimary,
  sendVerificationLinkToMobile: profile.sendVerificationLinkToMobile,
  addEmail: profile.addEmail,
  deleteEmail: profile.deleteEmail,
  setEmailAsPrimary: profile.setEmailAsPrimary,
  sendVerificationLinkToEmail: profile.sendVerificationLinkToEmail,
};
