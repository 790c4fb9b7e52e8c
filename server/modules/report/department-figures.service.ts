// Figures of the yearly report the platform does not hold (S&T tasks, technology appraisals, IP support, events,
// programmes), entered by the department once per calendar year, and the report's section that shows them.
//
// The rule: the figures are kept per calendar year, as the department counts them. A report of exactly one calendar
// year shows that year's figures beside the year before; a report of any other period cannot split a year's figures,
// so its department tables keep their rows with null values (and no source).
import type { RequestContext } from '../../lib/request-context.ts';
import { validate, type InputError } from '../../lib/validation.ts';
import { requireStaff } from '../access.ts';
import type { ReportTable } from './report-model.ts';
import { checkYear, wholeYear, yearOf } from './report-period.ts';
import type { Window } from './report.repository.ts';
import type { SectionSource } from './report.service.ts';
import { column, row, table } from './report-tables.ts';
import type { DepartmentFiguresRepository, DepartmentFiguresRow } from './department-figures.repository.ts';
import { departmentFiguresSchema } from './department-figures.validation.ts';

type Figure = Exclude<{ [K in keyof DepartmentFiguresRow]: DepartmentFiguresRow[K] extends number ? K : never }[keyof DepartmentFiguresRow], 'year'>;
type Source = { [K in keyof DepartmentFiguresRow]: K extends `${string}Source` ? K : never }[keyof DepartmentFiguresRow];

/** The department's tables: which figures each shows (row key → column of the row) and which source names them. */
const TABLES: { id: string; rows: [string, Figure][]; source: Source; chart: 'BAR' | null; total?: 'sum' }[] = [
  {
    id: 'department.stTasks',
    rows: [['NATIONAL', 'stTasksNational'], ['MINISTERIAL', 'stTasksMinisterial'], ['PROVINCIAL', 'stTasksProvincial'], ['GRASSROOTS', 'stTasksGrassroots']],
    source: 'stTasksSource',
    chart: 'BAR',
    total: 'sum',
  },
  { id: 'department.appraisals', rows: [['APPRAISALS', 'appraisals']], source: 'appraisalsSource', chart: null },
  { id: 'department.ipSupport', rows: [['IP_REGISTRATIONS', 'ipRegistrationsSupported']], source: 'ipSupportSource', chart: null },
  { id: 'department.events', rows: [['EVENTS', 'events'], ['PARTICIPANTS', 'eventParticipants']], source: 'eventsSource', chart: null },
  { id: 'department.programmes', rows: [['PROGRAMMES', 'programmes']], source: 'programmesSource', chart: null },
];

export class DepartmentFiguresService {
  constructor(private readonly repo: DepartmentFiguresRepository) {}

  async byYear(ctx: RequestContext, year: number): Promise<DepartmentFiguresRow | null> {
    requireStaff(ctx);
    return this.repo.byYear(checkYear(ctx.locale, year));
  }

  async set(ctx: RequestContext, input: unknown): Promise<DepartmentFiguresRow | InputError> {
    const user = requireStaff(ctx);
    const checked = validate(departmentFiguresSchema(yearOf(new Date())), input, ctx.locale);
    if (!checked.ok) return checked.error;
    return this.repo.replace(checked.data, user.id);
  }

  /** The report's last section: the year's figures when the period is a whole calendar year, else null values. */
  section(): SectionSource {
    return { id: 'department', reads: ['DepartmentFigures'], tables: (w) => this.tables(w) };
  }

  private async tables(w: Window): Promise<ReportTable[]> {
    const year = wholeYear(w.period);
    const found = year === null ? [] : await this.repo.byYears([year, year - 1]);
    const current = found.find((f) => f.year === year) ?? null;
    const before = found.find((f) => f.year === year! - 1) ?? null;
    return TABLES.map((t) =>
      table(
        t.id,
        [column('count')],
        t.rows.map(([key, figure]) => row(key, [current?.[figure] ?? null], [before?.[figure] ?? null])),
        { source: 'DEPARTMENT', sourceNote: current?.[t.source] ?? null, total: t.total ?? null, chart: t.chart },
      ),
    );
  }
}
