// Vietnamese text as people type it into a search box: without tone marks, often without đ. Folding maps every
// character to one character (so positions in folded text are positions in the original, for highlighting).
const cache = new Map<string, string>();

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    f = c === 'đ' || c === 'Đ' ? 'd' : c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (f.length !== 1) f = c.toLowerCase().length === 1 ? c.toLowerCase() : ' ';
    cache.set(c, f);
  }
  return f;
}

export function fold(text: string): string {
  let out = '';
  for (const c of text) out += c.length === 1 ? foldChar(c) : ' ';
  return out;
}

/** The words of a query, folded, longest first removed of duplicates; only letters and digits survive. */
export function queryTokens(text: string): string[] {
  return [...new Set(fold(text).split(/[^a-z0-9]+/).filter((t) => t.length > 0))].slice(0, 12);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Wraps the words of `text` that are one of `words` (or, for the word still being typed, start with `prefix`) in
 * <mark>, escaping everything else; null when nothing matches. Near spellings the engine matched are passed in
 * `words` too, so a typo highlights what it found and nothing else.
 */
export function highlight(text: string, words: string[], prefix?: string): string | null {
  if (!text || (words.length === 0 && !prefix)) return null;
  const wanted = new Set(words);
  const folded = fold(text);
  const marks: [number, number][] = [];
  const word = /[a-z0-9]+/g;
  for (let m = word.exec(folded); m; m = word.exec(folded)) {
    if (wanted.has(m[0])) marks.push([m.index, m.index + m[0].length]);
    else if (prefix && m[0].startsWith(prefix)) marks.push([m.index, m.index + prefix.length]);
  }
  if (!marks.length) return null;
  let html = '';
  let at = 0;
  const chars = [...text];
  for (const [from, to] of marks) {
    html += escapeHtml(chars.slice(at, from).join('')) + '<mark>' + escapeHtml(chars.slice(from, to).join('')) + '</mark>';
    at = to;
  }
  return html + escapeHtml(chars.slice(at).join(''));
}
