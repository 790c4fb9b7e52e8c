// The department's figures as the form groups them: each group's whole numbers and the source they come from, named
// as the API's DepartmentFiguresInput names them (so its field errors land on the right input).
export const FIGURE_GROUPS = [
  { id: 'stTasks', figures: ['stTasksNational', 'stTasksMinisterial', 'stTasksProvincial', 'stTasksGrassroots'], source: 'stTasksSource' },
  { id: 'appraisals', figures: ['appraisals'], source: 'appraisalsSource' },
  { id: 'ipSupport', figures: ['ipRegistrationsSupported'], source: 'ipSupportSource' },
  { id: 'events', figures: ['events', 'eventParticipants'], source: 'eventsSource' },
  { id: 'programmes', figures: ['programmes'], source: 'programmesSource' },
] as const;

export type FigureName = (typeof FIGURE_GROUPS)[number]['figures'][number];
export type SourceName = (typeof FIGURE_GROUPS)[number]['source'];

export const FIGURE_NAMES: readonly FigureName[] = FIGURE_GROUPS.flatMap((g) => g.figures);
export const SOURCE_NAMES: readonly SourceName[] = FIGURE_GROUPS.map((g) => g.source);

/** The API's limits, said again so the browser can help before sending (the API checks them all the same). */
export const SOURCE_MAX = 300;
export const FIGURE_MAX = 1_000_000;
export const FIRST_YEAR = 2000;

/** The year a page address asks for, or the current one in Tây Ninh when it names none the form can take. */
export function readYear(param: string | null, now = new Date()): number {
  const current = currentYear(now);
  const year = Number(param);
  return param && Number.isInteger(year) && year >= FIRST_YEAR && year <= current ? year : current;
}

export function currentYear(now = new Date()): number {
  return new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
}
