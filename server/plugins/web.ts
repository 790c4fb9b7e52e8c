// Every path that is not the API goes to the SvelteKit app built by adapter-node. Its load functions and form
// actions reach the API in-process through `globalThis.__exchangeApi`, which runs a request through Fastify's
// inject: the same HTTP semantics (cookies, headers, limits) without a network hop.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants } from 'node:zlib';
import compression from 'compression';
import type { FastifyInstance } from 'fastify';
import { secureCookies, type Config } from '../config.ts';
import { webHelmetOptions } from './security-headers.ts';
import { redactUrl } from '../lib/log-redaction.ts';
import { poolOf } from '../lib/prisma.ts';
import { PageCache } from './page-cache.ts';
import { SearchPageCache } from './page-cache-search.ts';
import { SESSION_COOKIE } from '../modules/account/session-token.ts';

export interface BridgeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ApiBridge {
  graphql(request: { query: string; variables?: Record<string, unknown>; headers: Record<string, string> }): Promise<BridgeResponse>;
  /**
   * A multipart upload to a plain API route, e.g. `/api/listings/{id}/images` with the file as `image`, or
   * `/api/inquiries/{id}/messages` with several files as `file`.
   */
  upload(request: { url: string; fields: Record<string, string>; files: UploadFile[]; headers: Record<string, string> }): Promise<BridgeResponse>;
  /** Settings the web app must share with the API so both behave alike. */
  settings: WebSettings;
  /** The web app's unexpected failures go to the same log as the API's, under the request's id. */
  logError(details: Record<string, unknown>, message: string): void;
}

export interface WebSettings {
  /** Mark the web's own cookies (the language) Secure, as the API marks its own (COOKIE_SECURE or https PUBLIC_URL). */
  secureCookies: boolean;
  /** The largest body of a form without files (the API's BODY_LIMIT_BYTES): a larger one is refused with 413. */
  formBodyLimit: number;
  /** PUBLIC_URL's origin when set: pages' canonical and alternate addresses start with it, as the sitemap's do. */
  publicOrigin?: string;
}

interface UploadFile {
  field: string;
  name: string;
  data: Uint8Array;
}

