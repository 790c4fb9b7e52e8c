// The unlucky operator: the platform process is killed with SIGKILL (the OOM killer, `kill -9`, a container
// runtime's timeout) while a seller lists offers and a moderator approves them. Started again on the same data
// folder, it must come up by itself, every write it acknowledged must be there, and search must find every approved
// listing. Twice: once with the PostgreSQL watchdog alive (it stops the orphaned PostgreSQL), once with the watchdog
// killed too (the next start finds the leftover PostgreSQL and stops it). And a PostgreSQL that cannot start says why.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../prisma/embedded-postgres.ts';
import { exited, interrupt, spawnPlatform, startPlatform, type Started } from '../support/platform-process.ts';

const DEMO_PASSWORD = 'demo-password-2023';
// A word of no language, in every title of this test, so one search finds them all and nothing else.
const WORD = 'zorvexquil';

let dataDir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-crash-'));
  await chmod(dataDir, 0o755); // like a project folder: PostgreSQL runs as its own user when we are root
  // The same ports on every start, as `npm start` has: the orphaned PostgreSQL holds the one configured.
  env = {
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    // The per-minute limits stay on (their counters live in PostgreSQL too) but out of this test's way.
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
    RATE_LIMIT_QUERIES_PER_MINUTE: '100000',
    RATE_LIMIT_SEARCHES_PER_MINUTE: '100000',
  };
});
afterAll(async () => {
  // A failed run must not leave a PostgreSQL behind (the code before the watchdog did).
  server?.child.kill('SIGKILL');
  try {
    process.kill(postmasterPid(), 'SIGQUIT');
  } catch {}
  await rm(dataDir, { recursive: true, force: true });
});

/** A browser's session: its cookie lives in PostgreSQL, so it outlives the process that set it. */
class Session {
  cookie = '';
  constructor(private readonly url: () => string) {}

