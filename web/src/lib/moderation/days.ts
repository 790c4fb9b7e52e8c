// The period of the figures: calendar days in Vietnam typed in the page's GET form, as the half-open range of
// instants [start of the first day, start of the day after the last) the API counts in.
import { isDateInput } from '$lib/workspace/dates';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export interface Period {
  from: string | null;
  to: string | null;
  /** What the API is asked for. */
  range: { from: string | null; to: string | null };
  /** The days were typed the wrong way round. */
  reversed: boolean;
}

function startOfDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + plusDays * DAY_MS - VIETNAM_OFFSET_MS).toISOString();
}

export function readPeriod(params: URLSearchParams): Period {
  const day = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return isDateInput(value) ? value : null;
  };
  const from = day('from');
  const to = day('to');
  const reversed = !!from && !!to && from > to;
  return {
    from,
    to,
    reversed,
    range: reversed ? { from: null, to: null } : { from: from ? startOfDay(from) : null, to: to ? startOfDay(to, 1) : null },
  };
}
