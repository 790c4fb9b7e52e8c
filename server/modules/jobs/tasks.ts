// What the job queue runs: the outbox jobs (queued by triggers in the transaction of the change, see the
// job_queue migration), the search rebuild, and the clock's periodic moves as cron entries. graphile-worker runs a
// cron entry once per schedule however many processes run it (its known_crontabs table records each run).
import type { FastifyBaseLogger } from 'fastify';
import { parseCronItems, type CronItem, type JobHelpers, type TaskList } from 'graphile-worker';
import type { Services } from '../../services.ts';
import { systemContext } from '../../lib/request-context.ts';
import { trySearchLock } from '../../../search/search-lock.ts';
import { runScheduledBackup } from '../operations/backup.module.ts';
import { clearExpiredRateLimits } from '../../lib/rate-limits.ts';
import { isPublication, runPublicationListeners } from '../matchmaking/publication.ts';
import { isListingChange } from '../bookmark/bookmark-news.ts';

export const TASK = {
  searchIndex: 'search.index',
  searchRebuild: 'search.rebuild',
  emailSend: 'email.send',
  orders: 'clock.orders',
  listings: 'clock.listings',
  surveys: 'clock.surveys',
  backup: 'ops.backup',
  rateLimits: 'ops.rateLimits',
  searchDemand: 'ops.searchDemand',
  published: 'matchmaking.published',
  bookmarkNews: 'bookmark.listingChanged',
} as const;

/** How long a drain that found the lock taken waits before it is tried again. */
const SEARCH_REQUEUE_MS = 2000;

/** Search work runs one at a time across every process (search/search-lock.ts). */
function searchExclusive(helpers: JobHelpers, work: () => Promise<void>): Promise<boolean> {
  return helpers.withPgClient((client) => trySearchLock(client, work));
}

export interface TaskDeps {
  services: Services;
  log: FastifyBaseLogger;
  /** Drains the search outbox into the engine; returns the rows settled. */
  drainSearchOutbox: () => Promise<number>;
  rebuildSearchIndex: () => Promise<number>;
  /** Null without SMTP_URL: e-mail jobs then wait for a process that can send them. */
  sendEmail: ((id: string, attempt: number) => Promise<boolean>) | null;
}

/**
 * The drains queued before this one took its first row are covered by it (their rows were committed with them, and
 * it takes every row): they are retired when it succeeds, so a burst of changes costs one drain, not one each.
 */
async function drainSearchOutbox(deps: TaskDeps, helpers: JobHelpers): Promise<void> {
  const ran = await searchExclusive(helpers, async () => {
    const { rows } = await helpers.query<{ id: string }>(
      `SELECT id::text FROM graphile_worker.jobs WHERE task_identifier = $1 AND locked_at IS NULL AND id <> $2::bigint`,
      [TASK.searchIndex, helpers.job.id],
    );
    const settled = await deps.drainSearchOutbox();
    if (settled) deps.log.debug({ settled }, 'search outbox drained');
    if (rows.length) await helpers.query('SELECT graphile_worker.complete_jobs($1::bigint[])', [rows.map((r) => r.id)]);
  });
  // The running one may have taken its rows before this job's change committed: this drain comes again shortly.
  if (!ran) await helpers.addJob(TASK.searchIndex, {}, { runAt: new Date(Date.now() + SEARCH_REQUEUE_MS), maxAttempts: helpers.job.max_attempts });
}

