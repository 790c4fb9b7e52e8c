/** A size as operators read it in the log: B, kB, MB, GB (powers of 1000, like `ls -h --si`). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) (value /= 1000, unit++);
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
