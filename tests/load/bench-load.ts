// `npm run bench:load [-- --duration 60 --clients 50]`: load and soak against `npm start`'s server. Starts the real
// platform (server/main.ts with the web app, production mode, on a fresh data folder with the demo data), then
// for `duration` seconds `clients` clients mix page views, searches and writes: half of them are the demo buyer,
// signed in, replying in their inquiries through GraphQL (JSON bodies and the session cookie, as the app's CSRF
// rules want); the other half are visitors. Every reply the server acknowledged is read back afterwards, after a
// restart of the platform. Prints requests, errors and p50/p95/p99 per kind, and exits non-zero on any error or
// lost write.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS } from '../../prisma/seed/demo/accounts.ts';
import { DEMO_PASSWORD } from '../../prisma/seed/demo/common.ts';
import { GRAPHQL, MIX } from '../../search/bench-queries.ts';
import { ACTIVE } from '../../server/modules/inquiry/lifecycle.ts';
import { signIn } from '../../server/operations/bench/people.ts';
import { machineLoad, percentile } from '../../server/operations/bench/stats.ts';
import { markdownTable } from '../../server/operations/bench/table.ts';
import { ensureWebBuild } from '../../web/scripts/ensure-build.ts';
import { interrupt, startPlatform } from '../support/platform-process.ts';
import { lostWrites, type AcknowledgedWrite } from './written.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
  },
});
const seconds = Number(args.duration);
const clients = Number(args.clients);
const RUN = Date.now().toString(36);

type Kind = 'page' | 'search' | 'write';
const latencies: Record<Kind, number[]> = { page: [], search: [], write: [] };
const errors: Record<Kind, Map<string, number>> = { page: new Map(), search: new Map(), write: new Map() };
const acknowledged: AcknowledgedWrite[] = [];

function failed(kind: Kind, why: string) {
  errors[kind].set(why, (errors[kind].get(why) ?? 0) + 1);
}

async function graphql(base: string, query: string, variables: object, cookie?: string): Promise<{ status: number; body: { data?: any; errors?: unknown } }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown } };
}

/** Times one request of a kind; a thrown error, an unexpected status or a GraphQL error counts against the kind. */
async function timed(kind: Kind, request: () => Promise<string | null>) {
  const started = performance.now();
  try {
    const problem = await request();
    if (problem) failed(kind, problem);
    else latencies[kind].push(performance.now() - started);
  } catch (err) {
    failed(kind, (err as Error).message.slice(0, 80));
  }
}

const REPLY = `mutation($id: ID!, $body: String!) { replyToInquiry(id: $id, body: $body) { __typename ... on InputError { code message } } }`;
const MESSAGES = `query($id: ID!, $after: String) { inquiry(id: $id) { messages(first: 100, after: $after) { nodes { body } pageInfo { hasNextPage endCursor } } } }`;

