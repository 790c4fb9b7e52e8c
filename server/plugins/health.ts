import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    app.get('/healthz', async (_request, reply) => {
      try {
        await app.prisma.$queryRaw`SELECT 1`;
        return { status: 'ok', database: 'ok' };
      } catch (err) {
        app.log.error({ err }, 'health check: database unreachable');
        return reply.code(503).send({ status: 'error', database: 'unreachable' });
      }
    });
  },
  { name: 'health', dependencies: ['services'] },
);
