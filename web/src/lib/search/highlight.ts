// The API marks matches as HTML: the text HTML-escaped, the matches in <mark>…</mark>. Rather than inserting that
// HTML into the page, it is read back into plain text segments that Svelte renders (and escapes) itself, with
// <mark> elements written by the template. Nothing from the API is ever interpreted as markup, whatever it holds.

export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Segments of a highlight; any tag other than <mark> and </mark> is kept as literal text. */
export function parseHighlight(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else if (part) {
      const text = unescapeHtml(part);
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * What to show for a text the page displays (a title in the reader's language): the API's highlight of it when
 * the highlight is of that very text, the plain text otherwise (the API highlights the Vietnamese original, so an
 * English title has no marks).
 */
export function marked(displayed: string, html: string | null | undefined): { segments: Segment[]; highlighted: boolean } {
  if (html) {
    const segments = parseHighlight(html);
    if (segments.some((s) => s.mark) && normalise(plainText(segments)) === normalise(displayed)) {
      return { segments, highlighted: true };
    }
  }
  return { segments: [{ text: displayed, mark: false }], highlighted: false };
}

/**
 * A passage of at most `max` characters around the first match, cut at spaces, with "…" where text was left out.
 * A text without a match keeps its start.
 */
export function snippet(segments: readonly Segment[], max = 240, lead = 60): Segment[] {
  const full = plainText(segments);
  if (full.length <= max) return segments.map((s) => ({ ...s }));
  let offset = 0;
  let firstMark = -1;
  for (const s of segments) {
    if (s.mark) {
      firstMark = offset;
      break;
    }
    offset += s.text.length;
  }
  let start = firstMark <= lead ? 0 : firstMark - lead;
  if (start > 0) {
    const space = full.indexOf(' ', start);
    start = space >= 0 && space < firstMark ? space + 1 : start;
  }
  let end = Math.min(full.length, start + max);
  if (end < full.length) {
    const space = full.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const out: Segment[] = [];
  if (start > 0) out.push({ text: '…', mark: false });
  offset = 0;
  for (const s of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + s.text.length);
    if (from < to) {
      const text = s.text.slice(from - offset, to - offset);
      const last = out.at(-1);
      if (last && last.mark === s.mark) last.text += text;
      else out.push({ text, mark: s.mark });
    }
    offset += s.text.length;
  }
  if (end < full.length) {
    const last = out.at(-1);
    if (last && !last.mark) last.text = last.text.trimEnd() + '…';
    else out.push({ text: '…', mark: false });
  }
  return out;
}
