// A real HTTP server of the whole platform (API and built web app) on a free port, over a fresh database
// seeded with the demo data.
import { mkdtemp, rm } from 'node:fs/promises';
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

export async function startTestServer(options: { web?: boolean; seed?: boolean } = {}): Promise<TestServer> {
  const db = await freshDatabase();
  if (options.seed !== false) await seedDemo(db.prisma);
  const uploads = await mkdtemp(path.join(tmpdir(), 'exchange-uploads-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', UPLOAD_DIR: uploads });
  const app = await buildApp({ config, prisma: db.prisma, databaseUrl: db.url, web: options.web ?? true });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    db,
    async close() {
      await app.close();
      await db.drop();
      await rm(uploads, { recursive: true, force: true });
    },
  };
}
