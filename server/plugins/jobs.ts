// The job queue (graphile-worker over PostgreSQL): every serving process runs a runner with JOB_CONCURRENCY jobs at
// once (0: none). Jobs are picked up at once through LISTEN/NOTIFY (and a poll for retries and scheduled ones),
// retried with exponential backoff, and kept after their last attempt (the admin's failed jobs); the cron entries
// run once per schedule across every process. The runner stops on close: running jobs finish first (after 5 s they
// are asked to stop), and a job cut short is released to run again.
import { EventEmitter } from 'node:events';
import fp from 'fastify-plugin';
import pg from 'pg';
import { Logger, run, runOnce, type LogLevel, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import { parsedCrontab, TASK, taskList } from '../modules/jobs/tasks.ts';
import { SEARCH_CHANGED_CHANNEL } from './search.ts';

export type RunnerState = 'off' | 'starting' | 'running' | 'not listening' | 'stopped';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: {
      /** 'off': this process runs no jobs (tests' apps, JOB_CONCURRENCY=0); readiness reports the others. */
      readonly state: RunnerState;
      /** What the runner reports (job:success, cron:scheduled, …); tests listen to it. */
      readonly events: WorkerEvents;
      /** Runs every job of `tasks` that is due now, in this process, until none is left; returns how many succeeded. */
      runDue(tasks: readonly string[]): Promise<number>;
    };
  }
}

/** graphile-worker's messages in the app's log; its per-job chatter is debug, failures stay warnings and errors. */
function loggerFor(log: FastifyBaseLogger): Logger {
  const method: Record<LogLevel, 'error' | 'warn' | 'debug'> = { error: 'error', warning: 'warn', info: 'debug', debug: 'debug' };
  return new Logger(() => (level, message, meta) => log[method[level]]({ jobQueue: true, ...meta }, message));
}

export default fp(
  async (app, opts: { config: Config; databaseUrl: string; jobs: boolean }) => {
    const concurrency = opts.jobs ? opts.config.JOB_CONCURRENCY : 0;
    // The runner's own pool: one connection listens, the others fetch and settle jobs (the tasks use their own).
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: Math.max(concurrency, 1) + 2 });
    const lost = (err: Error) => app.log.warn({ message: err.message }, 'job queue lost a database connection');
    // Both, as graphile-worker asks: a dropped connection (idle, or the one listening) is logged, never fatal.
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));
    const logger = loggerFor(app.log);
    const events: WorkerEvents = new EventEmitter();
    const tasks: TaskList = taskList({
      services: app.services,
      log: app.log,
      drainSearchOutbox: () => app.searchWorker.drain(),
      rebuildSearchIndex: () => app.searchWorker.rebuild(),
      sendEmail: app.mailWorker?.send ?? null,
    });

    /**
     * graphile-worker writes a job's outcome (done, or failed with its next time) without waiting for the write, even
     * when stopping: wait for the jobs the pool `poolId` still holds (a few seconds at most), so the queue is as its
     * jobs left it, and the pool is not closed under the write (which would leave the job locked for hours).
     */
    const outcomesWritten = async (poolId: string) => {
      for (let waited = 0; poolId && waited < 5_000; waited += 20) {
        const { rows } = await pool.query('SELECT 1 FROM graphile_worker.jobs WHERE locked_by = $1 LIMIT 1', [poolId]);
        if (!rows.length) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    let state: RunnerState = concurrency ? 'starting' : 'off';
    let runnerPoolId = '';
    events.on('pool:create', ({ workerPool }) => void (runnerPoolId = workerPool.id));
    let runner: Runner | null = null;
    events.on('pool:listen:success', ({ client }) => {
      if (state !== 'stopped') state = 'running';
      // The runner's listening connection also hears of search index changes made by any process; asked once the
      // runner's own LISTEN (sent right after this event) is done, as a pg client takes one query at a time.
      client.once('drain', () => {
        client.query(`LISTEN ${SEARCH_CHANGED_CHANNEL}`).catch((err: Error) => app.log.warn({ err }, 'not listening for search index changes'));
      });
    });
    events.on('pool:listen:notification', ({ message }) => {
      if (message.channel === SEARCH_CHANGED_CHANNEL) app.services.search.invalidate();
    });
    events.on('pool:listen:error', () => {
      if (state !== 'stopped') state = 'not listening';
    });

    const runDue = async (only: readonly string[]) => {
      const chosen = Object.fromEntries(Object.entries(tasks).filter(([name]) => only.includes(name)));
      const counted: WorkerEvents = new EventEmitter();
      let poolId = '';
      let succeeded = 0;
      counted.on('pool:create', ({ workerPool }) => void (poolId = workerPool.id));
      counted.on('job:success', () => succeeded++);
      await runOnce({ pgPool: pool, taskList: chosen, noHandleSignals: true, logger, events: counted });
      await outcomesWritten(poolId);
      return succeeded;
    };

    app.decorate('jobs', { get state() { return state; }, events, runDue });

    if (concurrency) {
      app.addHook('onReady', async () => {
        runner = await run({ pgPool: pool, concurrency, noHandleSignals: true, logger, events, taskList: tasks, parsedCronItems: parsedCrontab() });
        runner.promise.then(
          () => void (state = 'stopped'),
          (err) => {
            state = 'stopped';
            app.log.error({ err }, 'job runner stopped');
          },
        );
        // Any process may find the index incomplete; one rebuild runs (the key drops the others while it waits or runs).
        if (await app.searchWorker.incomplete()) {
          await runner.addJob(TASK.searchRebuild, {}, { jobKey: TASK.searchRebuild, jobKeyMode: 'unsafe_dedupe', maxAttempts: 5 });
        }
        // Changes a process killed in the middle of its drain left behind (that drain stays locked for hours).
        await runner.addJob(TASK.searchIndex, {}, { maxAttempts: 25 });
      });
    }
    app.addHook('onClose', async () => {
      if (runner) {
        state = 'stopped';
        await runner.stop().catch((err) => app.log.error({ err }, 'job runner did not stop cleanly'));
        await outcomesWritten(runnerPoolId).catch(() => {});
      }
      await pool.end();
    });
  },
  { name: 'jobs', dependencies: ['services', 'search', 'mail'] },
);
