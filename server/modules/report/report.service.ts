// The department's report, live: the figures the platform holds for a period, each beside the same figure for the
// period of equal length before it, in the order of the department's yearly report. Staff only; the public gets
// headline figures with small cells suppressed (publicStatistics).
import type { RequestContext } from '../../lib/request-context.ts';
import { requireStaff } from '../access.ts';
import { IpType, ListingKind, ModerationStatus, OrganisationKind, ReportField } from '../../generated/prisma/enums.ts';
import { TRANSFER_FORMS } from '../listing/listing-details.ts';
import { LRUCache } from 'lru-cache';
import { ResultCache } from '../search/result-cache.ts';
import type { Report, ReportPeriod, ReportSection, ReportTable } from './report-model.ts';
import { checkPeriod, checkYear, previousPeriod, quarterKeys, yearOf, yearPeriod } from './report-period.ts';
import type { DealGroupRow, DurationRow, ListingGroupRow, PairRow, ReportRepository, Window } from './report.repository.ts';
import { column, percentilesOf, row, share, suppressSmallCells, table, type Figure } from './report-tables.ts';

/** The row of items without a field of science (a listing saved before choosing one). */
const UNCLASSIFIED = 'UNCLASSIFIED';
/** The row of items without a commune. */
const UNKNOWN = 'UNKNOWN';
/** Communes beyond the largest ones are added up in one row, so the table stays readable. */
const COMMUNE_ROWS = 50;
const OTHER = 'OTHER';
const FIELDS = [...Object.values(ReportField), UNCLASSIFIED];
/**
 * Anyone may ask for the public statistics, and each answer aggregates whole tables: a year's answer is kept for a few
 * minutes (it says when it was computed), so visitors and crawlers cost the database one computation per year per
 * process in that time.
 */
const PUBLIC_TTL_MS = 5 * 60_000;
/** Sections of reports kept (a period's sections at the tables' current numbers; older numbers fall out). */
const SECTIONS_KEPT = 200;

/**
 * One section of the report: its id, how its tables are computed for a window, and the tables it reads. A section
 * that names what it reads is kept in memory under those tables' numbers (ReportSourceVersion, moved by triggers at
 * every commit that writes them), so it is computed again only after one of them changed; one that does not is
 * computed for every report.
 */
export interface SectionSource {
  id: string;
  reads?: readonly string[];
  tables(w: Window): Promise<ReportTable[]>;
}

/** Figures of a pair-row list by key. */
function byKey<T extends { key: string | null }>(rows: readonly T[], unnamed = UNCLASSIFIED): Map<string, T> {
  return new Map(rows.map((r) => [r.key ?? unnamed, r]));
}

const pairOf = (r: PairRow | undefined): [number, number] => [r?.cur ?? 0, r?.prev ?? 0];

/** A one-column count table over fixed keys. */
function countTable(id: string, keys: readonly string[], rows: readonly PairRow[], chart: 'BAR' | 'DONUT' = 'BAR'): ReportTable {
  const found = byKey(rows);
  return table(
    id,
    [column('count')],
    keys.map((k) => {
      const [cur, prev] = pairOf(found.get(k));
      return row(k, [cur], [prev]);
    }),
    { total: 'sum', chart },
  );
}

/** Counts with each one's share of their sum (stated as the denominator), over fixed keys. */
function shareTable(id: string, keys: readonly string[], rows: readonly PairRow[], total: 'sum' | null): ReportTable {
  const found = byKey(rows);
  const pairs = keys.map((k) => pairOf(found.get(k)));
  const whole = pairs.reduce((s, [c]) => s + c, 0);
  const wholeBefore = pairs.reduce((s, [, p]) => s + p, 0);
  return table(
    id,
    [column('count'), column('share', 'SHARE')],
    keys.map((k, i) => row(k, [pairs[i]![0], share(pairs[i]![0], whole)], [pairs[i]![1], share(pairs[i]![1], wholeBefore)])),
    { denominator: whole, total: total && row('TOTAL', [whole, null], [wholeBefore, null]) },
  );
}

/** Counts, median and 90th percentile of durations in hours (and what is still pending) per key, from histograms. */
function durationTable(id: string, keys: readonly string[], rows: readonly DurationRow[], withPending: boolean): ReportTable {
  const columns = [column('count'), column('median', 'HOURS'), column('p90', 'HOURS'), ...(withPending ? [column('pending')] : [])];
  const figures = (key: string, cur: boolean): Figure[] => {
    const r = rows.find((d) => d.key === key && d.cur === cur);
    const [values, counts] = [r?.hours ?? [], r?.counts ?? []];
    const [median, p90] = percentilesOf(values, counts, [0.5, 0.9]).map((h) => (h === null ? null : Math.round(h * 10) / 10));
    return [counts.reduce((a, b) => a + b, 0), median!, p90!, ...(withPending ? [r?.pending ?? 0] : [])];
  };
  return table(id, columns, keys.map((k) => row(k, figures(k, true), figures(k, false))), { chart: null });
}

