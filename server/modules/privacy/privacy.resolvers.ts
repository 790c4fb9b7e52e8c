import type { Resolvers } from '../../graphql/generated.ts';

export const privacyResolvers: Resolvers = {
  Query: {
    legalDocument: (_, { document, version }, ctx) => ctx.services.privacy.legalDocument(ctx, document, version),
    legalDocumentVersions: (_, { document }, ctx) => ctx.services.privacy.legalDocumentVersions(ctx, document),
    dataRequests: (_, { status, ...page }, ctx) => ctx.services.privacy.dataRequests(ctx, status, page),
  },
  Mutation: {
    acceptLegalDocuments: (_, { input }, ctx) => ctx.services.privacy.acceptLegalDocuments(ctx, input),
    exportMyData: (_, __, ctx) => ctx.services.privacy.exportMyData(ctx),
    requestAccountDeletion: (_, { input }, ctx) => ctx.services.privacy.requestAccountDeletion(ctx, input),
    answerDataRequest: (_, { input }, ctx) => ctx.services.privacy.answerDataRequest(ctx, input),
  },
  User: {
    pendingConsents: (user, _, ctx) => ctx.services.privacy.pendingConsents(ctx, user),
    consents: (user, _, ctx) => ctx.services.privacy.consents(ctx, user),
    dataRequests: (user, page, ctx) => ctx.services.privacy.dataRequestsOf(ctx, user, page),
  },
  LegalDocumentVersion: {
    title: (text, _, ctx) => ctx.services.privacy.title(ctx, text),
    changes: (text, _, ctx) => ctx.services.privacy.changes(ctx, text),
    html: (text, _, ctx) => ctx.services.privacy.html(ctx, text),
    current: (text, _, ctx) => ctx.services.privacy.isCurrent(text),
  },
  DataRequest: {
    overdue: (request, _, ctx) => ctx.services.privacy.overdue(request),
    blockedBy: (request, _, ctx) => ctx.services.privacy.blockingMessage(ctx, request),
    person: (request) => ({ ...request.user, deleted: request.user.status === 'DELETED' }),
  },
};
