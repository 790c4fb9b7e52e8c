// The API alone (no web build) over a fresh database, with sign-in helpers for tests that act as several people.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../server/generated/prisma/client.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { freshDatabase, type TestDatabase } from './database.ts';
import { GraphQLClient } from './graphql-client.ts';
import { ensureFields } from './factories.ts';

export const PASSWORD = 'a long enough password';

export interface ApiApp {
  app: FastifyInstance;
  db: TestDatabase;
  /** A client signed in as `email` (whose password is PASSWORD), or a visitor when email is null. */
  as(email: string | null): Promise<GraphQLClient>;
  close(): Promise<void>;
}

export interface ApiOptions {
  /** Where the app's log goes (tests that read it), instead of nowhere (TEST_LOG_LEVEL, silent by default). */
  logStream?: { write(line: string): void };
  /** A database to share with other apps (as processes share one); it outlives this app. A fresh one otherwise. */
  db?: TestDatabase;
  /** Called for every SQL statement the app sends, to prove a page costs a bounded number of them. */
  onQuery?: () => void;
  /** Run the background workers too, as the process that runs the jobs does. */
  jobs?: boolean;
}

export async function startApi(env: Record<string, string> = {}, options: ApiOptions = {}): Promise<ApiApp> {
  const db = options.db ?? (await freshDatabase());
  await ensureFields(db.prisma);
  const uploads = await mkdtemp(path.join(tmpdir(), 'exchange-uploads-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', UPLOAD_DIR: uploads, ...env });
  const counting = options.onQuery ? countingPrisma(db.url, options.onQuery) : null;
  const app = await buildApp({
    config,
    prisma: counting ?? db.prisma,
    databaseUrl: db.url,
    web: false,
    logStream: options.logStream,
    jobs: options.jobs,
  });
  return {
    app,
    db,
    async as(email) {
      const client = new GraphQLClient(app);
      if (email) {
        const res = await client.request(`mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }`, {
          e: email,
          p: PASSWORD,
        });
        if (res.data?.signIn?.__typename !== 'AuthSuccess') throw new Error(`could not sign in ${email}`);
      }
      return client;
    },
    async close() {
      await app.close();
      await counting?.$disconnect();
      if (!options.db) await db.drop();
      await rm(uploads, { recursive: true, force: true });
    },
  };
}

function countingPrisma(url: string, onQuery: () => void): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', onQuery);
  return client;
}
