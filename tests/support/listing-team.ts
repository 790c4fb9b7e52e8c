// The people a listing's review needs, for API tests that take listings through the workflow: an organisation
// with an editor, a department moderator and a visitor; and what a complete technology offer's draft holds.
import { afterAll, beforeAll } from 'vitest';
import { addMember, createOrganisation, createUser } from './factories.ts';
import { startApi, type ApiApp } from './api-app.ts';
import type { GraphQLClient } from './graphql-client.ts';

export interface ListingTeam {
  orgId: string;
  seller: GraphQLClient;
  moderator: GraphQLClient;
  visitor: GraphQLClient;
}

export async function listingTeam(api: ApiApp): Promise<ListingTeam> {
  const org = await createOrganisation(api.db.prisma);
  const s = await createUser(api.db.prisma);
  await addMember(api.db.prisma, s.id, org.id, 'EDITOR');
  const m = await createUser(api.db.prisma, { role: 'MODERATOR' });
  const [seller, moderator, visitor] = await Promise.all([api.as(s.email), api.as(m.email), api.as(null)]);
  return { orgId: org.id, seller, moderator, visitor };
}

/** The API and a listing team for the tests of a file, made before them and closed after them. */
export function useListingTeam(): ListingTeam & { api: ApiApp } {
  const team = {} as ListingTeam & { api: ApiApp };
  beforeAll(async () => {
    team.api = await startApi();
    Object.assign(team, await listingTeam(team.api));
  });
  afterAll(() => team.api?.close());
  return team;
}

export const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/** Everything a technology offer needs before it can be submitted (with a Vietnamese title given at creation). */
export const COMPLETE_TECHNOLOGY_OFFER = {
  summaryVi: 'Quy trình chiết xuất dầu Mù U đạt hiệu suất 38–42%, chỉ số axit giảm 60% so với ép thủ công.',
  fieldCode: '401',
  keywords: ['mù u', 'tinh dầu'],
  trl: 7,
  price: { type: 'FIXED', min: 450_000_000 },
  validUntil: inDays(180),
  technology: {
    problemSolved: 'Dầu ép thủ công có độ chua cao, lẫn cặn.',
    advantages: ['Hiệu suất thu hồi dầu 38–42%', 'Chỉ số axit giảm 60%'],
    applications: ['Cơ sở mỹ phẩm thiên nhiên'],
    trlEvidence: 'Sản xuất thử 3 lô, mỗi lô 200 kg nhân.',
    transferObjects: ['KNOW_HOW', 'PROCESS_DESIGN_SOFTWARE'],
    transferForms: ['STANDALONE_CONTRACT'],
    transferModes: ['DOCUMENTS', 'TRAINING'],
    rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Đồng bằng sông Cửu Long', sublicensing: false },
    dealTypes: ['LICENSE'],
    support: 'Hướng dẫn vận hành 5 ngày; hỗ trợ từ xa 12 tháng.',
  },
};
