// The saved searches' services: the GraphQL side, the publication listener and the digests.
import type { AlertFrequency, PrismaClient } from '../../generated/prisma/client.ts';
import type { SearchEngine } from '../../../search/types.ts';
import { fold } from '../../../search/fold.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { buildDigests, SavedSearchAlerts } from './alert-delivery.ts';
import { AlertsRepository } from './alerts.repository.ts';
import { AlertsService, type WordCounts } from './alerts.service.ts';
import { UnsubscribeRepository } from './unsubscribe.repository.ts';

/**
 * Word counts from the search engine (the hits of a search for the word alone); when it cannot answer, no counts:
 * the saved search is then anchored on its words as if each were rare, which only costs the matcher candidates.
 */
export function engineWordCounts(engine: () => SearchEngine): WordCounts {
  return async (words) => {
    const counts = new Map<string, number>();
    let documents = 100_000;
    try {
      const e = engine();
      documents = Math.max(1, await e.size());
      for (const word of new Set(words.map((w) => w.trim()).filter(Boolean))) {
        const res = await e.search({ text: word, kinds: [], filters: {}, sort: 'RELEVANCE', limit: 1, offset: 0 });
        for (const folded of res.total >= 0 ? foldedWords(word) : []) counts.set(folded, Math.min(counts.get(folded) ?? Infinity, res.total));
      }
    } catch {
      // counts stay empty
    }
    return { counts: (w) => counts.get(w), documents };
  };
}

const foldedWords = (text: string) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

export function createAlertServices(prisma: PrismaClient, engine: () => SearchEngine, taxonomy: TaxonomyService) {
  const repo = new AlertsRepository(prisma);
  return {
    alerts: new AlertsService(repo, new UnsubscribeRepository(prisma), engineWordCounts(engine)),
    savedSearchAlerts: new SavedSearchAlerts(prisma, repo, taxonomy),
    digests: { build: (frequency: Exclude<AlertFrequency, 'IMMEDIATE'>) => buildDigests(prisma, repo, frequency) },
  };
}
