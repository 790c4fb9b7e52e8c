import type { accountLinksVi } from './account-links.vi';

export const accountLinksEn: Record<keyof typeof accountLinksVi, string> = {
  'signIn.forgot': 'Forgot your password?',

  'recovery.forgot.title': 'Forgot your password',
  'recovery.forgot.intro': 'Enter your account’s e-mail address. We will send a link to choose a new password; it works once and expires soon.',
  'recovery.forgot.submit': 'Send the link',
  'recovery.forgot.sent.title': 'Check your inbox',
  'recovery.forgot.sent.body':
    'If {email} belongs to an account on the Exchange, we have just sent it a link to choose a new password. No e-mail? Look in the spam folder, or try again in a few minutes.',
  'recovery.forgot.back': 'Back to sign in',
  'recovery.forgot.remembered': 'Remembered it?',

  'recovery.reset.title': 'Choose a new password',
  'recovery.reset.intro': 'For the account {email}. Once it is changed, every session of the account ends, on every device.',
  'recovery.reset.password': 'New password',
  'recovery.reset.submit': 'Set the new password',
  'recovery.reset.done.title': 'Your password was changed',
  'recovery.reset.done.body': 'Every earlier session of {email} has ended. Sign in with your new password.',
  'recovery.reset.done.signIn': 'Sign in',
  'recovery.reset.again': 'Ask for a new link',

  'accountLink.USED.title': 'This link has been used',
  'accountLink.USED.body': 'Each link works once, and this one has been used.',
  'accountLink.EXPIRED.title': 'This link has expired',
  'accountLink.EXPIRED.body': 'This link is past its time.',
  'accountLink.INVALID.title': 'This link is not valid',
  'accountLink.INVALID.body': 'The link is wrong or no longer works. Make sure you opened the link in the newest e-mail, and copied the whole address.',

  'verifyEmail.title': 'Confirm your e-mail address',
  'verifyEmail.intro': 'Press the button below to confirm that {email} is your account’s e-mail address.',
  'verifyEmail.introChange': 'Press the button below to change your account’s e-mail address to {email}.',
  'verifyEmail.submit': 'Confirm',
  'verifyEmail.done.title': 'Your e-mail address is confirmed',
  'verifyEmail.done.body': '{email} is confirmed. You can now send inquiries, join or register an organisation and pay on the Exchange.',
  'verifyEmail.done.home': 'Go to the home page',
  'verifyEmail.done.account': 'My account',
  'verifyEmail.again': 'Send the confirmation link again',
  'verifyEmail.status.unverified': '{email} is not confirmed yet. Open the link in the e-mail we sent you, or get a new link.',
  'verifyEmail.status.verified': '{email} is confirmed.',
  'verifyEmail.sent': 'A new link is on its way to {email}. Open the link in the newest e-mail.',

  'verifyEmail.banner.text': 'Please confirm your e-mail address {email}: open the link in the e-mail we sent you. Until then you cannot send inquiries, join or register an organisation, or pay.',
  'verifyEmail.banner.resend': 'Send the link again',

  'emailChange.title': 'Change your e-mail address',
  'emailChange.back': '← My account',
  'emailChange.current': 'Current address',
  'emailChange.verified': 'Confirmed',
  'emailChange.unverified': 'Not confirmed',
  'emailChange.pending': 'Waiting for confirmation: {email}. The address changes only once you open the link sent to it.',
  'emailChange.intro': 'We will send a link to the new address; your account’s address changes only once you open it. The current address is told too.',
  'emailChange.newEmail': 'New e-mail address',
  'emailChange.currentPassword': 'Current password',
  'emailChange.submit': 'Send the confirmation link',
  'emailChange.sent': 'A link is on its way to {email}. Your account’s address changes once you open it.',
};
