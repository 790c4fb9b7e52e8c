// `npm start`: the whole platform in one process: PostgreSQL (embedded unless DATABASE_URL is set), migrations,
// demo data on first start, the API and the web app.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './lib/database.ts';
import { createPrisma, type PrismaClient } from './lib/prisma.ts';
import { seedDemo } from '../prisma/seed/demo.ts';

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = (msg: string) => console.log(`[exchange] ${msg}`);
  log(config.DATABASE_URL ? 'Using the PostgreSQL of DATABASE_URL' : `Starting embedded PostgreSQL in ${config.DATA_DIR}`);
  const db: Database = await openDatabase(config);
  if (db.migrationsApplied.length) log(`Applied migrations: ${db.migrationsApplied.join(', ')}`);
  const prisma: PrismaClient = createPrisma(db.url, config.DB_POOL_SIZE);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await app?.close().catch(() => {});
    await prisma.$disconnect().catch(() => {});
    await db.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const demo = config.SEED_DEMO ? await seedDemo(prisma) : null;
    if (demo?.seeded) log('Loaded the demo data');
    app = await buildApp({ config, prisma, databaseUrl: db.url });
    await app.listen({ host: config.HOST, port: config.PORT });
    const base = `http://${config.HOST}:${config.PORT}`;
    log(`Listening on ${base}  (GraphQL ${base}/graphql, GraphiQL ${base}/graphiql, health ${base}/healthz)`);
    if (demo) {
      log('Demo accounts:');
      for (const a of demo.accounts) log(`  ${a.role.padEnd(10)} ${a.email}  /  ${a.password}`);
    }
  } catch (err) {
    console.error(err);
    await prisma.$disconnect().catch(() => {});
    await db.stop().catch(() => {});
    process.exit(1);
  }
}

await main();
