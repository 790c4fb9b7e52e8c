// The demo's events: Techfest Long An 2023, the province's innovation fair of November 2023 from the department's
// 2023 report (over 50 enterprises exhibited; held at the provincial innovation space and Tân Tạo University), and
// the next techmart, two weeks after the seeding, where demo organisations exhibit demo listings and have opened
// B2B meeting slots (which of them exhibit, their slots and the next techmart's place are the demo's assumptions).
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../server/generated/prisma/client.ts';
import type { Tx } from '../../../server/lib/prisma.ts';
import { slugify } from '../../../server/lib/slug.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { DEMO_ORGANISATIONS, type DemoOrgKey } from './organisations.ts';
import type { DemoRows } from './rows.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VIETNAM = 7 * HOUR;

interface DemoEvent {
  event: Omit<Prisma.EventCreateManyInput, 'id' | 'slug' | 'createdById'>;
  exhibitors: { org: DemoOrgKey; status: 'APPROVED' | 'PENDING'; listings: number; slots?: { day: number; from: number; to: number; minutes: number } }[];
}

/** 00:00 in Vietnam `days` after `now`'s day there, plus `hours`. */
const vietnamTime = (now: Date, days: number, hours = 0) => new Date(Math.floor((now.getTime() + VIETNAM) / DAY) * DAY - VIETNAM + days * DAY + hours * HOUR);

function demoEvents(now: Date): DemoEvent[] {
  const techmartDay = (hours: number, day = 0) => vietnamTime(now, 14 + day, hours);
  return [
    {
      event: {
        titleVi: 'Techfest Long An 2023 – Ngày hội khởi nghiệp đổi mới sáng tạo',
        titleEn: 'Techfest Long An 2023 – Innovation and start-up festival',
        descriptionVi:
          'Sở Khoa học và Công nghệ chủ trì tổ chức ngày 03–04/11/2023 tại Không gian khởi nghiệp đổi mới sáng tạo tỉnh và Trường Đại học Tân Tạo.\n\n' +
          '- Trên **50 doanh nghiệp** tham gia triển lãm, quảng bá sản phẩm\n- Lãnh đạo Cục Phát triển thị trường và doanh nghiệp KH&CN, UBND tỉnh, Sở KH&CN các tỉnh và các trưởng làng Techfest Việt Nam tham dự\n- Ký hợp tác đặt 01 Hub của Làng Design Thinking Techfest Việt Nam tại Không gian KNĐMST tỉnh',
        descriptionEn:
          'Held by the Department of Science and Technology on 3–4 November 2023 at the provincial innovation space and Tân Tạo University.\n\n' +
          '- Over **50 enterprises** exhibited and promoted their products\n- Leaders of the Ministry’s market development agency, the Provincial People’s Committee, other provinces’ departments and the Techfest Vietnam villages took part\n- A hub of the Techfest Vietnam Design Thinking village was agreed for the provincial innovation space',
        startsAt: new Date('2023-11-03T07:30:00+07:00'),
        endsAt: new Date('2023-11-04T17:00:00+07:00'),
        place: 'Không gian khởi nghiệp đổi mới sáng tạo tỉnh Long An và Trường Đại học Tân Tạo',
        registrationDeadline: new Date('2023-10-25T17:00:00+07:00'),
        status: 'PUBLISHED',
        createdAt: new Date('2023-10-01T08:00:00+07:00'),
      },
      exhibitors: [
        { org: 'trungTamUngDung', status: 'APPROVED', listings: 2 },
        { org: 'daiHocTanTao', status: 'APPROVED', listings: 2 },
        { org: 'coKhiXayDung', status: 'APPROVED', listings: 1 },
      ],
    },
    {
      event: {
        titleVi: 'Chợ công nghệ và thiết bị tỉnh Tây Ninh (Techmart)',
        titleEn: 'Tây Ninh Technology and Equipment Market (Techmart)',
        descriptionVi:
          'Chợ công nghệ và thiết bị của tỉnh: viện, trường, doanh nghiệp KH&CN và hợp tác xã trưng bày công nghệ, thiết bị; người mua đặt lịch **gặp B2B** với đơn vị trưng bày ngay trên Sàn.\n\n' +
          'Đơn vị muốn trưng bày đăng ký trước hạn; Sở duyệt đăng ký và danh sách tin đăng trưng bày.',
        descriptionEn:
          'The province’s technology and equipment market: institutes, universities, S&T enterprises and cooperatives exhibit technologies and equipment; buyers book **B2B meetings** with exhibitors right on the exchange.\n\n' +
          'Exhibitors register before the deadline; the department approves each registration and the listings shown.',
        startsAt: techmartDay(8),
        endsAt: techmartDay(17, 1),
        place: 'Không gian khởi nghiệp đổi mới sáng tạo tỉnh, phường Long An, Tây Ninh',
        registrationDeadline: vietnamTime(now, 10, 17),
        status: 'PUBLISHED',
        createdAt: vietnamTime(now, -20, 9),
      },
      exhibitors: [
        { org: 'coKhiXayDung', status: 'APPROVED', listings: 2, slots: { day: 0, from: 9, to: 11, minutes: 30 } },
        { org: 'trungTamUngDung', status: 'APPROVED', listings: 2, slots: { day: 0, from: 14, to: 16, minutes: 30 } },
        { org: 'daiHocTanTao', status: 'PENDING', listings: 2 },
      ],
    },
  ];
}

