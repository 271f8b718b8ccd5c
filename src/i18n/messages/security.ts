/** The English texts of the account screen's password and sessions sections (loaded with those sections). */
export const securityMessages = {
  sessionsHint: 'These devices and browsers are signed in to your account.',
  sessionsEmpty: 'No active sessions.',
  sessionsCount: '{count, plural, one {# active session} other {# active sessions}}',
  sessionsNoRevoke: 'To end a session on another device, sign out on that device.',
  sessionsItem: 'Session {id}',
  passwordSetTitle: 'Set a password',
  passwordSetHint: 'You sign in with one-time codes. Set a password to sign in with it too.',
  passwordCurrent: 'Current password',
  passwordNew: 'New password',
  passwordConfirm: 'Confirm new password',
  passwordChangeSubmit: 'Change password',
  passwordSetSubmit: 'Set password',
  passwordSubmitting: 'Saving your password…',
  passwordChanged: 'Your password has been changed.',
  passwordSet: 'Your password has been set.',
};
