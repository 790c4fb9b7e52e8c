import type { Resolvers } from './generated.ts';
import { DateTime, VND } from './scalars.ts';
import { accountLoaders, accountResolvers } from '../modules/account/account.resolvers.ts';
import { accountLinkLoaders, accountLinkResolvers } from '../modules/account/account-links.resolvers.ts';
import { listingLoaders, listingResolvers } from '../modules/listing/listing.resolvers.ts';
import { organisationLoaders, organisationResolvers } from '../modules/organisation/organisation.resolvers.ts';
import { taxonomyResolvers } from '../modules/taxonomy/taxonomy.resolvers.ts';
import { moderationResolvers } from '../modules/moderation/moderation.resolvers.ts';
import { searchResolvers } from '../modules/search/search.resolvers.ts';
import { notificationResolvers } from '../modules/notification/notification.resolvers.ts';
import { paymentLoaders, paymentResolvers } from '../modules/payment/payment.resolvers.ts';
import { inquiryLoaders, inquiryResolvers } from '../modules/inquiry/inquiry.resolvers.ts';
import { dealLoaders, dealResolvers } from '../modules/deal/deal.resolvers.ts';
import { accountSettingsResolvers } from '../modules/account/account-settings.resolvers.ts';
import { peopleLoaders, peopleResolvers } from '../modules/people/people.resolvers.ts';
import { mergeLoaders } from './loaders.ts';
import { privacyResolvers } from '../modules/privacy/privacy.resolvers.ts';
import { systemResolvers } from '../modules/operations/system.resolvers.ts';
import { backupResolvers } from '../modules/operations/backup.resolvers.ts';
import { jobsResolvers } from '../modules/jobs/jobs.resolvers.ts';
import { searchDemandResolvers } from '../modules/search/search-demand.resolvers.ts';
import { reportResolvers } from '../modules/report/report.resolvers.ts';
import { matchLoaders, matchReasonResolvers } from '../modules/matching/match-reason.resolvers.ts';
import { introductionLoaders, introductionResolvers } from '../modules/introduction/introduction.resolvers.ts';
import { bookmarkLoaders, bookmarkResolvers } from '../modules/bookmark/bookmark.resolvers.ts';
import { alertsResolvers } from '../modules/alerts/alerts.resolvers.ts';
import { matchesLoaders, matchesResolvers } from '../modules/matching/matches.resolvers.ts';
import { eventLoaders, eventResolvers } from '../modules/event/event.resolvers.ts';

// Services return rows for success and typed InputErrors (with __typename) for refusals.
// Mercurius reads `resolveType` (not Apollo's `__resolveType`) on unions.
const union = (success: string) => ({ resolveType: (obj: { __typename?: string }) => obj.__typename ?? success });

const modules: Resolvers[] = [accountResolvers, listingResolvers, organisationResolvers, taxonomyResolvers, moderationResolvers, searchResolvers, notificationResolvers, paymentResolvers];
modules.push(inquiryResolvers, dealResolvers);
modules.push(accountSettingsResolvers);
modules.push(accountLinkResolvers);
modules.push(privacyResolvers);
modules.push(peopleResolvers);
modules.push(systemResolvers);
modules.push(backupResolvers);
modules.push(jobsResolvers);
modules.push(searchDemandResolvers);
modules.push(reportResolvers);
modules.push(matchReasonResolvers);
modules.push(introductionResolvers);
modules.push(bookmarkResolvers);
modules.push(alertsResolvers);
modules.push(matchesResolvers);
modules.push(eventResolvers);

export function buildResolvers() {
  const merged: Record<string, Record<string, unknown>> = {
    Query: { ping: () => 'pong' },
    Mutation: {},
  };
  for (const m of modules) {
    for (const [type, fields] of Object.entries(m)) merged[type] = { ...merged[type], ...(fields as object) };
  }
  return {
    ...merged,
    DateTime,
    VND,
    AuthResult: union('AuthSuccess'),
    ListingResult: union('Listing'),
    OrganisationResult: union('Organisation'),
    InvitationResult: union('OrganisationInvitation'),
    ClaimResult: union('ClaimVerification'),
    InquiryResult: union('Inquiry'),
    DealResult: union('Deal'),
    CheckoutResult: union('Checkout'),
    OrderResult: union('Order'),
    NotificationPreferencesResult: union('NotificationPreferences'),
    PersonResult: union('Person'),
    MarkNotificationsResult: union('NotificationsMarked'),
    UpdateProfileResult: union('AccountSettings'),
    ChangePasswordResult: union('PasswordChanged'),
    LinkSentResult: union('LinkSent'),
    PasswordResetResult: union('PasswordReset'),
    EmailVerifiedResult: union('EmailVerified'),
    AcceptLegalDocumentsResult: union('LegalDocumentsAccepted'),
    DataRequestResult: union('DataRequest'),
    RunBackupResult: union('BackupRun'),
    DepartmentFiguresResult: union('DepartmentFigures'),
    IntroductionResult: union('Introduction'),
    BookmarkResult: union('BookmarkState'),
    SavedSearchResult: union('SavedSearch'),
    UnsubscribeResult: union('Unsubscribed'),
    EventResult: union('Event'),
    ExhibitorResult: union('EventExhibitor'),
    MeetingResult: union('Meeting'),
    // Listings have a title, organisations a name: the row tells which it is.
    SearchEntity: { resolveType: (obj: object) => ('titleVi' in obj ? 'Listing' : 'Organisation') },
  };
}

export const loaders = mergeLoaders(
  accountLoaders, listingLoaders, organisationLoaders, paymentLoaders, inquiryLoaders, dealLoaders, accountLinkLoaders, peopleLoaders,
  matchLoaders, introductionLoaders, bookmarkLoaders, matchesLoaders, eventLoaders,
);
