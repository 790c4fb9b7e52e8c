// gzip/brotli for what SvelteKit renders (pages, data, endpoints). The API server hands these responses over with
// reply.hijack(), past Fastify's compression hook, and adapter-node precompresses static files only, so the
// web app compresses its own dynamic responses here. Every chunk is flushed as it comes, so a streamed page still
// arrives piece by piece.
import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|ld\+json|manifest\+json|x-ndjson)|image\/svg\+xml)/i;
/** Below this a compressed body saves less than the framing costs. */
const MIN_BYTES = 1024;

/** The best of br and gzip the client accepts (Accept-Encoding with its q-values), or null. */
export function acceptedEncoding(header: string | null): Encoding | null {
  if (!header) return null;
  const quality = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    quality.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = quality.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) {
    if ((quality.get(encoding) ?? wildcard) > 0) return encoding;
  }
  return null;
}

function compressor(encoding: Encoding) {
  return encoding === 'br'
    ? // Quality 4: near gzip's speed with a better ratio (11, the default, costs far too much CPU per page).
      createBrotliCompress({ flush: constants.BROTLI_OPERATION_FLUSH, params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
    : createGzip({ flush: constants.Z_SYNC_FLUSH });
}

/** `response` compressed for `request` when it is worth it and the client accepts it; otherwise as it was. */
export function compressResponse(request: Request, response: Response): Response {
  const headers = response.headers;
  if (!response.body || request.method === 'HEAD' || headers.has('content-encoding')) return response;
  if (!COMPRESSIBLE.test(headers.get('content-type') ?? '')) return response;
  const length = headers.get('content-length');
  if (length !== null && Number(length) < MIN_BYTES) return response;
  const vary = headers.get('vary');
  const encoding = acceptedEncoding(request.headers.get('accept-encoding'));
  if (!encoding) {
    if (!vary?.toLowerCase().includes('accept-encoding')) headers.append('vary', 'Accept-Encoding');
    return response;
  }
  const compressed = new Headers(headers);
  compressed.set('content-encoding', encoding);
  compressed.delete('content-length');
  if (!vary?.toLowerCase().includes('accept-encoding')) compressed.append('vary', 'Accept-Encoding');
  const body = response.body.pipeThrough(Duplex.toWeb(compressor(encoding)) as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: compressed });
}
