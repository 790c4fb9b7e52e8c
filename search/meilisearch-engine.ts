// The production engine (docker-compose). Index settings live in code (meilisearch-settings.ts) and are applied at
// every start-up when they differ; every write waits for its task and surfaces a failure or a cancellation. What a
// search sends is built in meilisearch-query.ts. Read against Meilisearch v1.12.0 and the meilisearch client 0.62.
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type FederatedMultiSearchParams, type IndexSwap, type MultiSearchParams, type SearchParams } from 'meilisearch';
import { indexSettings, LAYOUT_VERSION } from './meilisearch-settings.ts';
import { missingParts, partialRequests, rankPartial } from './meilisearch-partial.ts';
import {
  filterOf,
  HIT_ATTRIBUTES,
  list,
  mergeFeatured,
  prepareQuery,
  searchRequests,
  toResponse,
  wholeIndexCount,
  type MeiliDocument,
  type PreparedQuery,
  type RawResponse,
} from './meilisearch-query.ts';
import type { SearchDocument, SearchEngine, SearchQuery, SearchResponse, Suggestion } from './types.ts';

export interface MeiliOptions {
  /** How long start-up waits for the server to answer (docker compose starts both at once). */
  startTimeoutMs?: number;
  /** How long a settings change may take (it reindexes every document) before start-up goes on without it. */
  settingsWaitMs?: number;
  log?: { info(msg: string): void; warn(msg: string): void };
  /** Another client (the unit tests' recorder). */
  client?: Meilisearch;
}

/** A task that did not succeed: failed, or canceled (by an operator or a task deletion), with Meilisearch's code. */
export class MeiliTaskError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const WRITE_WAIT_MS = 60_000;
const REBUILD_WAIT_MS = 10 * 60_000;
/** At start, within the app's plugin timeout (server/app.ts): a longer settings task goes on without holding it. */
const SETTINGS_WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stored = (d: SearchDocument): MeiliDocument => ({
  ...d,
  publishedAtTs: Date.parse(d.publishedAt),
  featuredUntilTs: d.featuredUntil ? Date.parse(d.featuredUntil) : 0,
  layout: LAYOUT_VERSION,
});

/** Deep equality, whatever the order of object keys. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/**
 * Whether `current` (getSettings: every setting, defaults included) already holds `wanted`: each setting we set is
 * equal (a synonym removed from the lexicon counts), typoTolerance only in the keys we set (it answers more).
 */
export function settingsCover(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([key, value]) =>
    key === 'typoTolerance' ? settingsCover((current[key] ?? {}) as Record<string, unknown>, value as Record<string, unknown>) : same(current[key], value),
  );
}

/** The settings as Meilisearch answers them: attribute sets sorted (it keeps them in ordered sets). */
function normalised(settings: ReturnType<typeof indexSettings>) {
  return { ...settings, filterableAttributes: [...(settings.filterableAttributes as string[])].sort(), sortableAttributes: [...settings.sortableAttributes!].sort() };
}

