// One behaviour for every engine: each engine's test file runs this suite against a real engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS } from './lexicon.ts';
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
const ids = (hits: { entityId: string }[]) => hits.map((h) => Number(h.entityId.slice(-6)));

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

    it('answers only the documents holding every word when some do (matching complete)', async () => {
      const res = await engine.search(query({ text: 'thanh long bảo quản' }));
      expect(ids(res.hits)).toEqual([4]);
      expect(res.total).toBe(1);
      expect(res.matching).toEqual({ complete: true, ignoredWords: [] });
      // Decided over every document, before the filters: none of the equipment holds both, and none is shown.
      const equipment = await engine.search(query({ text: 'thanh long bảo quản', kinds: ['EQUIPMENT_OFFER'] }));
      expect(equipment.total).toBe(0);
      expect(equipment.matching.complete).toBe(true);
    });

    it('answers documents holding some of the words when none holds all, most words first, with facet counts of those hits', async () => {
      // 6 holds đèn, LED and thanh long; 4 thanh long and tươi; 3 thanh long only.
      const res = await engine.search(query({ text: 'đèn LED thanh long tươi' }));
      expect(ids(res.hits)).toEqual([6, 4, 3]);
      expect(res.total).toBe(3);
      expect(res.matching).toEqual({ complete: false, ignoredWords: ['tươi'] });
      expect(res.facets.kind).toEqual(expect.arrayContaining([{ value: 'TECHNOLOGY_OFFER', count: 1 }, { value: 'EQUIPMENT_OFFER', count: 1 }, { value: 'TECHNOLOGY_REQUEST', count: 1 }]));
      expect(res.facets.kind).toHaveLength(3);
      // As many words again that nothing holds change nothing of the order.
      expect(ids((await engine.search(query({ text: 'đèn LED thanh long tươi zq1 zq2 zq3 zq4 zq5' }))).hits)).toEqual([6, 4, 3]);
      // Nothing holds any of the words: no hit, and no document holds every word.
      const none = await engine.search(query({ text: 'zzqxv wqkrt' }));
      expect([none.total, none.matching.complete]).toEqual([0, false]);
    });

    it('ranks a partial match holding a rarer word above those holding a commoner one', async () => {
      // "mù u" is in one document, "thanh long" in three: each document holds one of the two.
      const res = await engine.search(query({ text: 'thanh long mù u' }));
      expect(ids(res.hits)[0]).toBe(2);
      expect(ids(res.hits).sort()).toEqual([2, 3, 4, 6]);
      expect(res.matching).toEqual({ complete: false, ignoredWords: ['thanh long'] });
    });

    it('counts a phrase of three words or more by its words when no document holds it whole', async () => {
      const extra = [doc(40, { title: 'Men vi sinh xử lý chuồng trại', summary: '' })];
      await engine.upsert(extra);
      try {
        const res = await engine.search(query({ text: 'chế phẩm vi sinh' }));
        expect(ids(res.hits)[0]).toBe(40);
        expect(res.matching).toEqual({ complete: false, ignoredWords: ['chế', 'phẩm'] });
      } finally {
        await engine.remove(extra.map((d) => d.id));
      }
    });

    it('lets stop words decide nothing, typed with or without accents, and names them as ignored', async () => {
      const accented = await engine.search(query({ text: 'tìm máy sấy cho thanh long' }));
      expect(ids(accented.hits)).toEqual([3]);
      expect(accented.matching).toEqual({ complete: true, ignoredWords: ['tìm', 'cho'] });
      // "va" is "và" typed without its accent: no document here holds it, and still every other word decides.
      const plain = await engine.search(query({ text: 'khoai mo va ben ke' }));
      expect(ids(plain.hits)).toEqual([1]);
      expect(plain.matching).toEqual({ complete: true, ignoredWords: ['va'] });
    });

    it('searches a query made only of stop words as typed', async () => {
      const res = await engine.search(query({ text: 'và' }));
      expect(ids(res.hits)).toEqual([5]); // "Chế tạo băng tải và giằng băng tải."
      expect(res.matching).toEqual({ complete: true, ignoredWords: [] });
    });

    it('finds a phrase through its synonym of other words, in the other language, without accents', async () => {
      const extra = [doc(20, { title: 'Wastewater treatment for a noodle workshop', summary: '' })];
      await engine.upsert(extra);
      try {
        expect(ids((await engine.search(query({ text: 'xu ly nuoc thai' }))).hits)).toEqual([20]);
        expect(ids((await engine.search(query({ text: 'dragon fruit' }))).hits).sort()).toEqual([3, 4, 6]);
      } finally {
        await engine.remove(extra.map((d) => d.id));
      }
    });

    describe('synonym groups (search/lexicon/synonyms.json), both ways', () => {
      // For each group, one document holding its first member and one holding its last.
      const groupDocs = SYNONYM_GROUPS.flatMap((group, g) => [
        doc(100 + 2 * g, { title: group[0], summary: '', keywords: [] }),
        doc(101 + 2 * g, { title: group[group.length - 1], summary: '', keywords: [] }),
      ]);
      beforeAll(async () => engine.upsert(groupDocs));
      afterAll(async () => engine.remove(groupDocs.map((d) => d.id)));
      SYNONYM_GROUPS.forEach((group, g) => {
        it(`${group.join(' ↔ ')}`, async () => {
          expect(ids((await engine.search(query({ text: group[group.length - 1], limit: 100 }))).hits)).toContain(100 + 2 * g);
          expect(ids((await engine.search(query({ text: group[0], limit: 100 }))).hits)).toContain(101 + 2 * g);
        });
      });
    });

    it('counts more than 10,000 matches exactly', async () => {
      // The same few words in each: one bitmap per word, however many documents.
      const many = Array.from({ length: 10_050 }, (_, i) => doc(10_000 + i, { title: 'Mẫu thử', summary: '' }));
      await engine.upsert(many);
      try {
        expect((await engine.search(query({ text: 'mẫu', limit: 5 }))).total).toBe(10_050);
        expect((await engine.search(query({ limit: 5 }))).total).toBe(10_050 + CONTRACT_DOCS.length);
      } finally {
        await engine.remove(many.map((d) => d.id));
      }
    });

    it('finds a five-letter word typed with two typos (two are allowed from five letters on, the first letter right)', async () => {
      // "nhjat" is two letters away from "nhiet" (nhiệt, in "Máy sấy bơm nhiệt").
      expect(ids((await engine.search(query({ text: 'nhjat' }))).hits)).toEqual([3]);
    });

    it('counts every value of a facet with more than 100 values, most frequent first', async () => {
      const communes = ['Xã Ba', 'Xã Ba', 'Xã Ba', 'Xã Hai', 'Xã Hai', ...Array.from({ length: 119 }, (_, i) => `Xã số ${i}`)];
      const extra = communes.map((commune, i) => doc(300 + i, { title: `Điểm trình diễn ${i}`, summary: '', commune }));
      await engine.upsert(extra);
      try {
        const { facets, total } = await engine.search(query({ text: 'điểm trình diễn', limit: 5 }));
        expect(total).toBe(124);
        expect(facets.commune).toHaveLength(121);
        expect(facets.commune.slice(0, 2)).toEqual([{ value: 'Xã Ba', count: 3 }, { value: 'Xã Hai', count: 2 }]);
        expect(facets.commune.slice(2).every((c) => c.count === 1)).toBe(true);
      } finally {
        await engine.remove(extra.map((d) => d.id));
      }
    });

    it('ranks a title match above a featured listing matching in its summary only', async () => {
      const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
      const extra = [
        doc(30, { title: 'Máy xay cà phê hạt', summary: 'Công suất 20 kg/giờ.', publishedAt: day(-30) }),
        doc(31, { title: 'Dây chuyền rang xay', summary: 'Kèm máy xay cà phê.', publishedAt: day(30), featuredUntil: inDays(30) }),
      ];
      await engine.upsert(extra);
      try {
        expect(ids((await engine.search(query({ text: 'máy xay cà phê' }))).hits)).toEqual([30, 31]);
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
