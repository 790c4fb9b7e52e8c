// What a newcomer does: `npm start` on an empty data folder, then again. The process must come up on the
// embedded PostgreSQL with the demo data, answer /healthz, stop cleanly on Ctrl-C, and not load the data twice.
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interrupt, startPlatform } from '../support/platform-process.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-start-'));
  await chmod(dataDir, 0o755); // like a project folder: PostgreSQL runs as its own user when we are root
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const start = (env: Record<string, string> = {}) => startPlatform(dataDir, env);

const COUNT = `{ latestListings(first: 100) { slug } }`;
const SEARCH = `{ search(query: "mu u") { totalCount } }`;
const gql = (url: string, query: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
    (r) => r.json(),
  );

describe('npm start', () => {
  it('starts on an embedded PostgreSQL with the demo data, stops on Ctrl-C, and restarts without reloading it', async () => {
    const first = await start();
    // Ready once the database, the migrations, the search mirror and the workers are (the mirror warms after listen).
    await expect.poll(() => fetch(`${first.url}/readyz`).then((r) => r.status), { timeout: 30_000 }).toBe(200);
    expect(first.output()).toContain('Loaded the demo data');
    expect(first.output()).toMatch(/admin@demo\.sangiaodich\.vn/);
    const published = (await gql(first.url, COUNT)).data.latestListings.length;
    expect(published).toBeGreaterThan(10);
    expect(await interrupt(first.child)).toBe(0);
    expect(first.output()).toMatch(/SIGINT: shutting down/);

    const second = await start();
    expect(second.output()).not.toContain('Loaded the demo data');
    expect((await gql(second.url, COUNT)).data.latestListings.length).toBe(published);
    expect(await interrupt(second.child)).toBe(0);

    // WEB_CONCURRENCY=2: two processes answer on the one port, each searching the same index.
    const third = await start({ WEB_CONCURRENCY: '2' });
    // /healthz answers once the first process listens; the platform says it is up once both do.
    for (let i = 0; i < 100 && !third.output().includes('Listening'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(third.output()).toMatch(/\(2 processes\)/);
    // By their command line: Node 24 names its processes "MainThread", and the PostgreSQL watchdog is a child too.
    const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(third.child.pid)], { encoding: 'utf8' }).split('\n');
    expect(children.filter((c) => c.includes('server/main.ts'))).toHaveLength(2);
    // The index is filled in the background when the starts before were stopped before it was; then every
    // answer, from either process, finds the demo's Mù U offers.
    const found = async () => (await gql(third.url, SEARCH)).data.search.totalCount as number;
    for (let i = 0; i < 100 && (await found()) === 0; i++) await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 6; i++) expect(await found()).toBeGreaterThan(0);
    expect(await interrupt(third.child)).toBe(0);
  }, 300_000);
});
