// The report's matchmaking section: how many request ↔ offer matches were found, shown and sent, how many the
// department brokered and how fast they were answered, and whether matching works: of the matches put before either
// side, how many led to an inquiry between the two organisations and to a deal, overall and by match reason.
import type { ReportTable } from '../report/report-model.ts';
import type { Window } from '../report/report.repository.ts';
import type { SectionSource } from '../report/report.service.ts';
import { column, row, share, table } from '../report/report-tables.ts';
import { MATCH_REASON_KINDS } from '../matching/match-reasons.ts';
import type { ConversionRow, IntroductionRepository, Pair } from './introduction.repository.ts';

const countRow = (key: string, p: Pair) => row(key, [p.cur], [p.prev]);

const NONE: ConversionRow = { kind: 'ALL', matches: { cur: 0, prev: 0 }, inquiries: { cur: 0, prev: 0 }, deals: { cur: 0, prev: 0 } };

/** ALL first, then every reason kind in its fixed order (kinds no match had in the period read 0). */
function conversionTable(rows: ConversionRow[]): ReportTable {
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const keyed = ['ALL', ...MATCH_REASON_KINDS].map((kind) => byKind.get(kind) ?? { ...NONE, kind });
  return table(
    'matchmaking.conversionByReason',
    [column('matches'), column('inquiries'), column('inquiryShare', 'SHARE'), column('deals'), column('dealShare', 'SHARE')],
    keyed.map((r) =>
      row(
        r.kind,
        [r.matches.cur, r.inquiries.cur, share(r.inquiries.cur, r.matches.cur), r.deals.cur, share(r.deals.cur, r.matches.cur)],
        [r.matches.prev, r.inquiries.prev, share(r.inquiries.prev, r.matches.prev), r.deals.prev, share(r.deals.prev, r.matches.prev)],
      ),
    ),
    // A match counts under each of its reasons: the rows do not add up to ALL, so no totals row.
    { denominator: byKind.get('ALL')?.matches.cur ?? 0, total: null, chart: 'BAR' },
  );
}

export function matchmakingSection(figures: Pick<IntroductionRepository, 'matchCounts' | 'introductionFigures' | 'conversion'>): SectionSource {
  return {
    id: 'matchmaking',
    reads: ['ListingMatch', 'Introduction', 'Inquiry', 'Deal', 'Listing'],
    async tables(w: Window) {
      const [matches, intros, conversion] = await Promise.all([figures.matchCounts(w), figures.introductionFigures(w), figures.conversion(w)]);
      return [
        table(
          'matchmaking.activity',
          [column('count')],
          [
            countRow('MATCHES_FOUND', matches.found),
            countRow('MATCHES_SHOWN', matches.shown),
            countRow('MATCHES_SENT', matches.sent),
            countRow('INTRODUCTIONS', intros.made),
            countRow('INTRODUCTIONS_ANSWERED', intros.answered),
            countRow('INTRODUCTIONS_DECLINED', intros.declined),
          ],
          { total: null, chart: null },
        ),
        table(
          'matchmaking.responseTime',
          [column('median', 'HOURS'), column('p90', 'HOURS')],
          [row('INTRODUCTIONS', [intros.medianHours[0], intros.p90Hours[0]], [intros.medianHours[1], intros.p90Hours[1]])],
          { total: null, chart: null },
        ),
        conversionTable(conversion),
      ];
    },
  };
}