export class ReportService {
  constructor(
    private readonly repo: ReportRepository,
    /**
     * Sections other modules compute, after the platform's own and in the order of the yearly report: the search
     * log's demand, then the department's own figures (services.ts lists them).
     */
    private readonly moreSections: readonly SectionSource[] = [],
  ) {}

  private readonly publicCache = new ResultCache<Report>(PUBLIC_TTL_MS, 50);
  /** Sections' tables by section, period and the numbers of the tables read; a computation under way is shared. */
  private readonly kept = new LRUCache<string, Promise<ReportTable[]>>({ max: SECTIONS_KEPT });

  async report(ctx: RequestContext, from: Date, to: Date): Promise<Report> {
    requireStaff(ctx);
    const period = checkPeriod(ctx.locale, from, to);
    // The numbers are read before any figure: a change committed meanwhile moves them past what is kept now.
    const versions = await this.repo.sourceVersions();
    return this.build(period, [...this.sections(), ...this.moreSections].map((s) => this.keptSection(s, versions)));
  }

  /** The section answered from memory while none of the tables it reads has changed since it was computed. */
  private keptSection(source: SectionSource, versions: Map<string, string>): SectionSource {
    const numbers = source.reads?.map((t) => versions.get(t));
    if (!numbers || numbers.some((n) => n === undefined)) return source;
    return {
      id: source.id,
      tables: (w) => {
        const key = `${source.id}|${w.period.from.toISOString()}|${w.period.to.toISOString()}|${numbers.join(',')}`;
        let tables = this.kept.get(key);
        if (!tables) {
          tables = source.tables(w);
          this.kept.set(key, tables);
          tables.catch(() => this.kept.delete(key));
        }
        return tables;
      },
    };
  }

  /**
   * Headline figures of a calendar year for anyone: listings first published by kind, organisations verified and in
   * the directory by kind (no personal profiles), IP titles on offer by type, inquiries and deals per quarter.
   * Counts only (no value of a contract, no names), and every count from 1 to 2 suppressed.
   */
  async publicStatistics(ctx: RequestContext, year: number | null | undefined): Promise<Report> {
    const asked = checkYear(ctx.locale, year ?? yearOf(new Date()));
    const cached = this.publicCache.get(String(asked));
    if (cached) return cached;
    const period = yearPeriod(asked);
    const section = (id: string, tables: (w: Window) => Promise<ReportTable[]>): SectionSource => ({ id, tables });
    const report = await this.build(period, [
      section('listings', async (w) => [countTable('listings.byKind', Object.values(ListingKind), byDim(await this.repo.publishedListings(w), 'kind'))]),
      section('organisations', async (w) => [this.verifiedOrganisations(await this.repo.organisations(w))]),
      section('ip', async (w) => [(await this.ipTables(w))[0]!]),
      section('negotiation', async (w) => [this.quarterTable('negotiation.countsByQuarter', w, await this.repo.inquiries(w), await this.repo.deals(w), false)]),
    ]);
    const shown = { ...report, sections: report.sections.map((s) => ({ ...s, tables: s.tables.map(suppressSmallCells) })) };
    this.publicCache.set(String(asked), shown);
    return shown;
  }

  private async build(period: ReportPeriod, sources: SectionSource[]): Promise<Report> {
    const w: Window = { period, previous: previousPeriod(period) };
    const sections: ReportSection[] = await Promise.all(sources.map(async (s) => ({ id: s.id, tables: await s.tables(w) })));
    return { period, previous: w.previous, generatedAt: new Date(), sections };
  }

  /** The platform's own sections, in the order of the department's 2023 report. */
  private sections(): SectionSource[] {
    return [
      { id: 'listings', reads: ['Listing', 'FieldOfScience'], tables: (w) => this.listingTables(w) },
      { id: 'organisations', reads: ['Organisation'], tables: (w) => this.organisationTables(w) },
      { id: 'ip', reads: ['IpTitle', 'Listing'], tables: (w) => this.ipTables(w) },
      { id: 'moderation', reads: ['AuditEvent', 'ModerationDecision'], tables: (w) => this.moderationTables(w) },
      { id: 'negotiation', reads: ['Inquiry', 'NdaAcceptance', 'Deal', 'Listing', 'FieldOfScience'], tables: (w) => this.negotiationTables(w) },
    ];
  }

