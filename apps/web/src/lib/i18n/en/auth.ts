import type { authVi } from '../vi/auth.js';

export const authEn: Record<keyof typeof authVi, string> = {
  'form.optional': '(optional)',
  'form.genericError': 'That did not work. Please check and try again.',
  'form.fixFields': 'Please correct the fields marked below.',
  'form.lockoutTitle': 'Sign-in temporarily locked',
  'form.required': 'required',

  'signIn.title': 'Sign in',
  'signIn.intro.tenant': 'For operators, supervisors, agency staff and administrators of {name}.',
  'signIn.intro.platform': 'For platform administrators.',
  'signIn.intro.national': 'For ministry and central government staff.',
  'signIn.email': 'E-mail',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.forgot': 'Forgot your password?',
  'signIn.noAccount': 'Staff without an account?',
  'signIn.signUpLink': 'Sign up',
  'notice.signedOut': 'You have signed out.',
  'notice.signedOutEverywhere': 'You have signed out on every device.',
  'notice.passwordChanged': 'Your password was changed. Please sign in again with the new password.',
  'notice.passwordReset': 'Your new password is saved. Please sign in.',
  'notice.inviteAccepted': 'You accepted the invitation. Sign in to start working.',

  'signUp.title': 'Staff sign-up',
  'signUp.intro':
    'For operators, supervisors and agency staff of {name}. Once you confirm your e-mail, the province’s administrator reviews and approves your account.',
  'signUp.name': 'Full name',
  'signUp.email': 'E-mail',
  'signUp.phone': 'Phone number',
  'signUp.password': 'Password',
  'signUp.role': 'Requested role',
  'signUp.agency': 'Your agency',
  'signUp.agencyNote': 'Required for agency staff; leave empty for other roles.',
  'signUp.agencyNone': '— None —',
  'signUp.submit': 'Sign up',
  'signUp.haveAccount': 'Already have an account?',
  'signUp.sentTitle': 'Check your mailbox',
  'signUp.sentText':
    'We sent a confirmation link to the e-mail address you signed up with. Open it (valid for 48 hours) to confirm your e-mail.',
  'signUp.sentNext':
    'The province’s administrator then reviews and approves your account. You can sign in to see its status.',
  'signUp.sentSpam': 'No e-mail? Check your spam folder too.',
  'password.hint':
    'At least 10 characters. No common passwords, sequences (123456, qwerty), your name or e-mail. A memorable phrase works well.',

  'verify.title': 'Confirm your e-mail',
  'verify.intro': 'Press the button below to confirm your e-mail address.',
  'verify.submit': 'Confirm e-mail',
  'verify.done': 'Your e-mail address is confirmed.',
  'verify.doneNext':
    'Your account now awaits the province administrator’s approval. You can sign in to see its status.',
  'verify.missingToken': 'This confirmation link is incomplete. Open the link from the e-mail again.',
  'common.toSignIn': 'Go to sign-in',

  'twoFactor.title': 'Two-step verification',
  'twoFactor.intro':
    'Enter the 6-digit code from your authenticator app (Google Authenticator, Microsoft Authenticator…), or one of your recovery codes.',
  'twoFactor.code': 'Authentication code or recovery code',
  'twoFactor.submit': 'Verify',
  'twoFactor.otherAccount': 'Sign in with another account',

  'setup.title': 'Set up two-step verification',
  'setup.intro':
    'The {role} role needs two-step verification: each time you sign in, you also enter a 6-digit code from an authenticator app on your phone.',
  'setup.begin': 'Start setup',
  'setup.scan': 'Step 1. Scan the QR code with your authenticator app',
  'setup.qrLabel': 'QR code holding your authentication key',
  'setup.manual': 'Cannot scan? Enter this key in the app (key type: time-based):',
  'setup.enterCode': 'Step 2. Enter the 6-digit code the app shows',
  'setup.code': 'Authentication code',
  'setup.confirm': 'Turn on two-step verification',
  'setup.doneTitle': 'Two-step verification is on',
  'setup.recoveryWarning':
    'Save the 10 recovery codes below somewhere safe (print them or keep them in a password manager). Each works once if you lose your phone. They are shown only this once.',
  'setup.recoveryCodes': 'Recovery codes',
  'setup.continue': 'I saved the codes, continue',
  'setup.invalidKey': 'The setup key is not valid. Please start again.',
};
