#!/usr/bin/env node
// Prints the README's table of the 33 methods (verb, path, client call, hook, component) from the methods table,
// so that the README never drifts from the code: `npm run docs:methods` rewrites the block between the markers.
import { readFileSync, writeFileSync } from 'node:fs';

const { userMethods } = await import('../dist/index.js');
const queryHooks = { getLoggedInUser: 'useLoggedInUser', getPlatformConfig: 'usePlatformConfig', getListOfActiveSessions: 'useActiveSessions', hasPassword: 'useHasPassword' };
const components = {
  loginWithFacebook: '`Social.Buttons`', loginWithGoogle: '`Social.Buttons`', loginWithAppleIOS: '`Social.Buttons`',
  loginWithOTP: '`Login.Root` (OTP)', loginWithEmailAndPassword: '`Login.Root` (password)',
  sendResetPasswordEmail: '`ForgotPassword.Root`', sendResetToken: '`ForgotPassword.Root`', forgotPassword: '`ForgotPassword.Root`',
  registerWithForm: '`Register.Root`', sendOTPOnMobile: '`Otp.Resend`', sendOTPOnEmail: '`Login.Root` (email OTP), `Otp.Resend`',
  verifyMobileOTP: '`Otp.Root`', verifyEmailOTP: '`Otp.Root`', getPlatformConfig: '`AuthScreen`, `Config.*`', getLoggedInUser: '`useAuth`, `ProfileScreen`',
  loginWithGoogleAndroid: '`Social.Buttons` (`method`)', loginWithGoogleIOS: '`Social.Buttons` (`method`)',
  updateProfile: '`Profile.Root`', addEmail: '`EmailList.Add`', deleteEmail: '`EmailList.Items`', setEmailAsPrimary: '`EmailList.Items`',
  sendVerificationLinkToEmail: '`EmailList.Items`', verifyEmail: '`EmailList.Items`', addMobileNumber: '`PhoneList.Add`',
  deleteMobileNumber: '`PhoneList.Items`', setMobileNumberAsPrimary: '`PhoneList.Items`', sendVerificationLinkToMobile: '`PhoneList.Items`',
  verifyMobile: '`PhoneList.Items`', hasPassword: '`ChangePassword.Root`', updatePassword: '`ChangePassword.Root`',
  getListOfActiveSessions: '`Sessions.List`', logout: '`Logout.Button`', loginWithToken: '—',
};
const rows = Object.entries(userMethods).map(([name, spec]) => {
  const hook = queryHooks[name] ?? `use${name[0].toUpperCase()}${name.slice(1)}`;
  const args = [Object.keys(spec.query).join(', '), spec.body ? 'body' : ''].filter(Boolean).join(', ');
  return `| \`${name}\` | ${spec.http} \`${spec.path.replace('/service/application/user', '…')}\` | \`client.${name}(${args ? `{ ${args} }` : ''})\` | \`${hook}\` | ${components[name] ?? ''} | ${spec.session ? 'yes' : 'no'} |`;
});
const table = ['| method | verb and path | client | hook | component | session |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- methods:start -->';
  const end = '<!-- methods:end -->';
  const next = readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`);
  writeFileSync('README.md', next);
} else {
  console.log(table);
}
