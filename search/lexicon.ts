// The one lexicon both engines read: stop words and synonym groups (search/lexicon/*.json). Each engine turns it
// into its own form (Meilisearch settings, the PostgreSQL engine's query expansion).
import stopWordsFile from './lexicon/stop-words.json' with { type: 'json' };
import synonymsFile from './lexicon/synonyms.json' with { type: 'json' };

/** Words and phrases, as written (accented), that never decide whether a document matches. */
export const STOP_WORDS: readonly string[] = [...stopWordsFile.vi, ...stopWordsFile.en];

/** Groups of words and phrases that mean the same, as written. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = synonymsFile.groups;

/** Stop words that are stop words only as written with their accents (unaccented, they are also a word of the field). */
export const ACCENTED_ONLY_STOP_WORDS: readonly string[] = stopWordsFile.accentedOnly;