  private async listingTables(w: Window): Promise<ReportTable[]> {
    const [published, byStatus] = await Promise.all([this.repo.publishedListings(w), this.repo.listingsByStatus(w)]);
    return [
      countTable('listings.byKind', Object.values(ListingKind), byDim(published, 'kind')),
      countTable('listings.byStatus', Object.values(ModerationStatus), byStatus),
      // A listing has one field of science, so it counts once, in its field's group; the shares are of all the
      // listings first published in the period (the denominator), those without a field in their own row.
      shareTable('listings.byField', FIELDS, byDim(published, 'field'), null),
      this.communeTable(byDim(published, 'commune')),
    ];
  }

  private communeTable(rows: PairRow[]): ReportTable {
    const sorted = [...rows].sort((a, b) => b.cur - a.cur || b.prev - a.prev || String(a.key).localeCompare(String(b.key)));
    const shown = sorted.slice(0, COMMUNE_ROWS);
    const rest = sorted.slice(COMMUNE_ROWS);
    const rowsOut = shown.map((r) => row(r.key ?? UNKNOWN, [r.cur], [r.prev], r.key));
    if (rest.length) rowsOut.push(row(OTHER, [rest.reduce((s, r) => s + r.cur, 0)], [rest.reduce((s, r) => s + r.prev, 0)]));
    return table('listings.byCommune', [column('count')], rowsOut, { total: 'sum' });
  }

  private async organisationTables(w: Window): Promise<ReportTable[]> {
    const rows = await this.repo.organisations(w);
    const found = byKey(rows);
    const byKind = table(
      'organisations.byKind',
      [column('count'), column('new')],
      Object.values(OrganisationKind).map((k) => {
        const r = found.get(k);
        return row(k, [r?.total ?? 0, r?.added ?? 0], [r?.prevTotal ?? 0, r?.prevAdded ?? 0]);
      }),
      { total: 'sum' },
    );
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
    const verification: PairRow[] = [
      { key: 'VERIFIED', cur: sum((r) => r.verified), prev: sum((r) => r.prevVerified) },
      { key: 'NOT_VERIFIED', cur: sum((r) => r.total - r.verified), prev: sum((r) => r.prevTotal - r.prevVerified) },
    ];
    return [byKind, { ...shareTable('organisations.byVerification', ['VERIFIED', 'NOT_VERIFIED'], verification, 'sum'), chart: 'DONUT' }];
  }

  /** Verified organisations in the directory by kind, for the public (a person's own profile is not an organisation). */
  private verifiedOrganisations(rows: Awaited<ReturnType<ReportRepository['organisations']>>): ReportTable {
    const kinds = Object.values(OrganisationKind).filter((k) => k !== 'INDIVIDUAL');
    return countTable('organisations.verifiedByKind', kinds, rows.map((r) => ({ key: r.key, cur: r.verified, prev: r.prevVerified })));
  }

  private async ipTables(w: Window): Promise<ReportTable[]> {
    const found = byKey(await this.repo.ipTitles(w));
    return [
      table(
        'ip.byType',
        [column('count'), column('granted')],
        Object.values(IpType).map((k) => {
          const r = found.get(k);
          return row(k, [r?.count ?? 0, r?.granted ?? 0], [r?.prevCount ?? 0, r?.prevGranted ?? 0]);
        }),
        { total: 'sum' },
      ),
    ];
  }

  private async moderationTables(w: Window): Promise<ReportTable[]> {
    const [events, durations] = await Promise.all([this.repo.moderation(w), this.repo.timeToDecision(w)]);
    const types = ['listing', 'organisation'];
    const get = (type: string, key: string) => events.find((e) => e.entityType === type && e.key === key);
    const flows = ['SUBMITTED', 'WITHDRAWN', 'APPROVED', 'RETURNED', 'REJECTED'].map((key) =>
      row(key, types.map((t) => get(t, key)?.cur ?? 0), types.map((t) => get(t, key)?.prev ?? 0)),
    );
    // What waits at a period's end: every submission before it, less those withdrawn or decided before it.
    const backlog = (until: 'untilEnd' | 'untilPrevEnd') => (t: string) =>
      (get(t, 'SUBMITTED')?.[until] ?? 0) - ['WITHDRAWN', 'APPROVED', 'RETURNED', 'REJECTED'].reduce((s, k) => s + (get(t, k)?.[until] ?? 0), 0);
    const throughput = table('moderation.throughput', [column('listings'), column('organisations')], [...flows, row('BACKLOG', types.map(backlog('untilEnd')), types.map(backlog('untilPrevEnd')))], {
      total: null,
      chart: 'COLUMN',
    });
    return [throughput, durationTable('moderation.timeToDecision', ['LISTING', 'ORGANISATION'], durations, false)];
  }

