// The embedded PostgreSQL outliving the process that started it. A platform process killed with SIGKILL (kill -9,
// the OOM killer, a container runtime's timeout) cannot stop its PostgreSQL, which then keeps its port and its
// postmaster.pid, and the next start failed. Two measures, Linux only (elsewhere both do nothing):
// - `watchPostmaster`: a watchdog process that stops PostgreSQL as soon as its parent is gone, however it went;
// - `clearLeftoverPostmaster`: at start, a postmaster of the same data directory still running (the watchdog was
//   killed too) is stopped; a postmaster.pid whose process is gone, or is another program now, is removed.
// A leftover is stopped rather than adopted: adopting would keep a server whose flags, port and output belong to the
// dead process (its log goes nowhere, and nothing of ours could stop it on Ctrl-C). A fast shutdown loses nothing
// committed and takes about a second.
import { spawn } from 'node:child_process';
import { readFile, readlink, realpath, rm } from 'node:fs/promises';
import path from 'node:path';

interface PidFile {
  pid: number;
  dataDir: string;
  port: number;
}

/** postmaster.pid: its first lines are the PID, the data directory, the start time and the port. */
async function readPidFile(dataDir: string): Promise<PidFile | null> {
  const text = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (text === null) return null;
  const [pid, dir, , port] = text.split('\n');
  return { pid: Number(pid), dataDir: dir ?? '', port: Number(port) };
}

type ProcessState = 'gone' | 'postmaster' | 'other' | 'unknown';

/** The parent of `pid`, when it is a live Node.js process other than PID 1: a platform process still running. */
async function nodeParent(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  if (!(ppid > 1)) return null;
  const exe = await readlink(`/proc/${ppid}/exe`).catch(() => '');
  return path.basename(exe) === 'node' ? ppid : null;
}

/**
 * What `pid` is now. A zombie counts as gone: where PID 1 does not reap orphans (containers), a stopped postmaster
 * stays one. A postmaster's working directory is its data directory (it changes into it at start), which tells
 * it from a process that got its PID later.
 */
async function processState(pid: number, dataDir: string): Promise<ProcessState> {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return 'unknown';
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unknown';
  }
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const state = stat.slice(stat.lastIndexOf(')') + 2)[0];
  if (state === 'Z' || state === 'X') return 'gone';
  const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => null);
  if (cwd === null) return 'unknown'; // not ours to look into: PostgreSQL decides, and says why if it refuses
  return name === 'postgres' && cwd === dataDir ? 'postmaster' : 'other';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitGone(pid: number, dataDir: string, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    if ((await processState(pid, dataDir)) === 'gone') return true;
  }
  return false;
}

/**
 * Makes the data directory free for a new postmaster, if what holds it is a leftover of ours. Never touches a
 * PostgreSQL of another data directory, nor one whose platform process is alive. Throws when the data directory
 * stays taken (by a running platform, or a leftover that does not stop).
 */
export async function clearLeftoverPostmaster(requestedDir: string, log: (msg: string) => void): Promise<void> {
  if (process.platform !== 'linux') return;
  const dataDir = await realpath(requestedDir).catch(() => null);
  if (!dataDir) return;
  const file = await readPidFile(dataDir);
  if (!file) return;
  const state = await processState(file.pid, dataDir);
  if (state === 'unknown') return;
  if (state !== 'postmaster') {
    // PostgreSQL removes a lock file whose PID is dead, but not one whose PID is a zombie or was given to another
    // program since (after a reboot, or in a container where PIDs are small): it would refuse to start.
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    log(`Removed a stale postmaster.pid (PID ${file.pid} ${state === 'gone' ? 'has ended' : 'is another program now'})`);
    return;
  }
  // Its platform process may still be running (two starts on one data folder, or `npm` killed but not node).
  const owner = await nodeParent(file.pid);
  if (owner) {
    throw new Error(`another platform process (PID ${owner}) is running on this data directory, with its PostgreSQL (PID ${file.pid}, port ${file.port}); stop it first, or give this one another DATA_DIR`);
  }
  log(`Stopping the PostgreSQL left running in ${dataDir} (PID ${file.pid}, port ${file.port}) by a platform process that ended without stopping it`);
  // SIGINT is PostgreSQL's fast shutdown (what `pg_ctl stop -m fast` sends): open transactions are rolled back,
  // committed ones are on disk. SIGQUIT, the immediate shutdown, is the fallback: the next start replays the WAL.
  for (const [signal, ms] of [['SIGINT', 30_000], ['SIGQUIT', 10_000]] as const) {
    try {
      process.kill(file.pid, signal);
    } catch {
      return; // ended meanwhile
    }
    if (await waitGone(file.pid, dataDir, ms)) return;
  }
  throw new Error(`the PostgreSQL left running in this data directory (PID ${file.pid}) did not stop; stop it and start again`);
}

/**
 * Starts a watchdog that stops the postmaster `pid` (fast shutdown) when this process is gone, however it went:
 * its stdin is a pipe from us, which the kernel closes when we end. It checks the PID is still the postmaster of
 * `dataDir` first. It runs in a session of its own, so a Ctrl-C on the terminal leaves it to our own shutdown.
 * Returns a function that dismisses it (before an orderly stop).
 */
export function watchPostmaster(pid: number, dataDir: string): () => void {
  if (process.platform !== 'linux') return () => {};
  const script = 'read _; [ "$(readlink /proc/$1/cwd)" = "$2" ] && kill -INT "$1"';
  const child = spawn('sh', ['-c', script, 'exchange-postgres-watchdog', String(pid), dataDir], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  child.on('error', () => {}); // no sh: no watchdog; the start-time check still clears a leftover
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return () => {
    child.kill('SIGKILL');
  };
}
