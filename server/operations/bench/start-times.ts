// How long `npm start` takes to answer /healthz: cold (an empty data folder: PostgreSQL's initdb, the migrations,
// the demo data) and warm (the same folder again).
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../prisma/embedded-postgres.ts';
import { ROOT_DIR } from '../../config.ts';

/** Seconds from spawning `npm start` to /healthz answering 200, then stopped with SIGTERM. */
async function timedStart(dataDir: string): Promise<number> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  // A group of its own (npm, its shell, node, PostgreSQL): stopped as one.
  const child = spawn('npm', ['start'], {
    cwd: ROOT_DIR,
    detached: true,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null) throw new Error('npm start exited before answering');
      if (performance.now() - started > 300_000) throw new Error('npm start did not answer within 5 minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    return (performance.now() - started) / 1000;
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // Until the whole group is gone: PostgreSQL lets go of the folder last.
    for (let waited = 0; groupAlive(child.pid!) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startTimes(): Promise<{ cold: number; warm: number }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'exchange-bench-start-'));
  await chmod(dataDir, 0o755);
  try {
    const cold = await timedStart(dataDir);
    const warm = await timedStart(dataDir);
    return { cold, warm };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