/** Every message body of each inquiry, read through the API as the buyer. */
async function readBack(base: string, cookie: string, inquiryIds: string[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (const id of inquiryIds) {
    const bodies = new Set<string>();
    for (let after: string | null = null; ; ) {
      const { body } = await graphql(base, MESSAGES, { id, after }, cookie);
      if (body.errors || !body.data.inquiry) throw new Error(`reading inquiry ${id} back: ${JSON.stringify(body.errors)}`);
      const page = body.data.inquiry.messages;
      for (const m of page.nodes) bodies.add(m.body);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    found.set(id, bodies);
  }
  return found;
}

ensureWebBuild();
const dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-bench-load-'));
await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data folder
// 50 clients on one address would meet the per-minute limits within seconds: this run looks for errors and lost
// writes under load, not for the limits (tests/api cover those). Sign-in limits stay on.
const env = { NODE_ENV: 'production', RATE_LIMIT_ENABLED: 'false' };
let platform = await startPlatform(dataDir, env);
let exitCode = 1;
try {
  const base = platform.url;
  const buyer = DEMO_ACCOUNTS.buyer.email;
  const buyerCookie = await signIn(base, buyer, DEMO_PASSWORD);
  const mine = await graphql(base, `{ myInquiries(first: 50) { nodes { id status } } }`, {}, buyerCookie);
  const inquiryIds: string[] = mine.body.data.myInquiries.nodes.filter((n: { status: string }) => (ACTIVE as string[]).includes(n.status)).map((n: { id: string }) => n.id);
  if (!inquiryIds.length) throw new Error('the demo buyer has no inquiry open for replies');
  const latest = await graphql(base, `{ latestListings(first: 20) { slug organisation { slug } } }`, {});
  const listings: { slug: string; organisation: { slug: string } | null }[] = latest.body.data.latestListings;
  const pages = [
    '/',
    '/search?q=may+say+thanh+long',
    '/search?q=bao+quan+nong+san&kind=TECHNOLOGY_OFFER&trlMin=6',
    '/organisations',
    ...listings.map((l) => `/listings/${l.slug}`),
    ...listings.flatMap((l) => (l.organisation ? [`/organisations/${l.organisation.slug}`] : [])),
  ];
  const signedInPages = ['/inquiries', ...inquiryIds.map((id) => `/inquiries/${id}`)];
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

  // Even clients are the buyer, signed in (one session each); odd ones are visitors. One after another: sign-in
  // attempts are counted before the password is checked, so many at once of one account would be refused.
  const sessions: (string | undefined)[] = [];
  for (let client = 0; client < clients; client++) sessions.push(client % 2 === 0 ? await signIn(base, buyer, DEMO_PASSWORD) : undefined);
  console.log(`${clients} clients for ${seconds} s against ${base} (${machineLoad()})`);
  const ends = performance.now() + seconds * 1000;
  let written = 0;
  await Promise.all(
    sessions.map(async (cookie, client) => {
      while (performance.now() < ends) {
        const roll = Math.random();
        if (cookie && roll < 0.4) {
          const inquiryId = pick(inquiryIds);
          const body = `Tải thử ${RUN} #${++written} (khách ${client})`;
          await timed('write', async () => {
            const res = await graphql(base, REPLY, { id: inquiryId, body }, cookie);
            if (res.status !== 200 || res.body.errors) return `HTTP ${res.status} ${JSON.stringify(res.body.errors ?? '').slice(0, 60)}`;
            if (res.body.data.replyToInquiry.__typename !== 'Inquiry') return `refused: ${res.body.data.replyToInquiry.code}`;
            acknowledged.push({ inquiryId, body });
            return null;
          });
        } else if (roll < 0.75) {
          const page = cookie && Math.random() < 0.3 ? pick(signedInPages) : pick(pages);
          await timed('page', async () => {
            const res = await fetch(`${base}${page}`, { headers: { 'accept-encoding': 'gzip, br', ...(cookie ? { cookie } : {}) }, redirect: 'manual' });
            await res.arrayBuffer();
            return res.status === 200 ? null : `HTTP ${res.status} ${page.split('?')[0]}`;
          });
        } else {
          const q = pick(MIX);
          await timed('search', async () => {
            const res = await graphql(base, GRAPHQL, { q: q.text, kinds: q.kinds, filters: q.filters, sort: q.sort }, cookie);
            return res.status === 200 && !res.body.errors ? null : `HTTP ${res.status} ${JSON.stringify(res.body.errors ?? '').slice(0, 60)}`;
          });
        }
      }
    }),
  );
  const loadAfterRun = machineLoad();

  // Acknowledged means durable: the platform is stopped (SIGINT, as an operator would) and started again first.
  await interrupt(platform.child);
  platform = await startPlatform(dataDir, env);
  const lost = lostWrites(acknowledged, await readBack(platform.url, await signIn(platform.url, buyer, DEMO_PASSWORD), inquiryIds));

  const kinds: Kind[] = ['page', 'search', 'write'];
  const errorCount = kinds.reduce((sum, k) => sum + [...errors[k].values()].reduce((a, b) => a + b, 0), 0);
  console.log(
    `\n${markdownTable(
      ['kind', 'answered', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
      kinds.map((k) => {
        const sorted = latencies[k].sort((a, b) => a - b);
        const at = (p: number) => (sorted.length ? percentile(sorted, p).toFixed(1) : '—');
        const errs = [...errors[k]].map(([why, n]) => `${n} × ${why}`).join('; ');
        return [k, sorted.length, (sorted.length / seconds).toFixed(0), at(50), at(95), at(99), errs || '0'];
      }),
    )}`,
  );
  console.log(`\nWrites acknowledged: ${acknowledged.length}; read back after a restart: ${acknowledged.length - lost.length}; lost: ${lost.length}`);
  for (const w of lost.slice(0, 10)) console.log(`  lost: inquiry ${w.inquiryId}: ${w.body}`);
  console.log(`Errors: ${errorCount}. ${loadAfterRun} at the end of the run.`);
  exitCode = errorCount === 0 && lost.length === 0 && acknowledged.length > 0 ? 0 : 1;
} finally {
  await interrupt(platform.child);
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
