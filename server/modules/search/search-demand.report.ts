// The report's search section: what people looked for most, and what they looked for and did not find (demand the
// exchange does not meet yet). Terms are folded texts with no one attached; each row's previous figures are the same
// term's in the previous period when it was among that period's terms too.
import type { ReportTable } from '../report/report-model.ts';
import type { Window } from '../report/report.repository.ts';
import type { SectionSource } from '../report/report.service.ts';
import { column, row, share, table } from '../report/report-tables.ts';
import type { DemandTerm, SearchDemandService } from './search-demand.service.ts';

/** Rows per table: the report is read, not searched. */
const TERMS = 20;
/** How far down the previous period's list a term is looked for. */
const PREVIOUS_TERMS = 100;

function termTable(id: string, current: DemandTerm[], previous: DemandTerm[], pick: 'searches' | 'zeroResults', whole: number): ReportTable {
  const before = new Map(previous.map((t) => [t.term, t]));
  return table(
    id,
    [column('searches'), column('zeroResults'), column('noClick'), column('share', 'SHARE')],
    current.map((t) => {
      const p = before.get(t.term);
      return row(t.term, [t.searches, t.zeroResults, t.noClick, share(t[pick], whole)], p ? [p.searches, p.zeroResults, p.noClick, null] : [null, null, null, null], t.term);
    }),
    { denominator: whole, chart: 'BAR' },
  );
}

export function searchDemandSection(demand: SearchDemandService): SectionSource {
  return {
    id: 'search',
    async tables({ period, previous }: Window) {
      const [top, topBefore, unmet, unmetBefore, totals] = await Promise.all([
        demand.topTerms(period, TERMS),
        demand.topTerms(previous, PREVIOUS_TERMS),
        demand.unmetTerms(period, TERMS),
        demand.unmetTerms(previous, PREVIOUS_TERMS),
        demand.totals(period),
      ]);
      return [termTable('search.topTerms', top, topBefore, 'searches', totals.searches), termTable('search.unmetTerms', unmet, unmetBefore, 'zeroResults', totals.searches)];
    },
  };
}
