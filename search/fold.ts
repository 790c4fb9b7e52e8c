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
 * Wraps the words of `text` that start with a query token in <mark>, escaping everything else; null when
 * nothing matches.
 */
export function highlight(text: string, tokens: string[]): string | null {
  if (!text || tokens.length === 0) return null;
  const folded = fold(text);
  const marks: [number, number][] = [];
  const word = /[a-z0-9]+/g;
  for (let m = word.exec(folded); m; m = word.exec(folded)) {
    const token = tokens.find((t) => m![0].startsWith(t) || (t.length >= 4 && m![0].length >= 4 && near(m![0], t)));
    if (token) marks.push([m.index, m.index + (m[0].startsWith(token) ? token.length : m[0].length)]);
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

/** One or two letters apart (a typo), for highlighting what the trigram match found. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] <= 2;
}
