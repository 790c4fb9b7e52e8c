// Visitors' copies of the public pages that show only listings and organisations (home, a listing, the directory,
// an organisation; both languages), kept in this process's memory and answered without running the web app or
// the API. An entry belongs to the version of the public content it was rendered at: the PublicContentVersion
// row, which every committed change to a table those pages show moves (triggers, see its migration). Each request
// reads that row first (one indexed statement), so a change shows on the very next request, in every process.
// Reservations and featured placements also end by the clock, without a write: TTL_MS bounds how late that shows.
// The search page too, with its searches counted and its index's state in its version: page-cache-search.ts.
// Signed-in people (a `sid` cookie) always get a page of their own.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import type { IssuedRef } from '../modules/search/search-demand.service.ts';
import { SEARCH_CACHE_CONTROL, SEARCH_PATH, type PageDemand, type SearchPageCache } from './page-cache-search.ts';

/** The paths cached: `/`, `/listings/<slug>`, `/organisations`, `/organisations/<slug>`, and their `/en` twins. */
const CACHED_PATHS = /^(?:\/en)?(?:\/listings\/[^/?]+|\/organisations(?:\/[^/?]+)?)?\/?(?:\?|$)/;
/** Memory the entries may take, compressed copies included. */
const MAX_BYTES = 32 * 1024 * 1024;
const TTL_MS = 30_000;
/** A shared cache (a CDN, a proxy) may keep the page, but must ask again every time: the ETag makes that cheap. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/** The language choice (`lang`) is the only cookie a visitor's page may depend on. */
const VISITOR_COOKIES = new Set(['lang']);
/** The script nonce of SvelteKit's policy header. */
const NONCE = /'nonce-([^']+)'/;

const encodings = new Negotiator<'br' | 'gzip' | 'identity'>({ supportedValues: ['br', 'gzip', 'identity'] });

interface Entry {
  version: string;
  /** Null for search pages: a view there is a search, counted, so a copy is never confirmed (304) unseen. */
  etag: string | null;
  /** The web app's own headers (type, robots), its content security policy apart. */
  headers: [string, string | number | readonly string[]][];
  csp: string;
  /**
   * The page's text (UTF-8) cut at its script nonce and at its search ref's stamp, and which of the two each cut was:
   * each answer joins the pieces with a nonce and a ref of its own.
   */
  pieces: Buffer[];
  cuts: ('nonce' | 'stamp')[];
  nonce: string;
  /** What a view of a search page counts. */
  demand: PageDemand | null;
  size: number;
}

export interface PageCacheLookup {
  key: string;
  version: string;
  search: boolean;
}

/**
 * The page compressed as the browser prefers, in one synchronous call: a whole page at hand costs ~0.2 ms this way,
 * while a compression stream (the live pages') waits on the thread pool and allocates its window per answer.
 */
