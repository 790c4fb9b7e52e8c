// The in-memory counting of search demand, over a stub repository that records what each flush writes.
import { describe, expect, it } from 'vitest';
import { dayRange, DEMAND, refStamp, SearchDemandService, vietnamDay, type IssuedRef } from './search-demand.service.ts';
import { systemContext } from '../../lib/request-context.ts';
import type { DemandCounts, SearchDemandRepository } from './search-demand.repository.ts';

function service(maxBufferedTerms = 10, failing = false) {
  const written: DemandCounts[][] = [];
  const repo = {
    add: async (counts: readonly DemandCounts[]) => {
      if (failing) throw new Error('database away');
      written.push(counts.map((c) => ({ ...c })));
    },
  } as unknown as SearchDemandRepository;
  const demand = new SearchDemandService(repo, { retentionDays: 400, maxBufferedTerms, now: () => new Date('2026-12-06T18:00:00Z') });
  const browser = { ...systemContext('vi', 'test'), userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36' };
  const searched = (query: string, totalCount = 1, ctx = browser) => demand.ref(demand.attach(ctx, { query }, { totalCount, matching: { complete: totalCount > 0 } })[DEMAND]);
  return { demand, written, searched };
}

describe('SearchDemandService', () => {
  it('counts by Vietnam day: 18:00 UTC is the next morning there', async () => {
    const { demand, written, searched } = service();
    searched('Thanh long', 0);
    await demand.flush();
    expect(written[0]).toEqual([{ day: '2026-12-07', term: 'thanh long', searches: 1, zeroResults: 1, clicked: 0 }]);
  });

  it('counts nothing a crawler searches, and gives it no ref', async () => {
    const { demand, written, searched } = service();
    for (const userAgent of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; bingbot/2.0)', 'Mozilla/5.0 (compatible; Baiduspider/2.0)', 'Mozilla/5.0 (compatible; Yahoo! Slurp)']) {
      expect(searched('thanh long', 1, { ...systemContext('vi', 'test'), userAgent }), userAgent).toBeNull();
    }
    expect(searched('thanh long')).toMatch(/^2026-12-07\.[0-9a-f]{12}\.thanh long$/);
    await demand.flush();
    expect(written[0]!.map((c) => c.searches)).toEqual([1]);
  });

  it('drops new terms past the buffer cap, still counting the ones it holds, and says how many went', async () => {
    const { demand, written, searched } = service(2);
    for (const q of ['mot', 'hai', 'ba', 'mot']) searched(q);
    expect(await demand.flush()).toEqual({ written: 2, droppedTerms: 1 });
    expect(written[0]!.map((c) => [c.term, c.searches])).toEqual([['mot', 2], ['hai', 1]]);
    // The cap is per flush: the next minute has room again.
    searched('ba');
    expect(await demand.flush()).toEqual({ written: 1, droppedTerms: 0 });
  });

  it('keeps the counts for the next flush when the database refuses them', async () => {
    const { demand, searched } = service(10, true);
    searched('mot');
    await expect(demand.flush()).rejects.toThrow('database away');
    searched('mot');
    await expect(demand.flush()).rejects.toThrow();
    // Both searches are still there to write.
    const kept = (demand as unknown as { buffer: Map<string, DemandCounts> }).buffer;
    expect([...kept.values()]).toEqual([{ day: '2026-12-07', term: 'mot', searches: 2, zeroResults: 0, clicked: 0 }]);
  });

  it("tells each page being rendered the searches it counted, and no other page's, however their calls interleave", async () => {
    const { demand, written, searched } = service();
    const render = (query: string, into: IssuedRef[]) =>
      new Promise<void>((done) => demand.issuedWhile(into, () => void setTimeout(() => (searched(query, 0), done()), 5)));
    const [a, b]: IssuedRef[][] = [[], []];
    await Promise.all([render('thanh long', a), render('khoai mo', b)]);
    searched('outside any page');
    expect(a).toEqual([{ capture: expect.objectContaining({ query: 'thanh long', firstPage: true, zeroResults: true }), ref: expect.stringMatching(/\.thanh long$/) }]);
    expect(b).toEqual([{ capture: expect.objectContaining({ query: 'khoai mo' }), ref: expect.stringMatching(/\.khoai mo$/) }]);
    // A copy of the page counts the same search again, with a ref of its own: the stamp is what differs.
    const again = demand.ref(a[0]!.capture)!;
    expect(refStamp(again)).toMatch(/^2026-12-07\.[0-9a-f]{12}$/);
    expect(refStamp(again)).not.toBe(refStamp(a[0]!.ref!));
    expect(again.slice(refStamp(again).length)).toBe('.thanh long');
    await demand.flush();
    expect(written[0]!.map((c) => [c.term, c.searches])).toEqual([['thanh long', 2], ['khoai mo', 1], ['outside any page', 1]]);
  });

  it('reads a window as the days whose midnight in Vietnam falls in it', () => {
    expect(vietnamDay(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(vietnamDay(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    // A year from midnight to midnight, and the same year with an inclusive end, are the same days.
    expect(dayRange({ from: new Date('2025-12-31T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') })).toEqual({ fromDay: '2026-01-01', toDay: '2027-01-01' });
    expect(dayRange({ from: new Date('2025-12-31T17:00:00Z'), to: new Date('2026-12-31T16:59:59.999Z') })).toEqual({ fromDay: '2026-01-01', toDay: '2027-01-01' });
  });
});
