import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { localized } from '../access.ts';
import { renderMarkdown } from '../listing/markdown.ts';
import { calendarPath } from './meeting.service.ts';

export const eventResolvers: Resolvers = {
  Query: {
    events: (_, { when, ...page }, ctx) => ctx.services.event.published(ctx, when ?? 'UPCOMING', page),
    event: (_, { slug }, ctx) => ctx.services.event.bySlug(ctx, slug),
    managedEvents: (_, page, ctx) => ctx.services.event.managed(ctx, page),
    myExhibitors: (_, page, ctx) => ctx.services.event.myExhibitors(ctx, page),
    myMeetings: (_, page, ctx) => ctx.services.meeting.mine(ctx, page),
    exhibitorMeetings: (_, { exhibitorId, ...page }, ctx) => ctx.services.meeting.ofExhibitor(ctx, exhibitorId, page),
    eventFigures: (_, { eventId }, ctx) => ctx.services.event.figures(ctx, eventId),
    meetingCalendar: (_, { id }, ctx) => ctx.services.meeting.calendar(ctx, id),
  },
  Mutation: {
    createEvent: (_, { input }, ctx) => ctx.services.event.create(ctx, input),
    updateEvent: (_, { id, input }, ctx) => ctx.services.event.update(ctx, id, input),
    publishEvent: (_, { id }, ctx) => ctx.services.event.publish(ctx, id),
    cancelEvent: (_, { id }, ctx) => ctx.services.event.cancel(ctx, id),
    registerExhibitor: (_, { eventId, organisationId, listingIds }, ctx) => ctx.services.event.register(ctx, eventId, organisationId, listingIds),
    decideExhibitor: (_, { exhibitorId, approve }, ctx) => ctx.services.event.decide(ctx, exhibitorId, approve),
    openSlots: (_, { exhibitorId, input }, ctx) => ctx.services.meeting.openSlots(ctx, exhibitorId, input),
    removeSlot: (_, { slotId }, ctx) => ctx.services.meeting.removeSlot(ctx, slotId),
    requestMeeting: (_, { slotId, message }, ctx) => ctx.services.meeting.request(ctx, slotId, message),
    confirmMeeting: (_, { id }, ctx) => ctx.services.meeting.confirm(ctx, id),
    declineMeeting: (_, { id }, ctx) => ctx.services.meeting.decline(ctx, id),
    cancelMeeting: (_, { id }, ctx) => ctx.services.meeting.cancel(ctx, id),
  },
  Event: {
    title: (e, _, ctx) => localized(ctx, e.titleVi, e.titleEn),
    descriptionHtml: (e, _, ctx) => renderMarkdown(localized(ctx, e.descriptionVi, e.descriptionEn)),
    registrationOpen: (e, _, ctx) => ctx.services.event.registrationOpen(e),
  },
  Meeting: {
    event: (m) => m.exhibitor.event,
    // The meeting's own slot: booked by this meeting once confirmed, and the caller's when they asked.
    slot: (m, _, ctx) => ({ ...m.slot, free: m.status !== 'CONFIRMED' && m.slot.startsAt > new Date(), requestedByMe: m.requesterId === ctx.user?.id }),
    calendarPath: (m) => (m.status === 'CONFIRMED' ? calendarPath(m.id) : null),
  },
};

export const eventLoaders: Loaders = {
  Event: {
    exhibitors: (queries, ctx) => ctx.services.event.exhibitorsOf(ctx, queries),
  },
  EventExhibitor: {
    organisation: (queries, ctx) => ctx.services.inquiryQueries.organisationsOf(queries.map((q) => q.obj.organisationId)),
    listings: (queries, ctx) => ctx.services.event.listingsOf(ctx, queries.map((q) => q.obj)),
    slots: (queries, ctx) => ctx.services.meeting.slotsOf(ctx, queries.map((q) => q.obj)),
    mine: (queries, ctx) => ctx.services.event.mine(ctx, queries.map((q) => q.obj)),
  },
  Meeting: {
    requesterName: (queries, ctx) => ctx.services.meeting.requesterNames(queries.map((q) => q.obj)),
    requesterOrganisation: (queries, ctx) => ctx.services.inquiryQueries.organisationsOf(queries.map((q) => q.obj.requesterOrganisationId)),
    mySide: (queries, ctx) => ctx.services.meeting.sides(ctx, queries.map((q) => q.obj)),
  },
};