export function taskList(deps: TaskDeps): TaskList {
  const { services, log } = deps;
  // The clock acts as the platform: its audit events say so (AuditEvent.actorKind).
  const clock = (job: string) => systemContext('vi', job);
  const tasks: TaskList = {
    [TASK.searchIndex]: (_payload, helpers) => drainSearchOutbox(deps, helpers),
    [TASK.searchRebuild]: async (_payload, helpers) => {
      const ran = await searchExclusive(helpers, async () => {
        const documents = await deps.rebuildSearchIndex();
        log.info({ documents }, 'search index rebuilt');
      });
      // A drain holds the index for seconds: the queue's backoff tries the rebuild again.
      if (!ran) throw new Error('search index busy with a drain; the rebuild is tried again');
    },
    // Orders: featured placements end, deposits nobody decided on are refunded, unsent refunds are retried.
    [TASK.orders]: async () => {
      const { completed, lapsed, refundsSent, refundErrors } = await services.paymentClock.runDue(clock(TASK.orders));
      if (completed || lapsed || refundsSent) log.info({ completed, lapsed, refundsSent }, 'orders moved by the clock');
      // A refund Stripe refused is tried again by a later run; the others of this run went ahead.
      for (const err of refundErrors) log.error({ err }, 'refund failed; it will be retried');
    },
    [TASK.listings]: async () => {
      const ctx = clock(TASK.listings);
      const expired = await services.listing.expireDue(ctx);
      const warned = await services.listing.warnExpiring(ctx);
      await services.account.purgeExpiredSessions(ctx);
      if (expired || warned) log.info({ expired, warned }, 'listing validity checked');
    },
    [TASK.surveys]: async () => {
      const surveys = await services.deal.sendDueSurveys(clock(TASK.surveys));
      if (surveys) log.info({ surveys }, 'deal follow-up surveys sent');
    },
    // Records its run, prunes by retention and tells the admins of a failure itself; it does not throw for one.
    [TASK.backup]: () => runScheduledBackup(services, log),
    [TASK.rateLimits]: (_payload, helpers) => clearExpiredRateLimits((sql, values) => helpers.query(sql, values)),
    [TASK.searchDemand]: async () => {
      const deleted = await services.searchDemand.prune();
      if (deleted) log.info({ deleted }, 'search demand days past retention deleted');
    },
    // Queued by a trigger when a listing or an organisation becomes published (migration listing_matches).
    [TASK.published]: async (payload) => {
      if (!isPublication(payload)) return log.warn({ payload }, 'publication job without a kind and id: dropped');
      await runPublicationListeners(services.publicationListeners, payload);
    },
    // Queued by a trigger when a followed published listing changes its price, is reserved or ends (migration bookmarks).
    [TASK.bookmarkNews]: async (payload) => {
      if (!isListingChange(payload)) return log.warn({ payload }, 'bookmark news without a change: dropped');
      const told = await services.bookmark.tellFollowers(clock(TASK.bookmarkNews), payload);
      if (told) log.debug({ told, change: payload.changeId }, 'followers told of a listing change');
    },
  };
  const send = deps.sendEmail;
  if (send) tasks[TASK.emailSend] = async (payload, helpers) => void (await send(String((payload as { id?: unknown }).id), helpers.job.attempts));
  return tasks;
}

/**
 * The clock, every ten minutes. Each move is idempotent (conditional updates) and catches up by itself; a failed run
 * gets 3 attempts and then stays among the failed jobs (the next schedule runs anyway). A schedule missed while no
 * process ran (a restart across it) runs at start, if it is at most one schedule old.
 */
export const CLOCK_EVERY_MINUTES = 10;
export const CLOCK_CRONTAB: CronItem[] = [TASK.orders, TASK.listings, TASK.surveys].map((task) => ({
  task,
  match: `*/${CLOCK_EVERY_MINUTES} * * * *`,
  identifier: task,
  options: { maxAttempts: 3, backfillPeriod: CLOCK_EVERY_MINUTES * 60_000 },
}));

/** The daily backup at 02:00 in Vietnam (cron times are UTC); a start within six hours after a missed one runs it. */
const BACKUP_CRON: CronItem = { task: TASK.backup, match: '0 19 * * *', identifier: TASK.backup, options: { maxAttempts: 1, backfillPeriod: 6 * 3_600_000 } };

/** Rate-limit counters of windows that ended over an hour ago go, hourly (a missed run is simply the next one). */
const RATE_LIMITS_CRON: CronItem = { task: TASK.rateLimits, match: '17 * * * *', identifier: TASK.rateLimits, options: { maxAttempts: 1 } };

/** Search demand days older than SEARCH_DEMAND_RETENTION_DAYS go, daily at 03:41 in Vietnam (a missed run is the next). */
const SEARCH_DEMAND_CRON: CronItem = { task: TASK.searchDemand, match: '41 20 * * *', identifier: TASK.searchDemand, options: { maxAttempts: 3 } };

export const CRONTAB: CronItem[] = [...CLOCK_CRONTAB, BACKUP_CRON, RATE_LIMITS_CRON, SEARCH_DEMAND_CRON];

export const parsedCrontab = () => parseCronItems(CRONTAB);
