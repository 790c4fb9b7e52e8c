// One behaviour for every engine: each engine's test file runs this suite against a real engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument, SearchEngine, SearchQuery } from './types.ts';

const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n)).toISOString();

function doc(n: number, overrides: Partial<SearchDocument>): SearchDocument {
  return {
    id: `listing-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    entityType: 'listing',
    entityId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'TECHNOLOGY_OFFER',
    slug: `tin-${n}`,
    title: '',
    titleEn: null,
    summary: '',
    summaryEn: null,
    keywords: [],
    organisationName: null,
    fieldCode: '401',
    fieldTop: '4',
    trl: 6,
    priceBand: 'NEGOTIABLE',
    priceMin: null,
    commune: 'Tân An',
    province: 'Tây Ninh',
    ipTypes: [],
    appraisalLevel: null,
    verified: false,
    publishedAt: day(n),
    featuredUntil: null,
    ...overrides,
  };
}

export const CONTRACT_DOCS: SearchDocument[] = [
  doc(1, { title: 'Quy trình chế biến bột khoai mỡ Bến Kè ăn liền', summary: 'Sản phẩm từ khoai mỡ mang chỉ dẫn địa lý Bến Kè.', keywords: ['khoai mỡ', 'chỉ dẫn địa lý'], ipTypes: ['GEOGRAPHICAL_INDICATION'], commune: 'Thạnh Hóa', trl: 7, verified: true }),
  doc(2, { title: 'Công nghệ chiết xuất tinh dầu từ cây Mù U', summary: 'Hiệu suất thu hồi dầu 38–42%.', keywords: ['mù u', 'tinh dầu'], priceBand: 'FROM_100M_TO_500M', priceMin: 450_000_000, trl: 7 }),
  doc(3, { kind: 'EQUIPMENT_OFFER', title: 'Máy sấy bơm nhiệt sấy dẻo thanh long', summary: 'Công suất 300 kg/mẻ.', keywords: ['thanh long', 'máy sấy'], fieldCode: '205', fieldTop: '2', priceBand: 'UNDER_100M', priceMin: 85_000_000, trl: null }),
  doc(4, { kind: 'TECHNOLOGY_REQUEST', title: 'Cần công nghệ bảo quản thanh long tươi để xuất khẩu', summary: 'Đơn vị cần giữ thanh long tươi 30–40 ngày.', keywords: ['thanh long', 'bảo quản'], commune: 'Châu Thành', trl: 6 }),
  doc(5, { id: 'organisation-00000000-0000-4000-8000-000000000005', entityType: 'organisation', kind: 'ST_ENTERPRISE', title: 'Công ty Cổ phần Cơ khí Xây dựng Long An', summary: 'Chế tạo băng tải và giằng băng tải.', keywords: ['LACOMEC'], fieldCode: '202', fieldTop: '2', trl: null, priceBand: null, ipTypes: ['PATENT', 'INDUSTRIAL_DESIGN'], commune: 'Đức Hòa' }),
  doc(6, { title: 'Hệ thống đèn LED xử lý ra hoa trái vụ cho thanh long', summary: 'Tiết kiệm điện 40%.', keywords: ['đèn LED', 'thanh long'], appraisalLevel: 'ADVANCED', priceBand: 'FROM_500M_TO_2B', priceMin: 900_000_000, trl: 8 }),
];

const query = (q: Partial<SearchQuery>): SearchQuery => ({ text: '', kinds: [], filters: {}, sort: 'RELEVANCE', limit: 20, offset: 0, ...q });
const ids = (hits: { entityId: string }[]) => hits.map((h) => Number(h.entityId.slice(-4)));

export function engineContract(name: string, make: () => Promise<SearchEngine | null>, skipReason?: string) {
  describe.skipIf(Boolean(skipReason))(`${name} engine contract${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let engine: SearchEngine;
    beforeAll(async () => {
      engine = (await make())!;
      await engine.prepare();
      await engine.clear();
      await engine.upsert(CONTRACT_DOCS);
    });
    afterAll(async () => engine?.close());

    it('finds text with diacritics from a query without them, đ included', async () => {
      expect(ids((await engine.search(query({ text: 'khoai mo ben ke' }))).hits)[0]).toBe(1);
      expect(ids((await engine.search(query({ text: 'duc hoa bang tai' }))).hits)).toContain(5);
    });

    it('still finds an item with a typo of a letter or two', async () => {
      expect(ids((await engine.search(query({ text: 'chiet xuat tinh dau mu u' }))).hits)[0]).toBe(2);
      expect(ids((await engine.search(query({ text: 'khaoi mo' }))).hits)).toContain(1);
      expect(ids((await engine.search(query({ text: 'thnah long' }))).hits)).toEqual(expect.arrayContaining([3, 4, 6]));
    });

    it('completes a word being typed', async () => {
      expect(ids((await engine.search(query({ text: 'bao qua' }))).hits)).toContain(4);
      const suggestions = await engine.suggest('tinh da', 5);
      expect(suggestions.map((s) => s.slug)).toContain('tin-2');
    });

    it('filters by kind, field, TRL, price band, commune, IP type, appraisal and verification, with facet counts', async () => {
      const all = await engine.search(query({ text: 'thanh long' }));
      expect(all.total).toBe(3);
      expect(all.facets.kind).toEqual(expect.arrayContaining([{ value: 'TECHNOLOGY_OFFER', count: 1 }, { value: 'EQUIPMENT_OFFER', count: 1 }, { value: 'TECHNOLOGY_REQUEST', count: 1 }]));
      expect(ids((await engine.search(query({ text: 'thanh long', kinds: ['EQUIPMENT_OFFER'] }))).hits)).toEqual([3]);
      expect(ids((await engine.search(query({ filters: { fieldCodes: ['2'] } }))).hits).sort()).toEqual([3, 5]);
      expect(ids((await engine.search(query({ filters: { trlMin: 7 } }))).hits).sort()).toEqual([1, 2, 6]);
      expect(ids((await engine.search(query({ filters: { priceBands: ['UNDER_100M', 'FROM_500M_TO_2B'] } }))).hits).sort()).toEqual([3, 6]);
      expect(ids((await engine.search(query({ filters: { communes: ['Châu Thành'] } }))).hits)).toEqual([4]);
      expect(ids((await engine.search(query({ filters: { ipTypes: ['PATENT'] } }))).hits)).toEqual([5]);
      expect(ids((await engine.search(query({ filters: { appraisalLevels: ['ADVANCED'] } }))).hits)).toEqual([6]);
      expect(ids((await engine.search(query({ filters: { verified: true } }))).hits)).toEqual([1]);
      const facets = (await engine.search(query({}))).facets;
      expect(facets.ipType).toEqual(expect.arrayContaining([{ value: 'PATENT', count: 1 }, { value: 'GEOGRAPHICAL_INDICATION', count: 1 }]));
      expect(facets.field).toEqual(expect.arrayContaining([{ value: '4', count: 4 }, { value: '2', count: 2 }]));
    });

    it('sorts by newest and by price, and pages', async () => {
      expect(ids((await engine.search(query({ sort: 'NEWEST' }))).hits)).toEqual([6, 5, 4, 3, 2, 1]);
      expect(ids((await engine.search(query({ sort: 'PRICE_ASC', filters: { priceBands: ['UNDER_100M', 'FROM_100M_TO_500M', 'FROM_500M_TO_2B'] } }))).hits)).toEqual([3, 2, 6]);
      const page2 = await engine.search(query({ sort: 'NEWEST', limit: 2, offset: 2 }));
      expect(ids(page2.hits)).toEqual([4, 3]);
      expect(page2.total).toBe(6);
    });

    it('highlights what matched, with the rest of the text escaped', async () => {
      const [hit] = (await engine.search(query({ text: 'mu u' }))).hits;
      expect(hit.highlights.find((h) => h.field === 'title')?.html).toBe('Công nghệ chiết xuất tinh dầu từ cây <mark>Mù</mark> <mark>U</mark>');
    });

    it('ranks featured listings first among equally relevant ones, only while their placement lasts', async () => {
      const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
      const press = (n: number, model: string, o: Partial<SearchDocument>) =>
        doc(n, { kind: 'EQUIPMENT_OFFER', title: `Máy ép mía ${model}`, summary: 'Ép nước mía sạch.', trl: null, ...o });
      const extra = [
        press(7, 'siêu sạch', { publishedAt: day(9) }),
        press(8, 'inox', { publishedAt: day(8), featuredUntil: inDays(30) }),
        press(9, 'mini', { publishedAt: day(7), featuredUntil: inDays(-1) }), // its placement has ended
        doc(10, { kind: 'EQUIPMENT_OFFER', title: 'Dây chuyền nước giải khát', summary: 'Có máy ép mía.', publishedAt: day(10), featuredUntil: inDays(30) }),
      ];
      await engine.upsert(extra);
      try {
        // Title matches before a summary match, featured or not; among title matches the featured one first.
        expect(ids((await engine.search(query({ text: 'may ep mia' }))).hits)).toEqual([8, 7, 9, 10]);
        // Without words, featured first, each group newest first.
        expect(ids((await engine.search(query({ kinds: ['EQUIPMENT_OFFER'] }))).hits)).toEqual([10, 8, 7, 9, 3]);
        // A sort the visitor chose is kept as it is.
        expect(ids((await engine.search(query({ text: 'may ep mia', sort: 'NEWEST' }))).hits)).toEqual([10, 7, 8, 9]);
      } finally {
        await engine.remove(extra.map((d) => d.id));
      }
    });

    it('forgets removed items and replaces updated ones', async () => {
      await engine.remove([CONTRACT_DOCS[5].id]);
      await engine.upsert([{ ...CONTRACT_DOCS[2], title: 'Máy sấy lạnh nông sản' }]);
      expect(ids((await engine.search(query({ text: 'den led' }))).hits)).toEqual([]);
      expect(ids((await engine.search(query({ text: 'say lanh' }))).hits)).toEqual([3]);
      expect((await engine.dump()).map((d) => d.id)).toHaveLength(5);
      const all = await engine.search(query({}));
      expect(all.total).toBe(5);
      expect(all.facets.appraisalLevel).toEqual([]); // the one ADVANCED item was removed
      expect(all.facets.kind).toEqual(expect.arrayContaining([{ value: 'TECHNOLOGY_OFFER', count: 2 }, { value: 'EQUIPMENT_OFFER', count: 1 }]));
      expect((await engine.health()).ok).toBe(true);
    });
  });
}
