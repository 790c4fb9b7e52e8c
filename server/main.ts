// `npm start`: the whole platform: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data on first
// start, the API and the web app, in one process, or with WEB_CONCURRENCY=N in N processes sharing the port
// (node:cluster; this process then keeps the database and the workers). Every serving process runs background jobs
// (JOB_CONCURRENCY each): the job queue in PostgreSQL hands each job to one of them and each cron entry runs once.
import cluster from 'node:cluster';
import type { buildApp } from './app.ts';
import { ConfigError, graphqlIdeEnabled, loadConfig, shutdownDrainMs, type Config } from './config.ts';
import { drainAndClose } from './plugins/health.ts';
import { openDatabase, type Database } from './lib/database.ts';
import { PostgresStartError } from '../prisma/embedded-postgres.ts';
import { createPrisma, type PrismaClient } from './lib/prisma.ts';
import { seedDemo } from '../prisma/seed/demo.ts';

const log = (msg: string) => console.log(`[exchange] ${msg}`);

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** Closes what `stop` is given, once, on SIGINT or SIGTERM, then exits; `drainMs` of it is the shutdown drain. */
function onSignals(stop: () => Promise<void>, drainMs: number): void {
  let stopping = false;
  const handle = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (cluster.isPrimary) log(`${signal}: shutting down`);
    // A connection that never closes must not keep a stopped platform running.
    setTimeout(() => {
      console.error(`[exchange] not stopped ${(drainMs + 20_000) / 1000} s after the signal; exiting`);
      process.exit(1);
    }, drainMs + 20_000).unref();
    await stop();
    process.exit(0);
  };
  // embedded-postgres installs its own handlers (async-exit-hook): they stop PostgreSQL at once and exit with
  // 128 + the signal while the app may still be answering. The order here is ours: app, workers, database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void handle(signal));
  }
}

async function serve(config: Config, prisma: PrismaClient, databaseUrl: string) {
  // Loaded here, not at the top: with WEB_CONCURRENCY > 1 the primary serves nothing and need not load the app's
  // modules (the API, the web app, the search engine); measured on the demo data, its memory went from 256 to 243 MB.
  const { buildApp } = await import('./app.ts');
  // Every serving process runs jobs (JOB_CONCURRENCY of them), whatever NODE_ENV says.
  const app = await buildApp({ config, prisma, databaseUrl, jobs: true });
  await app.listen({ host: config.HOST, port: config.PORT });
  return app;
}

async function primary() {
  const config = configOrExit();
  log(config.DATABASE_URL ? 'Using the PostgreSQL of DATABASE_URL' : `Starting embedded PostgreSQL in ${config.DATA_DIR}`);
  const db: Database = await openDatabase(config).catch((err) => {
    // PostgreSQL's own reason, without a stack trace that says nothing to an operator.
    console.error(err instanceof PostgresStartError ? `[exchange] ${err.message}` : err);
    process.exit(1);
  });
  if (db.migrationsApplied.length) log(`Applied migrations: ${db.migrationsApplied.join(', ')}`);
  const prisma: PrismaClient = createPrisma(db.url, config.DB_POOL_SIZE, config.DB_STATEMENT_TIMEOUT_MS);
  const workers = config.WEB_CONCURRENCY;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let stopping = false;
  onSignals(async () => {
    stopping = true;
    await (app && drainAndClose(app, shutdownDrainMs(config)).catch(() => {}));
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        // The signal itself, not worker.kill(): that first cuts the IPC channel, and a worker exits at once then.
        (w) => new Promise<void>((resolve) => (w!.isDead() ? resolve() : (w!.once('exit', () => resolve()), w!.process.kill('SIGTERM')))),
      ),
    );
    await prisma.$disconnect().catch(() => {});
    await db.stop().catch(() => {});
  }, shutdownDrainMs(config));

  try {
    const demo = config.SEED_DEMO ? await seedDemo(prisma) : null;
    if (demo?.seeded) log('Loaded the demo data');
    if (workers === 1) app = await serve(config, prisma, db.url);
    else {
      const fork = () => {
        const worker = cluster.fork({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
        // A worker that dies is replaced unless the platform is stopping.
        worker.once('exit', (code) => {
          if (stopping) return;
          log(`worker ${worker.process.pid} exited (${code}); starting another`);
          fork();
        });
        return new Promise<void>((resolve, reject) => {
          worker.once('listening', () => resolve());
          worker.once('exit', () => reject(new Error('a worker exited before it listened')));
        });
      };
      await Promise.all(Array.from({ length: workers }, () => fork()));
    }
    const base = `http://${config.HOST}:${config.PORT}`;
    log(`Listening on ${base}${workers > 1 ? ` (${workers} processes)` : ''}  (GraphQL ${base}/graphql${graphqlIdeEnabled(config) ? `, GraphiQL ${base}/graphiql` : ''}, health ${base}/healthz)`);
    if (demo) {
      log('Demo accounts:');
      for (const a of demo.accounts) log(`  ${a.role.padEnd(10)} ${a.email}  /  ${a.password}`);
    }
  } catch (err) {
    console.error(err);
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGKILL');
    await prisma.$disconnect().catch(() => {});
    await db.stop().catch(() => {});
    process.exit(1);
  }
}

async function worker() {
  const config = configOrExit();
  const prisma = createPrisma(config.DATABASE_URL!, config.DB_POOL_SIZE, config.DB_STATEMENT_TIMEOUT_MS);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  onSignals(async () => {
    await (app && drainAndClose(app, shutdownDrainMs(config)).catch(() => {}));
    await prisma.$disconnect().catch(() => {});
  }, shutdownDrainMs(config));
  app = await serve(config, prisma, config.DATABASE_URL!);
}

await (cluster.isPrimary ? primary() : worker());
