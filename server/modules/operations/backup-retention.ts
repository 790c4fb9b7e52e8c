// Backup archives are named after the moment they were taken (UTC), so the folder alone says what is kept:
// exchange-backup-2026-12-06T02-00-00-000Z.tar.gz. Retention keeps, for the last `daily` days, the newest archive
// of each day, and for the last `weekly` weeks the newest of each ISO week (days and weeks in UTC); the newest
// archive of all is always kept, whatever the clock says.

const PREFIX = 'exchange-backup-';
const SUFFIX = '.tar.gz';
const NAME = /^exchange-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.tar\.gz$/;
const DAY_MS = 86_400_000;

export interface RetentionPolicy {
  daily: number;
  weekly: number;
}

export function backupFileName(at: Date): string {
  return `${PREFIX}${at.toISOString().replace(/[:.]/g, '-')}${SUFFIX}`;
}

/** When the archive was taken, or null for a file that is not one of ours. */
export function backupTime(fileName: string): Date | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Monday 00:00 UTC of the ISO week of `at`. */
function weekStart(at: Date): number {
  const day = Math.floor(at.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  return (day - ((day + 3) % 7)) * DAY_MS;
}

/** The archives to delete among `fileNames` (ours only; other files are never touched). */
export function backupsToPrune(fileNames: readonly string[], now: Date, policy: RetentionPolicy): string[] {
  const backups = fileNames
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>(backups.slice(0, 1).map((b) => b.name));
  const newestOf = (period: (at: Date) => number, since: number) => {
    const seen = new Set<number>();
    for (const b of backups) {
      if (b.at.getTime() < since) break;
      const key = period(b.at);
      if (!seen.has(key)) (seen.add(key), keep.add(b.name));
    }
  };
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  // "Kept 14 days": today and the 13 days before it; "kept 8 weeks": this week and the 7 before it.
  newestOf((at) => Math.floor(at.getTime() / DAY_MS), today - (policy.daily - 1) * DAY_MS);
  newestOf(weekStart, weekStart(now) - (policy.weekly - 1) * 7 * DAY_MS);
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
