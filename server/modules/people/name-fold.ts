// Finding "Nguyễn Văn Đức" by typing "nguyen van duc": the same folding on both sides of the comparison, without a
// database extension. PostgreSQL's built-in translate() maps one character to one character, so the table below
// lists every Vietnamese letter with a mark (both cases, composed as NFC) beside its bare lower-case letter.
import { Prisma } from '../../generated/prisma/client.ts';
import { stripDiacritics } from '../../lib/slug.ts';

const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
// Combining marks of the five tones (acute, grave, hook above, tilde, dot below); the bare letter comes first.
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

function foldTable(): { from: string; to: string } {
  const letters = new Set<string>(['đ', 'Đ']);
  for (const base of BASES) {
    for (const tone of TONES) {
      const lower = (base + tone).normalize('NFC');
      letters.add(lower);
      letters.add(lower.toLocaleUpperCase('vi'));
    }
  }
  const marked = [...letters].filter((c) => c.length === 1 && c !== fold(c));
  return { from: marked.join(''), to: marked.map(fold).join('') };
}

/** What the folded column holds: lower case, no tone or vowel marks, đ as d. */
export function fold(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toLowerCase();
}

const TABLE = foldTable();

/** The SQL of a text column folded like fold() does, for LIKE against a folded pattern. */
export function foldedColumn(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`translate(lower(normalize(${column}, NFC)), ${TABLE.from}, ${TABLE.to})`;
}

/** A LIKE pattern that finds `text` anywhere, its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
