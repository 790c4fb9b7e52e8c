import { describe, expect, it } from 'vitest';
import { DEMO_LISTINGS } from '../../prisma/seed/demo/listings.ts';
import { DEMO_ORGANISATIONS } from '../../prisma/seed/demo/organisations.ts';
import { slugify } from '../../server/lib/slug.ts';
import { JUDGED_QUERIES, type QueryKind } from './queries.ts';

// What the search indexes of the demo data (search/source.ts): published listings and organisations (no demo
// organisation is an individual), under the slug the seed gives them (prisma/seed/demo/rows.ts).
const searchable = new Set([
  ...DEMO_LISTINGS.filter((l) => l.status === 'PUBLISHED').map((l) => slugify(l.titleVi)),
  ...Object.values(DEMO_ORGANISATIONS).filter((o) => o.status === 'PUBLISHED').map((o) => slugify(o.nameVi)),
]);

describe('the judged query set', () => {
  it('judges only items the search can find in the demo data', () => {
    const unknown = JUDGED_QUERIES.flatMap((q) => Object.keys(q.judgments).filter((slug) => !searchable.has(slug)).map((slug) => `${q.text}: ${slug}`));
    expect(unknown).toEqual([]);
  });

  it('holds at least 60 distinct queries of every kind, each with something relevant', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(JUDGED_QUERIES.map((q) => q.text.toLowerCase())).size).toBe(JUDGED_QUERIES.length);
    expect(JUDGED_QUERIES.filter((q) => Object.keys(q.judgments).length === 0)).toEqual([]);
    const kinds: QueryKind[] = ['exact', 'phrase', 'no-accent', 'typo', 'english', 'organisation', 'abbreviation', 'synonym', 'field', 'stopwords-only'];
    expect(new Set(JUDGED_QUERIES.map((q) => q.kind))).toEqual(new Set(kinds));
  });

  it('holds the two queries of issue 17 with and without accents', () => {
    const texts = JUDGED_QUERIES.map((q) => q.text);
    for (const text of ['công nghệ sấy thanh long', 'cong nghe say thanh long', 'giải pháp xử lý nước thải cho xưởng bún', 'giai phap xu ly nuoc thai cho xuong bun']) {
      expect(texts).toContain(text);
    }
  });
});
