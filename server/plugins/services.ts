import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../lib/prisma.ts';
import { createServices, type Services } from '../services.ts';

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient;
    services: Services;
  }
}

export default fp(
  async (app, opts: { prisma: PrismaClient; config: Config; databaseUrl?: string }) => {
    app.decorate('prisma', opts.prisma);
    app.decorate('services', createServices(opts.prisma, opts.config, {
      searchEngine: () => app.searchEngine,
      stripe: () => app.stripe ?? null,
      system: { readiness: () => app.readiness.check(), log: app.log },
      databaseUrl: opts.databaseUrl ?? null,
    }));
  },
  { name: 'services' },
);
