// The platform as an operator runs it: `server/main.ts` in a process of its own (what `npm start` runs), on a data
// folder of the test's, answering HTTP on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { startOptions } from '../../server/operations/bench/server-process.ts';
import { freePort } from '../../prisma/embedded-postgres.ts';
import { ROOT_DIR } from '../../server/config.ts';

export interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
}

/** Starts the platform and waits for /healthz; `env` may fix PORT and EMBEDDED_PG_PORT (free ones otherwise). */
export async function startPlatform(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawnPlatform(dataDir, { PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), ...env });
  const url = `http://127.0.0.1:${child.port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`server exited early:\n${child.output()}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { child: child.process, output: child.output, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.process.kill('SIGKILL');
  throw new Error(`server did not answer /healthz:\n${child.output()}`);
}

/** Starts the platform without waiting for it (for starts that are meant to fail). */
export function spawnPlatform(dataDir: string, env: Record<string, string> & { PORT: string }) {
  const child = spawn(process.execPath, [...startOptions(), '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { process: child, output: () => out, port: Number(env.PORT) };
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** Ctrl-C; resolves with the exit code. */
export function interrupt(child: ChildProcess): Promise<number | null> {
  const done = exited(child);
  child.kill('SIGINT');
  return done;
}
