import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { localized } from '../access.ts';
import { renderMarkdown } from '../listing/markdown.ts';
import { ATTACHMENT_PREFIX } from '../../plugins/inquiry-attachments.ts';

export const inquiryResolvers: Resolvers = {
  Query: {
    inquiry: (_, { id }, ctx) => ctx.services.inquiryQueries.byId(ctx, id),
    myInquiries: (_, { status, ...page }, ctx) => ctx.services.inquiryQueries.mine(ctx, status, page),
    organisationInquiries: (_, { organisationId, side, status, ...page }, ctx) =>
      ctx.services.inquiryQueries.ofOrganisation(ctx, organisationId, side, status, page),
    ndaVersion: (_, __, ctx) => ctx.services.inquiryQueries.currentNda(),
  },
  Mutation: {
    openInquiry: (_, { input }, ctx) => ctx.services.inquiry.open(ctx, input),
    replyToInquiry: (_, { id, body }, ctx) => ctx.services.inquiry.reply(ctx, id, body),
    requestNda: (_, { id }, ctx) => ctx.services.inquiry.requestNda(ctx, id),
    acceptNda: (_, { id, version }, ctx) => ctx.services.inquiry.acceptNda(ctx, id, version),
    declineInquiry: (_, { id, input }, ctx) => ctx.services.inquiry.decline(ctx, id, input),
    withdrawInquiry: (_, { id }, ctx) => ctx.services.inquiry.withdraw(ctx, id),
  },
  Inquiry: {
    listingTitle: (i, _, ctx) => localized(ctx, i.listing.titleVi, i.listing.titleEn),
    listingKind: (i) => i.listing.kind,
    decline: (i) => (i.status === 'DECLINED' && i.declineReason ? { reason: i.declineReason, note: i.declineNote, side: i.declinedBySide ?? 'OWNER' } : null),
  },
  InquiryAttachment: {
    url: (a) => `${ATTACHMENT_PREFIX}${a.fileName}`,
    name: (a) => a.originalName,
  },
  NdaText: {
    title: (n, _, ctx) => localized(ctx, n.titleVi, n.titleEn),
    body: (n, _, ctx) => localized(ctx, n.bodyVi, n.bodyEn),
    bodyHtml: (n, _, ctx) => renderMarkdown(localized(ctx, n.bodyVi, n.bodyEn)),
  },
};

export const inquiryLoaders: Loaders = {
  Inquiry: {
    listing: (queries, ctx) => ctx.services.inquiryQueries.listingsOf(ctx, queries.map((q) => q.obj)),
    ownerOrganisation: (queries, ctx) => ctx.services.inquiryQueries.ownerOrganisationsOf(ctx, queries.map((q) => q.obj)),
    requesterOrganisation: (queries, ctx) => ctx.services.inquiryQueries.requesterOrganisationsOf(queries.map((q) => q.obj)),
    requesterName: (queries, ctx) => ctx.services.inquiryQueries.requesterNamesOf(queries.map((q) => q.obj)),
    mySide: (queries, ctx) => ctx.services.inquiryQueries.sidesOf(ctx, queries.map((q) => q.obj)),
    actions: (queries, ctx) => ctx.services.inquiryQueries.actionsOf(ctx, queries.map((q) => q.obj)),
    messages: (queries, ctx) => ctx.services.inquiryQueries.messagesOf(ctx, queries),
    answeredAt: (queries, ctx) => ctx.services.inquiryQueries.answeredAt(queries.map((q) => q.obj)),
    nda: (queries, ctx) => ctx.services.inquiryQueries.ndaOf(queries.map((q) => q.obj)),
    ndaAcceptances: (queries, ctx) => ctx.services.inquiryQueries.acceptancesOf(ctx, queries.map((q) => q.obj)),
    deal: (queries, ctx) => ctx.services.deal.ofInquiries(queries.map((q) => q.obj.id)),
  },
  Listing: {
    dossier: async (queries, ctx) => {
      const listings = queries.map((q) => q.obj);
      const readers = await ctx.services.inquiryQueries.dossierReaders(ctx, listings);
      return listings.map((l, i) => {
        const source = ctx.locale === 'en' ? l.dossierEn || l.dossierVi : l.dossierVi || l.dossierEn;
        return readers[i] && source ? renderMarkdown(source) : null;
      });
    },
    dossierVi: async (queries, ctx) => {
      const editors = await ctx.services.inquiryQueries.dossierEditors(ctx, queries.map((q) => q.obj));
      return queries.map((q, i) => (editors[i] ? q.obj.dossierVi : null));
    },
    dossierEn: async (queries, ctx) => {
      const editors = await ctx.services.inquiryQueries.dossierEditors(ctx, queries.map((q) => q.obj));
      return queries.map((q, i) => (editors[i] ? q.obj.dossierEn : null));
    },
    dossierViHtml: async (queries, ctx) => {
      const editors = await ctx.services.inquiryQueries.dossierEditors(ctx, queries.map((q) => q.obj));
      return queries.map((q, i) => (editors[i] && q.obj.dossierVi ? renderMarkdown(q.obj.dossierVi) : null));
    },
    dossierEnHtml: async (queries, ctx) => {
      const editors = await ctx.services.inquiryQueries.dossierEditors(ctx, queries.map((q) => q.obj));
      return queries.map((q, i) => (editors[i] && q.obj.dossierEn ? renderMarkdown(q.obj.dossierEn) : null));
    },
    canInquire: (queries, ctx) => ctx.services.inquiryQueries.canInquire(ctx, queries.map((q) => q.obj)),
    myInquiry: (queries, ctx) => ctx.services.inquiryQueries.myInquiriesOn(ctx, queries.map((q) => q.obj)),
  },
};
