import type { Messages } from './vi';
import { workspaceEn } from './workspace.en';
import { moderationEn } from './moderation.en';
import { searchEn } from './search.en';
import { notificationsEn } from './notifications.en';
import { paymentsEn } from './payments.en';
import { inquiryEn } from './inquiry.en';
import { accountSettingsEn } from './account-settings.en';
import { wayInEn } from './way-in.en';
import { accountLinksEn } from './account-links.en';
import { privacyEn } from './privacy.en';
import { peopleEn } from './people.en';
import { systemEn } from './system.en';
import { systemBackupsEn } from './system-backups.en';
import { systemJobsEn } from './system-jobs.en';
import { openDataEn } from './open-data.en';
import { reportEn } from './report.en';
import { reportFiguresEn } from './report-figures.en';
import { introductionsEn } from './introductions.en';
import { bookmarksEn } from './bookmarks.en';
import { alertsEn } from './alerts.en';
import { matchingEn } from './matching.en';
import { eventsEn } from './events.en';

export const en: Messages = {
  ...workspaceEn,
  ...moderationEn,
  ...searchEn,
  ...notificationsEn,
  ...paymentsEn,
  ...inquiryEn,
  ...accountSettingsEn,
  ...wayInEn,
  ...accountLinksEn,
  ...privacyEn,
  ...peopleEn,
  ...systemEn,
  ...systemBackupsEn,
  ...systemJobsEn,
  ...openDataEn,
  ...reportEn,
  ...reportFiguresEn,
  ...introductionsEn,
  ...bookmarksEn,
  ...alertsEn,
  ...matchingEn,
  ...eventsEn,
  'site.name': 'Technology & Equipment Exchange',
  'site.department': 'Tây Ninh Department of Science and Technology',
  'site.skipToContent': 'Skip to main content',
  'site.footer.about':
    'The online technology and equipment exchange connects institutes, universities, enterprises and cooperatives that have technology or equipment with those who need it. The department reviews every listing before it is published.',
  'site.footer.heritage': 'Successor of the Long An online technology and equipment exchange (launched in 2023).',
  'site.footer.operator': 'Operated by the Tây Ninh Department of Science and Technology',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.account': 'Account',
  'nav.signIn': 'Sign in',
  'nav.signUp': 'Sign up',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name}',

  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'home.title': 'Online Technology & Equipment Exchange',
  'home.description':
    'Find and offer technology and equipment, or request science and technology solutions, from organisations reviewed by the Department of Science and Technology.',
  'home.hero.title': 'Where the province’s technology supply meets demand',
  'home.hero.body':
    'Institutes, universities, enterprises and cooperatives offer technology and equipment or request solutions here; the Department of Science and Technology reviews every listing before it goes public.',
  'home.hero.join': 'Create a free account',
  'home.latest': 'Latest listings',
  'home.filter.label': 'Filter by listing type',
  'home.filter.all': 'All',
  'home.empty': 'There are no listings of this type yet.',

  'listingKind.TECHNOLOGY_OFFER': 'Technology offer',
  'listingKind.EQUIPMENT_OFFER': 'Equipment offer',
  'listingKind.TECHNOLOGY_REQUEST': 'Technology request',

  'status.DRAFT': 'Draft',
  'status.PENDING_REVIEW': 'Pending review',
  'status.CHANGES_REQUESTED': 'Changes requested',
  'status.PUBLISHED': 'Published',
  'status.REJECTED': 'Rejected',
  'status.UNPUBLISHED': 'Unpublished',
  'status.ARCHIVED': 'Archived',
  'status.EXPIRED': 'Expired',

  'technologyLevel.ADVANCED': 'Advanced',
  'technologyLevel.MEDIUM_ADVANCED': 'Medium-advanced',
  'technologyLevel.OUTDATED': 'Outdated',

  'organisationKind.ST_ORGANISATION': 'Science & technology organisation',
  'organisationKind.ST_ENTERPRISE': 'Science & technology enterprise',
  'organisationKind.ENTERPRISE': 'Enterprise',
  'organisationKind.UNIVERSITY_INSTITUTE': 'University or research institute',
  'organisationKind.COOPERATIVE': 'Cooperative',
  'organisationKind.DEPARTMENT_UNIT': 'Department unit',

  'role.BUYER': 'Member',
  'role.MODERATOR': 'Moderator',
  'role.ADMIN': 'Administrator',
  'membershipRole.OWNER': 'Owner',
  'membershipRole.EDITOR': 'Editor',

  'price.NEGOTIABLE': 'Negotiable',
  'size.B': '{n, plural, one {# byte} other {# bytes}}',
  'size.KB': '{n} KB',
  'size.MB': '{n} MB',
  'size.GB': '{n} GB',
  'price.range': '{min} – {max}',
  'price.from': 'From {min}',
  'price.upTo': 'Up to {max}',

  'listing.anonymousOrganisation': 'Anonymous organisation',
  'listing.trlBadge': 'TRL {trl}',
  'listing.trlTitle': 'Technology readiness level {trl} of 9',
  'listing.publishedOn': 'Published {date}',
  'listing.kind': 'Listing type',
  'listing.status': 'Status',
  'listing.organisation': 'Organisation',
  'listing.field': 'Field of science',
  'listing.trl': 'Technology readiness (TRL)',
  'listing.appraisalLevel': 'Technology level (appraisal)',
  'listing.price': 'Price',
  'listing.keywords': 'Keywords',
  'listing.location': 'Location',
  'listing.validUntil': 'Valid until',
  'listing.validUntilNone': 'No expiry',
  'listing.publishedAt': 'Published',
  'listing.details': 'Details',
  'listing.back': '← Back to listings',

  'organisation.verified': 'Verified',
  'organisation.verifiedTitle': 'The Department of Science and Technology has verified this organisation',
  'organisation.about': 'About',
  'organisation.noDescription': 'The organisation has not written a description yet.',
  'organisation.kind': 'Type',
  'organisation.location': 'Address',
  'organisation.website': 'Website',
  'organisation.certificate': 'S&T enterprise certificate',
  'organisation.fields': 'Fields of activity',
  'organisation.listings': 'Listings of this organisation',
  'organisation.noListings': 'The organisation has no published listings yet.',

  'form.email': 'Email',
  'form.password': 'Password',
  'form.displayName': 'Full name or display name',
  'form.locale': 'Preferred language',
  'form.passwordHint': 'At least 10 characters. A few words you can remember make a good password.',
  'form.errorSummary': 'Not sent yet. Please check the highlighted fields.',
  'form.submitting': 'Sending…',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in to send inquiries, post technology requests and manage your organisation’s listings.',
  'signIn.submit': 'Sign in',
  'signIn.noAccount': 'No account yet?',
  'signIn.failed': 'The email or password is incorrect.',

  'signUp.title': 'Create an account',
  'signUp.intro': 'A free account lets you contact sellers, post technology requests and follow your deals.',
  'signUp.submit': 'Create account',
  'signUp.haveAccount': 'Already have an account?',

  'account.title': 'My account',
  'account.profile': 'Profile',
  'account.email': 'Email',
  'account.displayName': 'Display name',
  'account.role': 'Role',
  'account.language': 'Preferred language',
  'account.memberSince': 'Member since',
  'account.memberships': 'My organisations',
  'account.noMemberships': 'You do not belong to an organisation yet. Only organisation members can publish offers.',
  'account.membershipRole': 'Role in the organisation',

  'validation.REQUIRED': 'Please fill in this field.',
  'validation.TOO_SHORT': 'This is too short.',
  'validation.TOO_LONG': 'This is too long.',
  'validation.INVALID_EMAIL': 'This is not a valid email address.',
  'validation.TAKEN': 'This value is already in use.',
  'validation.INVALID_CREDENTIALS': 'The email or password is incorrect.',
  'validation.WEAK_PASSWORD': 'This password is too easy to guess; please choose another one.',
  'validation.INVALID_VALUE': 'This value is not valid.',
  'validation.password.TOO_SHORT': 'The password must be at least 10 characters long.',
  'validation.email.TAKEN': 'This email is already registered. You can sign in instead.',
  'validation.displayName.TOO_SHORT': 'The display name is too short.',

  'error.title': 'Something went wrong',
  'error.body': 'The exchange could not handle this request. Please try again in a few minutes.',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'The page you are looking for does not exist, was removed or is not published yet.',
  'error.status': 'Error {status}',
  'error.home': 'Back to the home page',
  'error.reference': 'Request id: {id}. If this happens again, tell the department this id.',
  'error.tooLarge.title': 'Too much to send',
  'error.tooLarge.body': 'The form is larger than allowed. Shorten it or send smaller files.',
  'error.badRequest.title': 'Invalid request',
  'error.badRequest.body': 'The form arrived broken or in an unexpected format. Reload the page and send it again.',
  'pager.pages': 'Pages',
  'pager.first': '← First page',
  'pager.next': 'Next page →',
};
