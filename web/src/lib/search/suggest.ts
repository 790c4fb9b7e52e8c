// Shared by the suggest endpoint and the search boxes' script.

export const SUGGEST_PATH = '/search/suggest';
export const SUGGESTION_COUNT = 8;
/** Fewer letters than this match too much to be worth a request. */
export const MIN_PREFIX_LENGTH = 2;
const MAX_PREFIX_LENGTH = 100;

export interface SuggestionItem {
  text: string;
  kind: string;
  path: string;
}

/** The prefix worth asking the API about, or null (too short, or only spaces). */
export function suggestPrefix(raw: string | null | undefined): string | null {
  const prefix = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PREFIX_LENGTH);
  return prefix.length >= MIN_PREFIX_LENGTH ? prefix : null;
}

/** Only site paths are followed from a suggestion (never another origin). */
export function isSitePath(path: unknown): path is string {
  return typeof path === 'string' && /^\/(listings|organisations)\/[^/?#\\]+$/.test(path);
}
