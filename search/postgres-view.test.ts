// The in-memory mirror on its own, fed the rows PostgreSQL would send: the cases the engine contract's handful of
// documents never reach (hundreds of facet values, documents with many facets, bitmaps dropped and set again).
import { describe, expect, it } from 'vitest';
import { CHUNK_BITS, masks } from './postgres-bitmaps.ts';
import { IndexView, type ViewDelta } from './postgres-view.ts';

/** A bit string of the given slots, as PostgreSQL sends it in binary (4-byte length, then the bits). */
function varbit(ords: number[], chunk: number): Buffer {
  const hex = masks(ords.map((o) => o + chunk * CHUNK_BITS)).get(chunk)!.slice(1);
  const length = Buffer.alloc(4);
  length.writeInt32BE(CHUNK_BITS);
  return Buffer.concat([length, Buffer.from(hex, 'hex')]);
}

const hit = (ord: number) => JSON.stringify({ id: `d${ord}`, title: `Tài liệu ${ord}`, summary: '', keywords: [] });

function delta(gen: number, parts: Partial<ViewDelta>): ViewDelta {
  return { gen, full: false, terms: [], bits: [], gone: [], docs: [], ...parts };
}

const find = (view: IndexView, groups: string[][]) => view.find([], groups, 'RELEVANCE', 20, 0, true, Date.now() * 1000);