  async gql(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(`${this.url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]);
    if (set.length) this.cookie = set.join('; ');
    const body = await res.json();
    if (body.errors?.length) throw new Error(`${res.status} ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on InputError { code message } } }`;
const MY_ORGANISATION = `{ me { memberships { organisation { id } } } }`;
const RESULT = `__typename ... on Listing { id status } ... on InputError { code message fieldErrors { field message } }`;
const CREATE = `mutation($org: ID!, $input: ListingInput!) { createListing(organisationId: $org, kind: TECHNOLOGY_OFFER, input: $input) { ${RESULT} } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { ${RESULT} } }`;
const APPROVE = `mutation($id: ID!) { reviewListing(id: $id, review: { action: APPROVE }) { ${RESULT} } }`;
const BY_ID = `query($id: ID!) { listingById(id: $id) { id status titleVi } }`;
const SEARCH = `query($after: String) { search(query: "${WORD}", first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { entity { ... on Listing { id } } } } }`;

const listingInput = (title: string) => ({
  titleVi: title,
  summaryVi: 'Máy sấy lạnh bơm nhiệt cho thanh long và khoai mỡ, giữ màu và vitamin C, tiết kiệm 40% điện năng.',
  fieldCode: '401',
  keywords: ['sấy lạnh', WORD],
  trl: 7,
  price: { type: 'FIXED', min: 350_000_000 },
  validUntil: new Date(Date.now() + 180 * 86_400_000).toISOString(),
  technology: {
    problemSolved: 'Sấy nóng làm thanh long sẫm màu và mất vitamin C.',
    advantages: ['Giữ màu tự nhiên', 'Tiết kiệm 40% điện năng'],
    applications: ['Cơ sở chế biến nông sản'],
    trlEvidence: 'Vận hành thử 6 tháng tại một hợp tác xã.',
    transferObjects: ['KNOW_HOW'],
    transferForms: ['STANDALONE_CONTRACT'],
    transferModes: ['DOCUMENTS', 'TRAINING'],
    rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tây Ninh', sublicensing: false },
    dealTypes: ['LICENSE'],
    support: 'Hướng dẫn vận hành 3 ngày.',
  },
});

const STAGES = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED'] as const;
type Stage = (typeof STAGES)[number];
/** Every write the server acknowledged: listing id → its title and the furthest stage acknowledged. */
const acknowledged = new Map<string, { title: string; stage: Stage }>();

let server: Started;
const seller = new Session(() => server.url);
const moderator = new Session(() => server.url);
let organisationId: string;

function expectOk(result: { __typename: string; id?: string; status?: string }, status: Stage) {
  if (result.__typename !== 'Listing' || result.status !== status) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.id!;
}

/**
 * Three lanes of seller-then-moderator writes until `kill` is called after `published` new approvals; a write in
 * flight when the process dies counts for nothing (it may or may not have been committed), any earlier failure
 * fails the test.
 */
async function writeUntilKilled(round: number, published: number, kill: () => void): Promise<void> {
  let killed = false;
  let approvals = 0;
  const lane = async (laneNo: number) => {
    for (let i = 0; !killed; i++) {
      const title = `Máy sấy lạnh ${WORD} đợt ${round} làn ${laneNo} số ${i}`;
      try {
        const id = expectOk((await seller.gql(CREATE, { org: organisationId, input: listingInput(title) })).createListing, 'DRAFT');
        acknowledged.set(id, { title, stage: 'DRAFT' });
        expectOk((await seller.gql(SUBMIT, { id })).submitListing, 'PENDING_REVIEW');
        acknowledged.set(id, { title, stage: 'PENDING_REVIEW' });
        expectOk((await moderator.gql(APPROVE, { id })).reviewListing, 'PUBLISHED');
        acknowledged.set(id, { title, stage: 'PUBLISHED' });
      } catch (err) {
        if (killed) return;
        throw err;
      }
      if (++approvals >= published && !killed) {
        killed = true;
        kill();
      }
    }
  };
  await Promise.all([1, 2, 3].map(lane));
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Gone, or a zombie (where PID 1 does not reap orphans). */
function ended(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true;
  }
}

/** SIGKILL to the platform process and, if asked, to its PostgreSQL watchdog; resolves when it has died. */
async function killHard(alsoWatchdog: boolean): Promise<number> {
  const child = server.child;
  const watchdogs = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(child.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('exchange-postgres-watchdog'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
  const done = exited(child);
  child.kill('SIGKILL');
  if (alsoWatchdog) for (const pid of watchdogs) process.kill(pid, 'SIGKILL');
  await done;
  return Date.now();
}

/** Every acknowledged write is there, at least at its acknowledged stage; search finds every approved one. */
async function expectEverythingBack() {
  for (const [id, { title, stage }] of acknowledged) {
    const listing = (await seller.gql(BY_ID, { id })).listingById;
    expect(listing, title).toMatchObject({ id, titleVi: title });
    expect(STAGES.indexOf(listing.status), `${title}: ${listing.status}, acknowledged ${stage}`).toBeGreaterThanOrEqual(STAGES.indexOf(stage));
  }
  const approved = [...acknowledged].filter(([, a]) => a.stage === 'PUBLISHED').map(([id]) => id);
  const deadline = Date.now() + 20_000;
  let missing = approved;
  while (missing.length && Date.now() < deadline) {
    const found = new Set<string>();
    for (let after: string | null = null, page = 0; page < 20; page++) {
      const { search } = await moderator.gql(SEARCH, { after });
      for (const h of search.nodes) found.add(h.entity.id);
      if (!search.pageInfo.hasNextPage || !search.nodes.length) break;
      after = search.pageInfo.endCursor;
    }
    missing = approved.filter((id) => !found.has(id));
    if (missing.length) await new Promise((r) => setTimeout(r, 250));
  }
  expect(missing, 'approved listings that search does not find').toEqual([]);
  console.info(`${acknowledged.size} acknowledged listings all there; search found all ${approved.length} approved ones`);
}

describe('crash recovery', () => {
  it('comes back after SIGKILL under a stream of writes, with every acknowledged write and a search index that catches up, twice', async () => {
    server = await startPlatform(dataDir, env);
    for (const [session, who] of [[seller, 'seller'], [moderator, 'moderator']] as const) {
      const res = await session.gql(SIGN_IN, { input: { email: `${who}@demo.sangiaodich.vn`, password: DEMO_PASSWORD } });
      expect(res.signIn.__typename).toBe('AuthSuccess');
    }
    organisationId = (await seller.gql(MY_ORGANISATION)).me.memberships[0].organisation.id;

    // Round 1: only the platform process dies; its watchdog stops the orphaned PostgreSQL at once.
    const orphan = postmasterPid();
    let killedAt = 0;
    await writeUntilKilled(1, 12, () => void killHard(false).then((t) => (killedAt = t)));
    while (!killedAt) await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 100 && !ended(orphan); i++) await new Promise((r) => setTimeout(r, 100));
    expect(ended(orphan), 'the orphaned PostgreSQL stopped without a new start').toBe(true);
    const stoppedAt = Date.now();
    server = await startPlatform(dataDir, env);
    console.info(`PostgreSQL stopped by the watchdog ${stoppedAt - killedAt} ms after SIGKILL; serving again ${Date.now() - stoppedAt} ms after a new start`);
    await expectEverythingBack();

    // Round 2: the watchdog dies with it; the next start finds the PostgreSQL still running and stops it.
    const leftover = postmasterPid();
    killedAt = 0;
    await writeUntilKilled(2, 12, () => void killHard(true).then((t) => (killedAt = t)));
    while (!killedAt) await new Promise((r) => setTimeout(r, 20));
    expect(ended(leftover), 'PostgreSQL is still running without its platform process').toBe(false);
    server = await startPlatform(dataDir, env);
    console.info(`serving again ${Date.now() - killedAt} ms after SIGKILL and a new start (leftover PostgreSQL stopped at start)`);
    expect(server.output()).toContain(`Stopping the PostgreSQL left running in ${path.join(dataDir, 'postgres')} (PID ${leftover}`);
    expect(ended(leftover)).toBe(true);
    await expectEverythingBack();
    expect([...acknowledged.values()].filter((a) => a.stage === 'PUBLISHED').length).toBeGreaterThanOrEqual(24);
    expect(await interrupt(server.child)).toBe(0);
  }, 120_000);

  it('leaves a running platform alone: a second start on its data folder stops with a message that says so', async () => {
    const running = await startPlatform(dataDir, env);
    try {
      const second = spawnPlatform(dataDir, { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) });
      expect(await exited(second.process)).toBe(1);
      expect(second.output()).toContain(`another platform process (PID ${running.child.pid}) is running on this data directory`);
      // Its database too: the second start did not stop the first one's PostgreSQL.
      expect(await fetch(`${running.url}/readyz`).then((r) => r.json())).toMatchObject({ checks: { database: { ok: true } } });
    } finally {
      expect(await interrupt(running.child)).toBe(0);
    }
  }, 60_000);

  it('says why when PostgreSQL cannot start: its port is taken by another program', async () => {
    const pgPort = await freePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve, reject) => squatter.once('error', reject).listen(pgPort, '127.0.0.1', resolve));
    try {
      const run = spawnPlatform(dataDir, { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort) });
      expect(await exited(run.process)).toBe(1);
      expect(run.output()).toContain(
        `PostgreSQL did not start (data directory ${path.join(dataDir, 'postgres')}, port ${pgPort}): port ${pgPort} is in use by another program`,
      );
      expect(run.output()).toMatch(/PostgreSQL said:\n[\s\S]*Address already in use/);
      expect(run.output()).not.toContain('triggerUncaughtException');
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  }, 60_000);
});
