// Vietnamese text as people type it into a search box: without tone marks, often without đ. Folding maps every
// character to one character (so positions in folded text are positions in the original, for highlighting).
import type { SearchDocument, SearchHighlight } from './types.ts';

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
// The folded code units become a string natively (faster than String.fromCharCode over them).
const utf16 = new TextDecoder('utf-16le');

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
  return utf16.decode(new Uint8Array(out.buffer, 0, j * 2));
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
  return highlighter(words, prefix)(text);
}

const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** A slice of a text by code-point positions, the text given as a string (BMP only) or as its code points. */
export const sliceOf = (source: string | string[], from: number, to: number) =>
  typeof source === 'string' ? source.slice(from, to) : source.slice(from, to).join('');

/** `highlight` for many texts and the same words (a page of hits): the words are looked at once. */
export function highlighter(words: string[], prefix?: string): (text: string) => string | null {
  const wanted = new Set(words);
  const needles = [...new Set(prefix ? [...words, prefix] : words)].filter((n) => n.length > 0);
  return (text) => {
    if (!text || !needles.length) return null;
    const plain = fold(text);
    // Only where a word of the search begins can a mark begin: found with indexOf rather than by cutting the
    // whole text into words. Each such word is then marked whole (a word searched) or up to the prefix.
    const starts: number[] = [];
    for (const needle of needles) {
      for (let i = plain.indexOf(needle); i >= 0; i = plain.indexOf(needle, i + 1)) {
        if (i === 0 || !isWordChar(plain.charCodeAt(i - 1))) starts.push(i);
      }
    }
    if (!starts.length) return null;
    // Positions count code points; they are string positions unless the text holds characters outside the BMP.
    // (No helper closure here: made for every text, it is a function object each time, named at run time by tsx.)
    const source = plain.length === text.length ? text : [...text];
    let html = '';
    let at = 0;
    starts.sort((x, y) => x - y);
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k];
      if (start < at || start === starts[k - 1]) continue; // met by two words of the search
      let end = start;
      while (end < plain.length && isWordChar(plain.charCodeAt(end))) end++;
      const word = plain.slice(start, end);
      const length = wanted.has(word) ? word.length : prefix && word.startsWith(prefix) ? prefix.length : 0;
      if (!length) continue;
      html += escapeHtml(sliceOf(source, at, start)) + '<mark>' + escapeHtml(sliceOf(source, start, start + length)) + '</mark>';
      at = start + length;
    }
    return at === 0 ? null : html + escapeHtml(sliceOf(source, at, source.length));
  };
}

/** A hit's highlights: its title, summary and keywords marked by `mark` (a highlighter), where anything matched. */
export function highlightsOf(doc: Pick<SearchDocument, 'title' | 'summary' | 'keywords'>, mark: (text: string) => string | null): SearchHighlight[] {
  const out: SearchHighlight[] = [];
  const title = mark(doc.title);
  if (title) out.push({ field: 'title', html: title });
  const summary = mark(doc.summary);
  if (summary) out.push({ field: 'summary', html: summary });
  const keywords = mark(doc.keywords.join(', '));
  if (keywords) out.push({ field: 'keywords', html: keywords });
  return out;
}