describe('search mirror', () => {
  it('counts facets right with hundreds of values and documents of many facets', () => {
    const view = new IndexView();
    // 300 commune values (more than a byte can number) plus a catch-all term; document n is in commune n % 300,
    // and document 0 also holds ten IP types.
    const communes = Array.from({ length: 300 }, (_, i) => ({ id: i + 2, term: `=commune:Xã ${i}` }));
    const ipTypes = Array.from({ length: 10 }, (_, i) => ({ id: 400 + i, term: `=ipType:T${i}` }));
    const ords = Array.from({ length: 600 }, (_, i) => i);
    view.apply({
      ...delta(1, { full: true }),
      terms: [{ id: 1, term: '=*' }, ...communes, ...ipTypes],
      bits: [{ term: 1, chunk: 0, bits: varbit(ords, 0) }],
      docs: ords.map((ord) => ({
        ord, published: ord, price: null, featured: null, hit: hit(ord),
        facets: [communes[ord % 300].id, ...(ord === 0 ? ipTypes.map((t) => t.id) : [])],
      })),
    });
    const { total, facets } = find(view, [['=*']]);
    expect(total).toBe(600);
    expect(facets!.commune).toHaveLength(300);
    expect(facets!.commune.every((c) => c.count === 2)).toBe(true);
    expect(facets!.commune.find((c) => c.value === 'Xã 299')).toEqual({ value: 'Xã 299', count: 2 });
    expect(facets!.ipType).toHaveLength(10);
    expect(facets!.ipType.every((c) => c.count === 1)).toBe(true);
  });

  it('drops a bitmap emptied since, and keeps one emptied and set again', () => {
    const view = new IndexView();
    const docs = [0, 1].map((ord) => ({ ord, published: ord, price: null, featured: null, facets: [], hit: hit(ord) }));
    view.apply({
      ...delta(1, { full: true }),
      terms: [{ id: 1, term: 'khoai' }, { id: 2, term: 'mo' }],
      bits: [{ term: 1, chunk: 0, bits: varbit([0], 0) }, { term: 2, chunk: 0, bits: varbit([1], 0) }],
      docs,
    });
    expect(find(view, [['khoai']]).total).toBe(1);
    // Since: "khoai" emptied and dropped; "mo" emptied and dropped (generation 2), then set again (slot 0, generation 3).
    view.apply(delta(3, { gone: [{ term: 1, chunk: 0 }, { term: 2, chunk: 0 }], bits: [{ term: 2, chunk: 0, bits: varbit([0], 0) }] }));
    expect(find(view, [['khoai']]).total).toBe(0);
    expect(find(view, [['mo']]).hits.map((h) => h.ord)).toEqual([0]);
    expect(view.gen).toBe(3);
  });

  it('orders again after documents change, featured first while their placement lasts', () => {
    const view = new IndexView();
    const now = Date.now() * 1000;
    const doc = (ord: number, published: number, featured: number | null = null) => ({ ord, published, price: null, featured, facets: [], hit: hit(ord) });
    view.apply({
      ...delta(1, { full: true }),
      terms: [{ id: 1, term: '=*' }],
      bits: [{ term: 1, chunk: 0, bits: varbit([0, 1, 2], 0) }],
      docs: [doc(0, 10), doc(1, 20), doc(2, 30)],
    });
    expect(find(view, [['=*']]).hits.map((h) => h.ord)).toEqual([2, 1, 0]);
    view.apply(delta(2, { docs: [doc(0, 40), doc(1, 20, now + 60_000_000)] }));
    expect(find(view, [['=*']]).hits.map((h) => h.ord)).toEqual([1, 0, 2]);
    view.apply(delta(3, { docs: [doc(1, 20, now - 1)] }));
    expect(find(view, [['=*']]).hits.map((h) => h.ord)).toEqual([0, 2, 1]);
  });

  it('finds a term across chunks whether it holds few slots (kept as places) or many (kept as words), as it changes', () => {
    const view = new IndexView();
    const second = CHUNK_BITS + 5;
    const many = Array.from({ length: 2000 }, (_, i) => i * 3);
    const docs = [...many, second].map((ord) => ({ ord, published: ord, price: null, featured: null, facets: [], hit: hit(ord) }));
    view.apply({
      ...delta(1, { full: true }),
      terms: [{ id: 1, term: 'lua' }, { id: 2, term: 'gao' }],
      // "lua": slot 7 of chunk 0 and one slot of chunk 1 (few); "gao": 2,000 slots of chunk 0 (many) and chunk 1's.
      bits: [
        { term: 1, chunk: 0, bits: varbit([6], 0) },
        { term: 1, chunk: 1, bits: varbit([5], 1) },
        { term: 2, chunk: 0, bits: varbit(many, 0) },
        { term: 2, chunk: 1, bits: varbit([5], 1) },
      ],
      docs,
    });
    expect(find(view, [['lua']]).hits.map((h) => h.ord)).toEqual([second, 6]);
    expect(find(view, [['gao']]).total).toBe(2001);
    expect(find(view, [['lua'], ['gao']]).hits.map((h) => h.ord)).toEqual([second, 6]);
    // "lua" now in many slots of chunk 0, "gao" in none of chunk 0 any more.
    view.apply(delta(2, { bits: [{ term: 1, chunk: 0, bits: varbit(many, 0) }], gone: [{ term: 2, chunk: 0 }] }));
    expect(find(view, [['lua']]).total).toBe(2001);
    expect(find(view, [['gao']]).hits.map((h) => h.ord)).toEqual([second]);
  });

  it('gives each slot its latest hit fields, however often documents are written again', () => {
    const view = new IndexView();
    const doc = (ord: number, title: string) => ({ ord, published: ord, price: null, featured: null, facets: [], hit: JSON.stringify({ id: `d${ord}`, title }) });
    view.apply({ ...delta(1, { full: true }), terms: [{ id: 1, term: '=*' }], bits: [{ term: 1, chunk: 0, bits: varbit([0, 1, 2], 0) }], docs: [0, 1, 2].map((ord) => doc(ord, `Máy ${ord}`)) });
    for (let gen = 2; gen < 400; gen++) view.apply(delta(gen, { docs: [doc(gen % 2, `Máy sấy đời ${gen} ${'ệ'.repeat(gen)}`)] }));
    expect(JSON.parse(view.hitOf(0)).title).toBe(`Máy sấy đời 398 ${'ệ'.repeat(398)}`);
    expect(JSON.parse(view.hitOf(1)).title).toBe(`Máy sấy đời 399 ${'ệ'.repeat(399)}`);
    expect(JSON.parse(view.hitOf(2)).title).toBe('Máy 2');
  });
});
