// What of a search is kept for the department's demand figures: the query folded as the engines fold it (no tone
// marks, lower case, letters and digits only, single spaces), never who asked. A query that looks like it holds
// personal data (an e-mail address, a phone or identity number) is not kept at all, and neither is a long one
// (pasted text is no search term and the likeliest to carry someone's details).
import { fold } from '../../../search/fold.ts';

/** The longest term kept, in characters after folding; longer queries are dropped, not cut. */
export const MAX_TERM_CHARS = 100;

// Anything@anything: an address, complete or not.
const EMAIL = /\S@\S/;
// Nine digits or more, each followed by at most two separators: Vietnamese phone numbers (10 digits, +84 …), the
// 12-digit citizen identity number, account numbers. Standards and years ("ISO 9001 2015": 8 digits) stay.
const LONG_NUMBER = /(?:\d[\s.\-()/]{0,2}){9,}/;

/** The term a query is counted under, or null when it is not counted (empty, too long, or personal-looking). */
export function demandTerm(query: string | null | undefined): string | null {
  if (!query || EMAIL.test(query) || LONG_NUMBER.test(query.replace(/\+/g, ''))) return null;
  const term = fold(query).replace(/[^a-z0-9]+/g, ' ').trim();
  return term && term.length <= MAX_TERM_CHARS ? term : null;
}
