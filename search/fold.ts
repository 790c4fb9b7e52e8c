// Vietnamese text as people type it into a search box: without tone marks, often without đ. Folding maps every
// character to one character (so positions in folded text are positions in the original, for highlighting).
// Folded UTF-16 code units by code unit, filled as characters are met (0: not yet).
const folded = new Uint16Array(0x10000);

function foldCode(code: number): number {
  let f = folded[code];
  if (f === 0) {
    const c = String.fromCharCode(code);
    let s = c === 'đ' || c === 'Đ' ? 'd' : c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (s.length !== 1) s = c.toLowerCase().length === 1 ? c.toLowerCase() : ' ';
    f = folded[code] = s.charCodeAt(0);
  }
  return f;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

let buffer = new Uint16Array(1024);

export function fold(text: string): string {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  const out = buffer;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      out[j++] = 0x20; // a character outside the BMP is one character, and no letter
      i++;
    } else out[j++] = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20 ? c : foldCode(c);
  }
  let s = '';
  for (let k = 0; k < j; k += 8192) s += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + 8192)) as unknown as number[]);
  return s;
}

/** The words of a query, folded, longest first removed of duplicates; only letters and digits survive. */
export function queryTokens(text: string): string[] {
  return [...new Set(fold(text).split(/[^a-z0-9]+/).filter((t) => t.length > 0))].slice(0, 12);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * Wraps the words of `text` that are one of `words` (or, for the word still being typed, start with `prefix`) in
 * <mark>, escaping everything else; null when nothing matches. Near spellings the engine matched are passed in
 * `words` too, so a typo highlights what it found and nothing else.
 */
export function highlight(text: string, words: string[], prefix?: string): string | null {
  if (!text || (words.length === 0 && !prefix)) return null;
  const wanted = new Set(words);
  const plain = fold(text);
  const marks: [number, number][] = [];
  const word = /[a-z0-9]+/g;
  for (let m = word.exec(plain); m; m = word.exec(plain)) {
    if (wanted.has(m[0])) marks.push([m.index, m.index + m[0].length]);
    else if (prefix && m[0].startsWith(prefix)) marks.push([m.index, m.index + prefix.length]);
  }
  if (!marks.length) return null;
  // Positions count code points; they are string positions unless the text holds characters outside the BMP.
  const chars = plain.length === text.length ? null : [...text];
  const slice = (from: number, to?: number) => (chars ? chars.slice(from, to).join('') : text.slice(from, to));
  let html = '';
  let at = 0;
  for (const [from, to] of marks) {
    html += escapeHtml(slice(at, from)) + '<mark>' + escapeHtml(slice(from, to)) + '</mark>';
    at = to;
  }
  return html + escapeHtml(slice(at));
}
