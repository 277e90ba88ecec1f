import type { accountVi } from '../vi/account.js';

export const accountEn: Record<keyof typeof accountVi, string> = {
  'forgot.title': 'Forgot password',
  'forgot.intro':
    'Enter your account’s e-mail. If it has an account on this site, we will send a link to reset your password (valid for 1 hour).',
  'forgot.submit': 'Send link',
  'forgot.sent':
    'If {email} has an account on this site, a password reset link is on its way. Check your mailbox, including the spam folder.',
  'reset.title': 'Reset password',
  'reset.password': 'New password',
  'reset.submit': 'Save new password',
  'reset.missingToken':
    'This reset link is incomplete. Open the link from the e-mail again, or ask for a new one.',
  'reset.again': 'Ask for a new link',
  'change.title': 'Change password',
  'change.intro': 'After the change you are signed out on every device and need to sign in again.',
  'change.current': 'Current password',
  'change.new': 'New password',
  'change.submit': 'Change password',

  'invite.title': 'Accept invitation',
  'invite.intro': 'You are invited to join {name}.',
  'invite.email': 'E-mail',
  'invite.role': 'Role',
  'invite.expires': 'Expires',
  'invite.existingNote':
    'If this e-mail already has an account on the platform (in another province, say), enter that account’s current password; its name and phone number stay as they are.',
  'invite.submit': 'Accept invitation',
  'invite.invalid': 'This invitation cannot be used.',
  'invite.missingToken': 'This invitation link is incomplete. Open the link from the e-mail again.',

  'pending.title': 'Your account awaits approval',
  'pending.text':
    'Thank you, {name}. Your account at {tenant} is waiting for the province administrator to approve it and assign your role.',
  'pending.next':
    'Once approved, sign in again to reach your workspace. If it takes too long, contact the province’s administrator.',
  'pending.email': 'Signed up as: {email}',

  'account.title': 'My account',
  'account.name': 'Name',
  'account.email': 'E-mail',
  'account.role': 'Role',
  'account.status': 'Status',
  'account.twoFactor': 'Two-step verification',
  'account.twoFactorOn': 'On',
  'account.twoFactorOff': 'Off',
  'account.changePassword': 'Change password',
  'account.signOutEverywhere': 'Sign out on every device',
  'account.signOutEverywhereHint': 'Ends all your sessions, including on other computers.',
  'signOut.title': 'Sign out',
  'signOut.text': 'Do you want to sign out of this site?',

  'user.menu': 'Signed-in account',
  'user.account': 'Account',
  'user.signOut': 'Sign out',
  'user.signIn': 'Sign in',
};