  private async negotiationTables(w: Window): Promise<ReportTable[]> {
    const [inquiries, deals, answers] = await Promise.all([this.repo.inquiries(w), this.repo.deals(w), this.repo.timeToFirstAnswer(w)]);
    const funnel = inquiries.filter((r) => r.dim === 'funnel');
    const total = deals.find((d) => d.dim === 'total');
    const [asked, askedBefore] = pairOf(funnel.find((r) => r.key === 'INQUIRIES'));
    const steps: [string, number, number][] = [
      ['INQUIRIES', asked, askedBefore],
      ['NDAS', ...pairOf(funnel.find((r) => r.key === 'NDAS'))],
      ['DEALS', total?.cur ?? 0, total?.prev ?? 0],
    ];
    // Shares of the inquiries opened in the period: DEALS' share is the conversion from inquiry to deal.
    const funnelTable = table(
      'negotiation.funnel',
      [column('count'), column('share', 'SHARE')],
      steps.map(([k, cur, prev]) => row(k, [cur, share(cur, asked)], [prev, share(prev, askedBefore)])),
      { denominator: asked, total: null, chart: 'BAR' },
    );
    return [
      funnelTable,
      valueTable('negotiation.valueByField', FIELDS, deals.filter((d) => d.dim === 'field'), total),
      valueTable('negotiation.valueByTransferForm', TRANSFER_FORMS, deals.filter((d) => d.dim === 'form'), total),
      this.quarterTable('negotiation.byQuarter', w, inquiries, deals, true),
      registrationTable(deals.filter((d) => d.dim === 'registration'), total),
      durationTable('negotiation.timeToFirstAnswer', ['INQUIRY', 'PROPOSAL'], answers, true),
    ];
  }

  /** Inquiries and deals (and their value) per quarter; a quarter's `previous` is the same place in the period before. */
  private quarterTable(id: string, w: Window, inquiries: { dim: string; key: string; cur: number }[], deals: DealGroupRow[], withValue: boolean): ReportTable {
    const asked = new Map(inquiries.filter((r) => r.dim === 'quarter').map((r) => [r.key, r.cur]));
    const signed = new Map(deals.filter((d) => d.dim === 'quarter').map((d) => [d.key, d]));
    const figures = (q: string | undefined): Figure[] => {
      const d = q === undefined ? undefined : signed.get(q);
      return [q === undefined ? null : (asked.get(q) ?? 0), q === undefined ? null : (d?.cur ?? 0) + (d?.prev ?? 0), ...(withValue ? [q === undefined ? null : (d?.curValue ?? 0) + (d?.prevValue ?? 0)] : [])];
    };
    const before = quarterKeys(w.previous);
    const columns = [column('inquiries'), column('deals'), ...(withValue ? [column('valueVnd', 'MONEY')] : [])];
    return table(id, columns, quarterKeys(w.period).map((q, i) => row(q, figures(q), figures(before[i]))), { total: 'sum', chart: 'COLUMN' });
  }
}

const byDim = (rows: ListingGroupRow[], dim: ListingGroupRow['dim']): PairRow[] => rows.filter((r) => r.dim === dim);

/** Deals and their contract value by a key, with each key's share of the period's total value. */
function valueTable(id: string, keys: readonly string[], rows: DealGroupRow[], total: DealGroupRow | undefined): ReportTable {
  const found = byKey(rows);
  const [value, valueBefore] = [total?.curValue ?? 0, total?.prevValue ?? 0];
  return table(
    id,
    [column('deals'), column('valueVnd', 'MONEY'), column('share', 'SHARE')],
    keys.map((k) => {
      const r = found.get(k);
      return row(k, [r?.cur ?? 0, r?.curValue ?? 0, share(r?.curValue ?? 0, value)], [r?.prev ?? 0, r?.prevValue ?? 0, share(r?.prevValue ?? 0, valueBefore)]);
    }),
    { denominator: value, total: row('TOTAL', [total?.cur ?? 0, value, null], [total?.prev ?? 0, valueBefore, null]) },
  );
}

/** Deals that must be registered with the authority (Law on Technology Transfer, art. 31) and those that need not. */
function registrationTable(rows: DealGroupRow[], total: DealGroupRow | undefined): ReportTable {
  const found = byKey(rows);
  const [deals, dealsBefore] = [total?.cur ?? 0, total?.prev ?? 0];
  return table(
    'negotiation.registrationRequired',
    [column('deals'), column('valueVnd', 'MONEY'), column('share', 'SHARE')],
    ['REQUIRED', 'NOT_REQUIRED'].map((k) => {
      const r = found.get(k);
      return row(k, [r?.cur ?? 0, r?.curValue ?? 0, share(r?.cur ?? 0, deals)], [r?.prev ?? 0, r?.prevValue ?? 0, share(r?.prev ?? 0, dealsBefore)]);
    }),
    { denominator: deals, total: row('TOTAL', [deals, total?.curValue ?? 0, null], [dealsBefore, total?.prevValue ?? 0, null]), chart: 'DONUT' },
  );
}
