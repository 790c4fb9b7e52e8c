// Small builders of valid rows, so a test states only what it is about.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../server/lib/prisma.ts';
import type { Prisma } from '../../server/generated/prisma/client.ts';
import { hashPassword } from '../../server/modules/account/password.ts';
import { acceptedCurrentVersions } from '../../server/modules/privacy/legal-documents.ts';

const unique = () => randomBytes(4).toString('hex');

export async function ensureFields(prisma: PrismaClient) {
  await prisma.fieldOfScience.upsert({
    where: { code: '4' },
    update: {},
    create: { code: '4', nameVi: 'Khoa học nông nghiệp', nameEn: 'Agricultural sciences', reportField: 'AGRICULTURAL' },
  });
  await prisma.fieldOfScience.upsert({
    where: { code: '401' },
    update: {},
    create: { code: '401', parentCode: '4', nameVi: 'Trồng trọt', nameEn: 'Crop science', reportField: 'AGRICULTURAL' },
  });
}

export async function createUser(prisma: PrismaClient, data: Partial<Prisma.UserCreateInput> & { password?: string } = {}) {
  const { password = 'a long enough password', ...rest } = data;
  return prisma.user.create({
    data: {
      email: `user-${unique()}@example.vn`,
      displayName: 'Người dùng thử',
      passwordHash: await hashPassword(password),
      // Verified, like every account that has been used for a while; pass emailVerifiedAt: null for a new one.
      emailVerifiedAt: new Date(),
      // Accepted the legal documents in force, as every account signed up through the form has.
      consents: { create: acceptedCurrentVersions() },
      ...rest,
    },
  });
}

export function createOrganisation(prisma: PrismaClient, data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const id = unique();
  return prisma.organisation.create({
    data: {
      slug: `to-chuc-${id}`,
      kind: 'COOPERATIVE',
      nameVi: `Hợp tác xã Thanh long ${id}`,
      nameEn: `Dragon fruit cooperative ${id}`,
      province: 'Tây Ninh',
      status: 'PUBLISHED',
      ...data,
    },
  });
}

export async function createListing(
  prisma: PrismaClient,
  organisationId: string,
  data: Partial<Prisma.ListingUncheckedCreateInput> = {},
) {
  await ensureFields(prisma);
  const id = unique();
  return prisma.listing.create({
    data: {
      slug: `tin-${id}`,
      kind: 'TECHNOLOGY_OFFER',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      organisationId,
      titleVi: `Công nghệ bảo quản thanh long ${id}`,
      titleEn: `Dragon fruit preservation ${id}`,
      summaryVi: 'Kéo dài thời gian bảo quản thêm 20 ngày.',
      summaryEn: 'Keeps the fruit 20 more days.',
      fieldCode: '401',
      province: 'Tây Ninh',
      ...data,
    },
  });
}

export async function addMember(prisma: PrismaClient, userId: string, organisationId: string, role: 'OWNER' | 'EDITOR' = 'OWNER') {
  return prisma.membership.create({ data: { userId, organisationId, role } });
}
