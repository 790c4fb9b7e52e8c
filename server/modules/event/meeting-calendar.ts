// A meeting as a calendar file (RFC 5545, through the `ics` package): one VEVENT whose UID stays the same for the
// meeting, so a calendar that imports the file again (after a cancellation, say) updates the entry instead of
// adding one. The title and description are in the reader's language; times are UTC, which every calendar shows
// in its own zone.
import { createEvents, type EventAttributes } from 'ics';
import type { Locale } from '../../i18n/messages.ts';

export interface CalendarMeeting {
  id: string;
  status: 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED';
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  message: string;
  event: { titleVi: string; titleEn: string | null; online: boolean; place: string | null; onlineUrl: string | null };
  eventUrl: string;
  exhibitor: { name: string; email: string | null };
  requester: { name: string; email: string; organisation: string | null };
}

const WORDS = {
  vi: { title: (org: string, event: string) => `Gặp B2B với ${org} – ${event}`, with: 'Người đặt lịch', message: 'Lời nhắn' },
  en: { title: (org: string, event: string) => `B2B meeting with ${org} – ${event}`, with: 'Booked by', message: 'Message' },
};

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';
export const calendarFileName = (id: string) => `meeting-${id}.ics`;

export function meetingCalendar(locale: Locale, m: CalendarMeeting): string {
  const w = WORDS[locale];
  const eventTitle = locale === 'en' && m.event.titleEn ? m.event.titleEn : m.event.titleVi;
  const requester = m.requester.organisation ? `${m.requester.name} (${m.requester.organisation})` : m.requester.name;
  const attributes: EventAttributes = {
    uid: `meeting-${m.id}@tech-exchange`,
    productId: 'tech-exchange/meetings',
    start: m.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: m.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: w.title(m.exhibitor.name, eventTitle),
    description: `${w.with}: ${requester}\n${w.message}: ${m.message}\n${m.eventUrl}`,
    location: m.event.online ? (m.event.onlineUrl ?? undefined) : (m.event.place ?? undefined),
    url: m.event.online && m.event.onlineUrl ? m.event.onlineUrl : m.eventUrl,
    status: m.status === 'CONFIRMED' ? 'CONFIRMED' : m.status === 'REQUESTED' ? 'TENTATIVE' : 'CANCELLED',
    // Each later version of the file (a cancellation) must outrank the earlier one in calendars that imported it.
    sequence: Math.floor(m.updatedAt.getTime() / 1000) % 2_000_000_000,
    organizer: { name: m.exhibitor.name, ...(m.exhibitor.email ? { email: m.exhibitor.email } : {}) },
    attendees: [{ name: requester, email: m.requester.email, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
  };
  const { error, value } = createEvents([attributes]);
  if (error || !value) throw error ?? new Error('calendar file not built');
  return value;
}