function multipartBody(fields: Record<string, string>, files: UploadFile[]) {
  const boundary = `----exchange${Math.random().toString(16).slice(2)}`;
  const quote = (v: string) => v.replace(/["\r\n]/g, '_');
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.from(file.data),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

function bridgeResponse(res: { statusCode: number; headers: Record<string, unknown>; body: string }): BridgeResponse {
  const headers: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(res.headers)) headers[name] = typeof value === 'number' ? String(value) : (value as string | string[]);
  return { status: res.statusCode, headers, body: res.body };
}

/** The browser's address travels in x-forwarded-for (set by the web app from the real socket). */
function clientAddress(headers: Record<string, string>) {
  const { 'x-forwarded-for': forwarded, ...rest } = headers;
  return { rest, remoteAddress: forwarded?.split(',')[0].trim() || undefined };
}

declare global {
  // eslint-disable-next-line no-var
  var __exchangeApi: ApiBridge | undefined;
}

type NodeHandler = (req: unknown, res: unknown, next: () => void) => void;

/** `maxUploadBytes`: the largest upload a form carries (a listing photo, or a message with all its files). */
export async function mountWeb(app: FastifyInstance, config: Config, maxUploadBytes: number): Promise<boolean> {
  const buildDir = config.WEB_BUILD_DIR;
  const handlerFile = path.join(buildDir, 'handler.js');
  if (!existsSync(handlerFile)) {
    app.log.warn(`No web build at ${buildDir}: only the API is served (run \`npm run build:web\`)`);
    return false;
  }
  globalThis.__exchangeApi = {
    settings: {
      secureCookies: secureCookies(config),
      formBodyLimit: config.BODY_LIMIT_BYTES,
      publicOrigin: config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : undefined,
    },
    logError: (details, message) => app.log.error(typeof details.path === 'string' ? { ...details, path: redactUrl(details.path) } : details, message),
    // Limits such as the sign-in throttle must count people, not the loopback: hence remoteAddress.
    async graphql({ query, variables, headers }) {
      const { rest, remoteAddress } = clientAddress(headers);
      const res = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { ...rest, 'content-type': 'application/json' },
        payload: JSON.stringify({ query, variables }),
        remoteAddress,
      });
      return bridgeResponse(res);
    },
    async upload({ url, fields, files, headers }) {
      const { rest, remoteAddress } = clientAddress(headers);
      const { body, contentType } = multipartBody(fields, files);
      const res = await app.inject({ method: 'POST', url, headers: { ...rest, 'content-type': contentType }, payload: body, remoteAddress });
      return bridgeResponse(res);
    },
  };
  // adapter-node assumes https unless told the protocol; Fastify knows it, and passes it on in a header it
  // overwrites on every request, so a client cannot spoof it. SvelteKit's CSRF check compares origins with it.
  process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
  // A form carrying a listing photo or a message's files must fit: adapter-node refuses bodies over 512 KB unless
  // told otherwise.
  process.env.BODY_SIZE_LIMIT ??= String(maxUploadBytes + 1_048_576);
  const protocolHeader = process.env.PROTOCOL_HEADER;
  // The same for the browser's address (rate limits count it): Fastify has judged X-Forwarded-For by TRUST_PROXY,
  // and the web app reads the answer from a header of ours that no client can set.
  process.env.ADDRESS_HEADER ??= 'x-exchange-client-address';
  const addressHeader = process.env.ADDRESS_HEADER.toLowerCase();
  const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: NodeHandler };
  // Pages are answered past Fastify's hooks (hijack), so @fastify/compress never sees them: the web's answers go
  // through Express's compression middleware instead (brotli or gzip as the browser prefers, text types of 1 KB or
  // more; adapter-node's precompressed static files already carry their encoding and pass untouched). Each write is
  // flushed so a streamed page still arrives piece by piece. Brotli at quality 2, not the middleware's 4: measured on
  // the home page (34 KB), 0.16 ms instead of 1.0 ms for 7.1 KB instead of 6.6 KB, and a cached page's only work
  // is this compression (its nonce is fresh each time, so no compressed copy can be kept).
  const compress = compression({
    flush: constants.Z_SYNC_FLUSH,
    brotli: { flush: constants.BROTLI_OPERATION_FLUSH, params: { [constants.BROTLI_PARAM_QUALITY]: 2 } },
  }) as unknown as (req: unknown, res: unknown, next: () => void) => void;
  const pool = poolOf(app.prisma);
  const searchAllowance = config.RATE_LIMIT_ENABLED ? config.RATE_LIMIT_SEARCHES_PER_MINUTE : null;
  const pageCache = pool
    ? new PageCache(pool, new SearchPageCache(pool, app.services.searchDemand, app.searchEngine.name, app.services.search, searchAllowance))
    : null;
  await app.register(async (web) => {
    // SvelteKit reads request bodies itself (form actions), so Fastify must leave them unread here.
    web.removeAllContentTypeParsers();
    web.addContentTypeParser('*', (_request, _payload, done) => done(null));
    // Security headers reach the hijacked response because helmet writes them on the raw response beforehand;
    // SvelteKit then puts its own policy (with the page's nonce) on the pages it renders.
    web.all('/*', { helmet: webHelmetOptions }, async (request, reply) => {
      request.raw.headers[protocolHeader] = request.protocol;
      request.raw.headers[addressHeader] = request.ip;
      // The web app names a failure by the id Fastify logs this request under (a client's own value is replaced).
      request.raw.headers['x-request-id'] = String(request.id);
      reply.hijack();
      const cached = await pageCache?.lookup(request);
      if (cached && (await pageCache!.serve(cached, request.raw, reply.raw))) return;
      // A signed-in person's page is theirs alone: no shared cache may keep it (static files say their own).
      if (request.cookies[SESSION_COOKIE] && !request.url.startsWith('/_app/')) {
        reply.raw.setHeader('cache-control', 'private, no-store');
        reply.raw.setHeader('vary', 'Cookie');
      }
      compress(request.raw, reply.raw, () => {
        const render = () =>
          handler(request.raw, reply.raw, () => {
            reply.raw.statusCode = 404;
            reply.raw.end('Not found');
          });
        if (cached) pageCache!.record(cached, reply.raw, render);
        else render();
      });
    });
  });
  return true;
}
