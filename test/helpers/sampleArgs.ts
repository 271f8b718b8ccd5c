import type { MethodArgs, UserMethodName } from '../../src/client/methods';

/**
 * Valid sample arguments for each of the 33 methods, as the official SDK takes them. Type-checked against the
 * methods table, so a change of a method's arguments breaks the build here first. Values are chosen to exercise
 * the wire: a `+` and spaces in query values, booleans, nested bodies, non-ASCII text.
 */
export const sampleArgs: { [N in UserMethodName]: MethodArgs<N> } = {
  loginWithFacebook: {
    platform: 'Fynd',
    body: {
      is_signed_in: true,
      oauth2: { access_token: 'fb-access-token', expiry: 5183999, refresh_token: '' },
      profile: {
        id: '10158000000000000',
        email: 'akash@example.com',
        full_name: 'Akash Mane',
        first_name: 'Akash',
        last_name: 'Mane',
        image: 'https://example.com/akash.png',
      },
    },
  },
  loginWithGoogle: {
    platform: 'Fynd',
    body: {
      is_signed_in: true,
      oauth2: { access_token: 'ya29.google-token', expiry: 3599, refresh_token: 'refresh-1' },
      profile: { id: '1029384756', email: 'akash@example.com', full_name: 'Akash Mane', first_name: 'Akash', last_name: 'Mane' },
    },
  },
  loginWithGoogleAndroid: {
    platform: 'Fynd',
    body: { is_signed_in: false, oauth2: { access_token: 'android-token', expiry: 3600 } },
  },
  loginWithGoogleIOS: {
    body: { is_signed_in: true, profile: { email: 'ios.user@example.com', full_name: 'Ios User' } },
  },
  loginWithAppleIOS: {
    platform: 'Fynd',
    body: {
      user_identifier: '000123.abcdef.0456',
      oauth: { identity_token: 'eyJraWQiOiJBSURPUEsxIn0.apple' },
      profile: { first_name: 'Zoë', last_name: 'Ünal', full_name: 'Zoë Ünal' },
    },
  },
  loginWithOTP: {
    platform: 'Fynd',
    body: { mobile: '8652523958', country_code: '91', captcha_code: '' },
  },
  loginWithEmailAndPassword: {
    body: { username: 'akash@example.com', password: 'S3cret! pass+word', captcha_code: '' },
  },
  sendResetPasswordEmail: {
    platform: 'Fynd',
    body: { email: 'akash+reset@example.com', captcha_code: 'captcha-1' },
  },
  forgotPassword: {
    body: { code: 'reset-code-123', password: 'N3w-Password!' },
  },
  sendResetToken: {
    body: { code: 'reset-code-123' },
  },
  loginWithToken: {
    body: { token: 'login-token-abc' },
  },
  registerWithForm: {
    platform: 'Fynd',
    body: {
      first_name: 'Akash',
      last_name: 'Mane',
      gender: 'male',
      email: 'akash@example.com',
      password: 'S3cret!',
      phone: { country_code: '91', mobile: '8652523958' },
      register_token: 'register-token-1',
    },
  },
  verifyEmail: {
    body: { code: 'verify-email-code' },
  },
  verifyMobile: {
    body: { code: 'verify-mobile-code' },
  },
  hasPassword: {},
  updatePassword: {
    body: { old_password: 'Old-Pass1', new_password: 'New-Pass2' },
  },
  logout: {},
  sendOTPOnMobile: {
    platform: 'Fynd',
    body: { mobile: '8652523958', country_code: '91', action: 'send', android_hash: 'hash-1', captcha_code: '' },
  },
  verifyMobileOTP: {
    platform: 'Fynd',
    body: { request_id: '01503005aeab87cbed93d40f46cc2749', otp: '123456', register_token: 'register-token-1' },
  },
  sendOTPOnEmail: {
    platform: 'Fynd',
    body: { email: 'akash@example.com', action: 'send', register_token: 'register-token-1' },
  },
  verifyEmailOTP: {
    platform: 'Fynd',
    body: { email: 'akash@example.com', action: 'verify', otp: '654321', register_token: 'register-token-1' },
  },
  getLoggedInUser: {},
  getListOfActiveSessions: {},
  getPlatformConfig: { name: 'Fynd Store' },
  updateProfile: {
    platform: 'Fynd',
    body: {
      first_name: 'Akash',
      last_name: 'Mañé',
      gender: 'male',
      dob: '1990-01-31',
      email: 'akash@example.com',
      mobile: { phone: '8652523958', country_code: '91' },
      profile_pic_url: 'https://example.com/p.png?size=2',
      register_token: 'register-token-1',
    },
  },
  addMobileNumber: {
    platform: 'Fynd',
    body: { country_code: '91', phone: '7400448798' },
  },
  deleteMobileNumber: {
    platform: 'Fynd',
    active: true,
    primary: false,
    verified: true,
    countryCode: '91',
    phone: '7400448798',
  },
  setMobileNumberAsPrimary: {
    body: { country_code: '91', phone: '7400448798', active: true, primary: true, verified: true },
  },
  sendVerificationLinkToMobile: {
    platform: 'Fynd',
    body: { country_code: '91', phone: '7400448798', active: true, primary: false, verified: false },
  },
  addEmail: {
    platform: 'Fynd',
    body: { email: 'akash.second@example.com' },
  },
  deleteEmail: {
    platform: 'Fynd Store',
    active: true,
    primary: false,
    verified: true,
    email: 'akash+old list@example.com',
  },
  setEmailAsPrimary: {
    body: { email: 'akash.second@example.com' },
  },
  sendVerificationLinkToEmail: {
    platform: 'Fynd',
    body: { email: 'akash.second@example.com' },
  },
};
