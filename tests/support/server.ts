// A real HTTP server of the whole platform (API and built web app) on a free port, over a fresh database
// seeded with the demo data.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { seedDemo } from '../../prisma/seed/demo.ts';
import { freshDatabase, type TestDatabase } from './database.ts';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: TestDatabase;
  close(): Promise<void>;
}

export interface TestServerOptions {
  web?: boolean;
  seed?: boolean;
  /** Settings on top of the process environment (e.g. a fake Stripe's keys); `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Listen on this port instead of any free one, for settings that must know the address (PUBLIC_URL). */
  port?: number;
  /** Where the log goes (tests that read it); LOG_LEVEL (warn unless set) still decides what is written. */
  logStream?: { write(line: string): void };
}

/** A port nobody listens on now, so a server can be told its own address before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = await freshDatabase();
  if (options.seed !== false) await seedDemo(db.prisma);
  const uploads = await mkdtemp(path.join(tmpdir(), 'exchange-uploads-'));
  const backups = await mkdtemp(path.join(tmpdir(), 'exchange-backups-'));
  const port = options.port ?? 0;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    UPLOAD_DIR: uploads,
    BACKUP_DIR: backups,
    ...(port ? { PORT: String(port) } : {}),
    ...options.env,
  });
  const app = await buildApp({ config, prisma: db.prisma, databaseUrl: db.url, web: options.web ?? true, logStream: options.logStream });
  const url = await app.listen({ host: '127.0.0.1', port });
  return {
    url,
    app,
    db,
    async close() {
      await app.close();
      await db.drop();
      await rm(uploads, { recursive: true, force: true });
      await rm(backups, { recursive: true, force: true });
    },
  };
}
