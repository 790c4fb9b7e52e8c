// The demo accounts, one per role, and their memberships of the demo organisations.
import { Locale, MembershipRole, UserRole } from '../../../server/generated/prisma/enums.ts';
import { DEMO_EMAIL_DOMAIN } from './common.ts';
import type { DemoOrgKey } from './organisations.ts';

export interface DemoAccount {
  /** What the account demonstrates, printed next to its email. */
  label: string;
  email: string;
  displayName: string;
  role: UserRole;
  locale: Locale;
  memberships: { org: DemoOrgKey; role: MembershipRole }[];
}

export const DEMO_ACCOUNTS = {
  admin: {
    label: 'admin',
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Quản trị hệ thống',
    role: UserRole.ADMIN,
    locale: Locale.vi,
    memberships: [],
  },
  moderator: {
    label: 'moderator',
    email: `moderator@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Nguyễn Thị Thu Hà (Phòng Quản lý Công nghệ)',
    role: UserRole.MODERATOR,
    locale: Locale.vi,
    memberships: [],
  },
  seller: {
    label: 'seller',
    email: `seller@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Trần Văn Minh (Cơ khí Xây dựng Long An)',
    role: UserRole.BUYER,
    locale: Locale.vi,
    memberships: [{ org: 'coKhiXayDung', role: MembershipRole.OWNER }],
  },
  editor: {
    label: 'editor',
    email: `editor@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Lê Thị Ngọc Hân (Trung tâm Ứng dụng KH&CN)',
    role: UserRole.BUYER,
    locale: Locale.vi,
    memberships: [{ org: 'trungTamUngDung', role: MembershipRole.EDITOR }],
  },
  buyer: {
    label: 'buyer',
    email: `buyer@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Phạm Quốc Bảo',
    role: UserRole.BUYER,
    locale: Locale.en,
    memberships: [],
  },
} satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** The account whose presence means the demo data is loaded. */
export const DEMO_MARKER_EMAIL = DEMO_ACCOUNTS.admin.email;
