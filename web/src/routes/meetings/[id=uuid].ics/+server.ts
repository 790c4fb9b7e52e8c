// A confirmed meeting's calendar file, for its two sides only: anyone else gets the same 404 as a meeting that does
// not exist; visitors are sent to sign in.
import { error } from '@sveltejs/kit';
import { MeetingCalendarDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { download } from '$lib/report/report.server';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  requireUser(event);
  const { meetingCalendar } = await orNotFound(event, () => gql(event, MeetingCalendarDocument, { id: event.params.id }));
  if (!meetingCalendar) error(404, t(event.locals.locale, 'error.notFound.title'));
  return download(meetingCalendar, 'text/calendar; charset=utf-8', `meeting-${event.params.id}.ics`);
};
