// Reads a calendar file (RFC 5545) as a calendar application would: folded lines joined, then the first value of
// each property of its VEVENT by name (parameters dropped), e.g. `vevent(text).get('DTSTART')`.
export function vevent(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const from = lines.indexOf('BEGIN:VEVENT');
  const to = lines.indexOf('END:VEVENT');
  if (from < 0 || to < from) throw new Error(`no VEVENT in:\n${ics}`);
  const props = new Map<string, string>();
  for (const line of lines.slice(from + 1, to)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0]!;
    if (!props.has(name)) props.set(name, line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n'));
  }
  return props;
}

/** A UTC instant as the DTSTART of a calendar file writes it: 20261216T023000Z. */
export const icsInstant = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