function encode(body: Buffer, accepted: string | undefined, res: ServerResponse): Buffer {
  const encoding = accepted && body.length >= 1024 ? encodings.negotiate(accepted) : null;
  if (encoding === 'br') {
    res.setHeader('content-encoding', 'br');
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 2, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  if (encoding === 'gzip') {
    res.setHeader('content-encoding', 'gzip');
    return gzipSync(body, { level: 4 });
  }
  return body;
}

/**
 * A page's text cut at its script nonce and at its search ref's stamp, in UTF-8: an answer is then one copy of bytes,
 * where joining strings and encoding the result cost as much as compressing it.
 */
function cut(text: string, nonce: string, stamp: string | undefined): Pick<Entry, 'pieces' | 'cuts'> {
  const pieces: Buffer[] = [];
  const cuts: Entry['cuts'] = [];
  text.split(nonce).forEach((part, i) => {
    if (i) cuts.push('nonce');
    (stamp ? part.split(stamp) : [part]).forEach((piece, j) => {
      if (j) cuts.push('stamp');
      pieces.push(Buffer.from(piece));
    });
  });
  return { pieces, cuts };
}

function joined({ pieces, cuts }: Entry, nonce: Buffer, stamp: Buffer): Buffer {
  const parts = [pieces[0]!];
  cuts.forEach((at, i) => parts.push(at === 'nonce' ? nonce : stamp, pieces[i + 1]!));
  return Buffer.concat(parts);
}

export class PageCache {
  private readonly entries = new LRUCache<string, Entry>({ maxSize: MAX_BYTES, sizeCalculation: (entry) => entry.size, ttl: TTL_MS });
  private fills = 0;
  /**
   * The renders being recorded, by key: a request for the same page at the same version waits for the copy instead of
   * rendering it too (after a change, or when an entry expires, a busy page would otherwise be rendered by every
   * request that arrives before the first render ends).
   */
  private readonly rendering = new Map<string, { version: string; done: Promise<void> }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly search: SearchPageCache,
  ) {}

  /**
   * What a cacheable request is looked up under, or null when it must be rendered for itself: not a GET of a cached
   * path, a signed-in person (any cookie but the language's), a search hit's click (`ref`), a search while the index
   * may lag or past the caller's search allowance, or the database not answering (then the page itself will say so).
   */
  async lookup(request: FastifyRequest): Promise<PageCacheLookup | null> {
    const url = request.raw.url ?? '';
    const search = SEARCH_PATH.test(url);
    if (request.method !== 'GET' || !(search || CACHED_PATHS.test(url)) || /[?&]ref=/.test(url)) return null;
    if (Object.keys(request.cookies).some((name) => !VISITOR_COOKIES.has(name))) return null;
    if (search && !this.search.admits(request)) return null;
    let version: string | null;
    try {
      version = search
        ? await this.search.version()
        : String((await this.pool.query<{ version: string }>('SELECT version FROM "PublicContentVersion" WHERE id = 1')).rows[0]?.version);
    } catch {
      return null;
    }
    if (version === null) return null;
    // The host and protocol: a page's canonical and alternate links are absolute (from PUBLIC_URL, else the request's
    // address), so a forged Host header must not write its links into other people's pages.
    const key = `${request.protocol}://${request.hostname}${url}|${request.cookies.lang === 'en' ? 'en' : ''}${search ? this.search.keyOf(request) : ''}`;
    return { key, version, search };
  }

  /**
   * Answers from the cache when it holds the page at this version, or once the render of it under way has been kept;
   * false when the page must be rendered.
   */
  async serve(lookup: PageCacheLookup, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (this.answer(lookup, req, res)) return true;
    const rendering = this.rendering.get(lookup.key);
    if (rendering?.version !== lookup.version) return false;
    await rendering.done;
    return this.answer(lookup, req, res);
  }

  /**
   * Answers from the cache when it holds the page at this version. Every answer gets a script nonce of its own (its
   * policy header and its inline scripts), as a rendered page does.
   */
  private answer({ key, version }: PageCacheLookup, req: IncomingMessage, res: ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return false;
    const stamp = this.search.view(entry.demand);
    if (stamp === null) return false;
    res.setHeader('cache-control', entry.etag ? PUBLIC_CACHE_CONTROL : SEARCH_CACHE_CONTROL);
    res.setHeader('vary', 'Cookie');
    if (entry.etag) {
      res.setHeader('etag', entry.etag);
      if (req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304).end();
        return true;
      }
    }
    const nonce = randomBytes(16).toString('base64');
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader('content-security-policy', entry.csp.replace(entry.nonce, nonce));
    res.setHeader('vary', 'Cookie, Accept-Encoding');
    const body = encode(joined(entry, Buffer.from(nonce), Buffer.from(stamp)), req.headers['accept-encoding'], res);
    res.writeHead(200).end(body);
    return true;
  }

  /**
   * Renders the page (`render`, once `res` has its compression layer, so the plain text is seen) and keeps it when it
   * is a plain 200 page that sets no cookie.
   */
  record({ key, version, search }: PageCacheLookup, res: ServerResponse, render: () => void): void {
    const headers = new Map<string, string | number | readonly string[]>();
    const chunks: Buffer[] = [];
    let cacheable = false;
    let recording = true;
    const { setHeader, writeHead, write, end } = res;
    const etag = search ? null : `W/"${version}-${(this.fills = (this.fills + 1) % 1e9).toString(36)}"`;
    const issued: IssuedRef[] = [];
    const rendering = { version, done: new Promise<void>((resolve) => res.once('close', resolve)) };
    this.rendering.set(key, rendering);
    void rendering.done.then(() => this.rendering.get(key) === rendering && this.rendering.delete(key));
    res.setHeader = function (name, value) {
      if (recording) headers.set(name.toLowerCase(), value);
      return setHeader.call(this, name, value);
    };
    res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      recording = false;
      cacheable = args[0] === 200 && typeof args[1] !== 'object' && !headers.has('set-cookie') && String(headers.get('content-type')).startsWith('text/html');
      if (cacheable) {
        if (etag) setHeader.call(this, 'etag', etag);
        setHeader.call(this, 'cache-control', etag ? PUBLIC_CACHE_CONTROL : SEARCH_CACHE_CONTROL);
        setHeader.call(this, 'vary', 'Cookie');
      }
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      if (cacheable && chunk) chunks.push(Buffer.from(chunk as Uint8Array));
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      if (cacheable && chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as Uint8Array));
      const csp = String(headers.get('content-security-policy') ?? '');
      const nonce = NONCE.exec(csp)?.[1];
      const text = cacheable && nonce ? Buffer.concat(chunks).toString('utf8') : '';
      const demand = text && search ? this.search.demandOf(issued, text) : null;
      if (text && nonce && demand !== false) {
        const kept = [...headers].filter(([name]) => name !== 'content-security-policy' && name !== 'content-length' && name !== 'etag');
        const { pieces, cuts } = cut(text, nonce, demand?.stamp);
        const size = pieces.reduce((sum, piece) => sum + piece.length, 2048);
        this.entries.set(key, { version, etag, headers: kept, csp, nonce, pieces, cuts, demand, size });
      }
      return (end as (...a: unknown[]) => ServerResponse).apply(res, args);
    }) as ServerResponse['end'];
    if (search) this.search.rendering(issued, render);
    else render();
  }
}