export interface DemoEventRows {
  events: Prisma.EventCreateManyInput[];
  exhibitors: Prisma.EventExhibitorCreateManyInput[];
  listings: Prisma.EventListingCreateManyInput[];
  slots: Prisma.MeetingSlotCreateManyInput[];
}

/** The demo events over the demo's organisations and their published listings, created by the demo moderator. */
export function buildDemoEventRows(rows: DemoRows, now: Date): DemoEventRows {
  const userId = (email: string) => rows.users.find((u) => u.email === email)!.id!;
  const moderator = userId(DEMO_ACCOUNTS.moderator.email);
  const orgId = (key: DemoOrgKey) => rows.organisations.find((o) => o.slug === slugify(DEMO_ORGANISATIONS[key].nameVi))!.id!;
  const out: DemoEventRows = { events: [], exhibitors: [], listings: [], slots: [] };
  for (const { event, exhibitors } of demoEvents(now)) {
    const eventId = randomUUID();
    out.events.push({ ...event, id: eventId, slug: slugify(event.titleVi), createdById: moderator });
    for (const x of exhibitors) {
      const exhibitorId = randomUUID();
      const organisationId = orgId(x.org);
      const decided = x.status === 'APPROVED' ? { decidedById: moderator, decidedAt: event.registrationDeadline } : {};
      out.exhibitors.push({ id: exhibitorId, eventId, organisationId, status: x.status, createdAt: event.createdAt, ...decided });
      const shown = rows.listings.filter((l) => l.organisationId === organisationId && l.status === 'PUBLISHED' && l.kind !== 'TECHNOLOGY_REQUEST').slice(0, x.listings);
      out.listings.push(...shown.map((l) => ({ exhibitorId, listingId: l.id! })));
      if (x.slots) {
        const { day, from, to, minutes } = x.slots;
        const start = vietnamTime(new Date(event.startsAt as Date), day, from).getTime();
        for (let t = start; t + minutes * 60_000 <= vietnamTime(new Date(event.startsAt as Date), day, to).getTime(); t += minutes * 60_000) {
          out.slots.push({ exhibitorId, startsAt: new Date(t), endsAt: new Date(t + minutes * 60_000) });
        }
      }
    }
  }
  return out;
}

export async function insertDemoEvents(tx: Tx, rows: DemoEventRows): Promise<void> {
  await tx.event.createMany({ data: rows.events });
  await tx.eventExhibitor.createMany({ data: rows.exhibitors });
  await tx.eventListing.createMany({ data: rows.listings });
  await tx.meetingSlot.createMany({ data: rows.slots });
}
