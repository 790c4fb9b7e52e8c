// Every path that is not the API goes to the SvelteKit app built by adapter-node. Its load functions and form
// actions reach the API in-process through `globalThis.__exchangeApi`, which runs a request through Fastify's
// inject: the same HTTP semantics (cookies, headers, limits) without a network hop.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';

export interface ApiBridge {
  graphql(request: { query: string; variables?: Record<string, unknown>; headers: Record<string, string> }): Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>;
}

declare global {
  // eslint-disable-next-line no-var
  var __exchangeApi: ApiBridge | undefined;
}

type NodeHandler = (req: unknown, res: unknown, next: () => void) => void;

export async function mountWeb(app: FastifyInstance, buildDir: string): Promise<boolean> {
  const handlerFile = path.join(buildDir, 'handler.js');
  if (!existsSync(handlerFile)) {
    app.log.warn(`No web build at ${buildDir}: only the API is served (run \`npm run build:web\`)`);
    return false;
  }
  globalThis.__exchangeApi = {
    async graphql({ query, variables, headers }) {
      // The browser's address travels in x-forwarded-for (set by the web app from the real socket), so limits
      // such as the sign-in throttle count people, not the loopback.
      const { 'x-forwarded-for': clientIp, ...rest } = headers;
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { ...rest, 'content-type': 'application/json' },
        payload: JSON.stringify({ query, variables }),
        remoteAddress: clientIp?.split(',')[0].trim() || undefined,
      });
      const out: Record<string, string | string[] | undefined> = {};
      for (const [name, value] of Object.entries(res.headers)) out[name] = typeof value === 'number' ? String(value) : value;
      return { status: res.statusCode, headers: out, body: res.body };
    },
  };
  // adapter-node assumes https unless told the protocol; Fastify knows it, and passes it on in a header it
  // overwrites on every request, so a client cannot spoof it. SvelteKit's CSRF check compares origins with it.
  process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
  const protocolHeader = process.env.PROTOCOL_HEADER;
  const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: NodeHandler };
  await app.register(async (web) => {
    // SvelteKit reads request bodies itself (form actions), so Fastify must leave them unread here.
    web.removeAllContentTypeParsers();
    web.addContentTypeParser('*', (_request, _payload, done) => done(null));
    web.all('/*', (request, reply) => {
      request.raw.headers[protocolHeader] = request.protocol;
      reply.hijack();
      handler(request.raw, reply.raw, () => {
        reply.raw.statusCode = 404;
        reply.raw.end('Not found');
      });
    });
  });
  return true;
}