export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(
    private readonly host: string,
    apiKey: string | undefined,
    private readonly uid = 'exchange',
    private readonly options: MeiliOptions = {},
  ) {
    this.client = options.client ?? new Meilisearch({ host, apiKey });
  }

  private index(uid = this.uid) {
    return this.client.index<MeiliDocument>(uid);
  }

  private async settle(task: EnqueuedTaskPromise, timeout = WRITE_WAIT_MS) {
    const done = await task.waitTask({ timeout });
    if (done.status !== 'succeeded') throw new MeiliTaskError(done.error?.code, `Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no error given'}`);
    return done;
  }

  /** Waits for the server: at start it may still be opening its database, or not yet running. */
  private async waitForServer(): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 120_000);
    for (let pause = 250; ; pause = Math.min(pause * 2, 5000)) {
      try {
        await this.client.health();
        return;
      } catch (err) {
        if (Date.now() + pause > deadline) throw new Error(`Meilisearch at ${this.host} did not answer: ${(err as Error).message}`);
        if (pause === 250) this.options.log?.info(`waiting for Meilisearch at ${this.host}`);
        await sleep(pause);
      }
    }
  }

  private async ensureIndex(uid: string): Promise<void> {
    await this.settle(this.client.createIndex(uid, { primaryKey: 'id' })).catch((err: unknown) => {
      if (!(err instanceof MeiliTaskError && err.code === 'index_already_exists')) throw err;
    });
  }

  /**
   * Applies the settings when they differ. Every process may do so at once: Meilisearch runs the tasks in order and
   * the later ones change nothing. A change reindexes every document, which may outlast `wait`: start-up then goes on
   * (searches answer with the former settings until the task is done) rather than failing.
   */
  private async applySettings(uid: string, wait: number): Promise<void> {
    const wanted = indexSettings();
    if (settingsCover(await this.index(uid).getSettings(), normalised(wanted))) return;
    await this.settle(this.index(uid).updateSettings(wanted), wait).catch((err: Error) => {
      if (err.name !== 'MeilisearchTaskTimeOutError') throw err;
      this.options.log?.warn(`Meilisearch is still applying the settings of index ${uid}; searches use the former ones until it is done`);
    });
  }

  /**
   * Waits for the server, then creates the index and applies its settings. Never empties it: an index of an older
   * layout counts as holding nothing (size), so the rebuild job, run by one process under the search lock, replaces it.
   */
  async prepare(): Promise<void> {
    await this.waitForServer();
    await this.ensureIndex(this.uid);
    await this.applySettings(this.uid, this.options.settingsWaitMs ?? SETTINGS_WAIT_MS);
  }

  /**
   * The documents of the current layout: exact (page/hitsPerPage count exhaustively). None while the index's settings
   * do not yet know `layout` (a settings change still running): the rebuild then lays out a new index.
   */
  async size(): Promise<number> {
    try {
      const res = await this.index().search(null, { filter: `layout = ${LAYOUT_VERSION}`, page: 1, hitsPerPage: 0 });
      return res.totalHits ?? 0;
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'invalid_search_filter') return 0;
      throw err;
    }
  }

  private async write(uid: string, docs: SearchDocument[], wait = WRITE_WAIT_MS): Promise<void> {
    if (docs.length) await this.settle(this.index(uid).addDocuments(docs.map(stored)), wait);
  }

  upsert(docs: SearchDocument[]): Promise<void> {
    return this.write(this.uid, docs);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.settle(this.index().deleteDocuments(ids));
  }

  async clear(): Promise<void> {
    await this.settle(this.index().deleteAllDocuments());
  }

  /**
   * A rebuild that never shows an empty index: `fill` writes into a new index, swapped with the live one in one task
   * (the old documents then go with the new index's name, and are deleted). The caller holds the search lock.
   */
  async rebuild<T>(fill: (into: Pick<SearchEngine, 'upsert'>) => Promise<T>): Promise<T> {
    const next = `${this.uid}_rebuild`;
    await this.dropIndex(next); // left by a rebuild cut short
    await this.ensureIndex(next);
    await this.applySettings(next, 0);
    // Its writes may queue behind a long task of the live index (Meilisearch runs one batch at a time).
    const result = await fill({ upsert: (docs) => this.write(next, docs, REBUILD_WAIT_MS) });
    // Meilisearch v1.12 takes `indexes` only (a `rename` field, in the client's type since Meilisearch 1.18, is refused).
    await this.settle(this.client.swapIndexes([{ indexes: [this.uid, next] } as IndexSwap]), 0);
    await this.dropIndex(next);
    return result;
  }

  private async dropIndex(uid: string): Promise<void> {
    await this.settle(this.client.deleteIndex(uid)).catch((err: unknown) => {
      if (!(err instanceof MeiliTaskError && err.code === 'index_not_found')) throw err;
    });
  }

  private async multi(requests: SearchParams[]): Promise<RawResponse[]> {
    const queries = requests.map((params) => ({ ...params, indexUid: this.uid }));
    const { results } = await this.client.multiSearch<MultiSearchParams, MeiliDocument>({ queries });
    return results as unknown as RawResponse[];
  }

  /**
   * Every word first; when no document of the whole index holds them all and the query has two parts or more, the
   * documents holding some (meilisearch-partial.ts).
   */
  async search(q: SearchQuery): Promise<SearchResponse> {
    const prepared = prepareQuery(q.text);
    const now = Date.now();
    const mayBePartial = prepared.units.length >= 2;
    // With kinds or filters, one more count decides over the whole index (the first count is filtered).
    const decide = mayBePartial && filterOf(q) ? [wholeIndexCount(prepared)] : [];
    const results = await this.multi([...searchRequests(q, prepared, now), ...decide]);
    const whole = decide.length ? results.pop()!.totalHits : results[0].totalHits;
    if (mayBePartial && whole === 0) return this.searchPartial(q, prepared, now);
    const [count, ...hits] = results;
    return toResponse(prepared, count, hits.length === 2 ? mergeFeatured(hits[0].hits, hits[1].hits, q.offset, q.limit) : hits[0].hits);
  }

  private async searchPartial(q: SearchQuery, prepared: PreparedQuery, now: number): Promise<SearchResponse> {
    const { parts, union } = partialRequests(q, prepared, this.uid);
    const [found, all] = await Promise.all([this.multi(parts), this.client.multiSearch<FederatedMultiSearchParams, MeiliDocument>(union)]);
    const total = all.estimatedTotalHits ?? 0;
    const counted = { hits: [], totalHits: total, facetDistribution: all.facetsByIndex?.[this.uid]?.distribution };
    const ranked = rankPartial(found, total, q.sort, now);
    if (!ranked.length) return toResponse(prepared, counted, []);
    const page = ranked.slice(q.offset, q.offset + q.limit);
    const docs = page.length ? (await this.index().getDocuments({ filter: `id IN ${list(page.map((r) => r.id))}`, fields: HIT_ATTRIBUTES as (keyof MeiliDocument)[], limit: page.length })).results : [];
    const byId = new Map(docs.map((d) => [d.id, d]));
    const hits = page.flatMap((r) => (byId.has(r.id) ? [{ ...byId.get(r.id)!, _rankingScore: r.score }] : []));
    return toResponse(prepared, counted, hits, missingParts(prepared, ranked[0]));
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    if (!prefix.trim()) return [];
    const raw = await this.index().search(prefix, { limit, matchingStrategy: 'all', attributesToRetrieve: ['title', 'kind', 'entityType', 'slug'] });
    return raw.hits.map((h) => ({ text: h.title, kind: h.kind, entityType: h.entityType, slug: h.slug }));
  }

  async dump(): Promise<SearchDocument[]> {
    const out: SearchDocument[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index().getDocuments({ offset, limit: 1000 });
      out.push(...page.results.map(({ publishedAtTs: _p, featuredUntilTs: _f, layout: _l, ...d }) => d as SearchDocument));
      if (page.results.length < 1000) break;
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  async health() {
    try {
      await this.client.health();
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {}
}
