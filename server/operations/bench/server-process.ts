// A server in a process of its own, as the benches measure it: the clients (autocannon) stay out of its event loop,
// and its memory is its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../prisma/embedded-postgres.ts';
import { ROOT_DIR } from '../../config.ts';

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Resident memory (MB) now and at its peak, of the process and of each process it started (WEB_CONCURRENCY's workers). */
  rss(): { pid: number; mb: number; peakMb: number }[];
  stop(): Promise<void>;
}

/** The Node options `npm start` gives the server (package.json's `start`: `node <options> --import tsx server/main.ts`). */
export function startOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const options = /\bnode ((?:--\S+ )*)--import tsx server\/main\.ts/.exec(scripts.start!);
  if (!options) throw new Error(`package.json's start script does not run \`node … --import tsx server/main.ts\`: ${scripts.start}`);
  return options[1]!.trim().split(/\s+/).filter(Boolean);
}

/**
 * Runs `script` (server/main.ts, `npm start`'s server, unless told otherwise) on the database of `DATABASE_URL`
 * with the environment of a production process and npm start's Node options, waits for /readyz and says where it answers.
 */
export async function startServerProcess(env: Record<string, string>, script = 'server/main.ts'): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...startOptions(), '--import', 'tsx', script], {
    cwd: ROOT_DIR,
    env: {
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', PORT: String(port), DB_POOL_SIZE: '10',
      // Many clients on one address would meet the per-minute limits within seconds: the benches measure the work.
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  // Ready, not only alive: the search engine's in-memory mirror takes seconds to load at 100,000 documents, and
  // each process loads its own. Answers come from either process, so ten in a row.
  for (let tries = 0, ready = 0; ready < 10; tries++) {
    if (child.exitCode !== null || tries > 3000) throw new Error(`the server (${script}) did not get ready`);
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    ready = ok ? ready + 1 : 0;
    if (!ok) await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    child,
    rss: () => [child.pid!, ...childrenOf(child.pid!)].map((pid) => ({ pid, ...residentMb(pid) })),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process now (VmRSS) and at its peak (VmHWM), in MB. */
function residentMb(pid: number): { mb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
  return { mb: mb('VmRSS'), peakMb: mb('VmHWM') };
}

/** The node processes a process started (the cluster's workers), not PostgreSQL's. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return stat.split(') ')[1]!.split(' ')[1] === String(pid) && /\(node\)|\(MainThread\)/.test(stat);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}
