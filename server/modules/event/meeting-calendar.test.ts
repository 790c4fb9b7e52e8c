import { describe, expect, it } from 'vitest';
import { vevent } from '../../../tests/support/ics.ts';
import { meetingCalendar, type CalendarMeeting } from './meeting-calendar.ts';

const MEETING: CalendarMeeting = {
  id: '5d0c8a0e-3a51-4d7e-9c55-0b6f1b7c2a11',
  status: 'CONFIRMED',
  startsAt: new Date('2026-12-20T02:00:00Z'),
  endsAt: new Date('2026-12-20T02:30:00Z'),
  updatedAt: new Date('2026-12-06T08:00:00Z'),
  message: 'Xin xem mẫu thanh giằng; giá, tiến độ?',
  event: { titleVi: 'Chợ công nghệ Tây Ninh', titleEn: 'Tây Ninh Techmart', online: false, place: 'Tân An, Tây Ninh', onlineUrl: null },
  eventUrl: 'https://san.example.vn/events/cho-cong-nghe-tay-ninh',
  exhibitor: { name: 'Cơ khí Xây dựng Long An', email: 'lienhe@cokhi.example.vn' },
  requester: { name: 'Phạm Quốc Bảo', email: 'bao@example.vn', organisation: null },
};

describe('a meeting as a calendar file', () => {
  it('is one VEVENT in UTC with a UID of the meeting, titled in the reader’s language', () => {
    const vi = vevent(meetingCalendar('vi', MEETING));
    const en = vevent(meetingCalendar('en', MEETING));
    expect(vi.get('DTSTART')).toBe('20261220T020000Z');
    expect(vi.get('DTEND')).toBe('20261220T023000Z');
    expect(vi.get('UID')).toBe(`meeting-${MEETING.id}@tech-exchange`);
    expect(en.get('UID')).toBe(vi.get('UID'));
    expect(vi.get('SUMMARY')).toBe('Gặp B2B với Cơ khí Xây dựng Long An – Chợ công nghệ Tây Ninh');
    expect(en.get('SUMMARY')).toBe('B2B meeting with Cơ khí Xây dựng Long An – Tây Ninh Techmart');
    expect(vi.get('LOCATION')).toBe('Tân An, Tây Ninh');
    expect(vi.get('STATUS')).toBe('CONFIRMED');
    expect(vi.get('DESCRIPTION')).toContain('Xin xem mẫu thanh giằng; giá, tiến độ?');
    expect(vi.get('ORGANIZER')?.toLowerCase()).toBe('mailto:lienhe@cokhi.example.vn');
  });

  it('puts an online event’s room as the location, and says a cancelled meeting is cancelled with a later sequence', () => {
    const online = { ...MEETING, event: { ...MEETING.event, online: true, place: null, onlineUrl: 'https://meet.example.vn/techmart' } };
    expect(vevent(meetingCalendar('en', online)).get('LOCATION')).toBe('https://meet.example.vn/techmart');
    const before = vevent(meetingCalendar('en', MEETING));
    const cancelled = vevent(meetingCalendar('en', { ...MEETING, status: 'CANCELLED', updatedAt: new Date('2026-12-07T08:00:00Z') }));
    expect(cancelled.get('STATUS')).toBe('CANCELLED');
    expect(Number(cancelled.get('SEQUENCE'))).toBeGreaterThan(Number(before.get('SEQUENCE')));
  });
});
