// What the benchmarks charge to PostgreSQL: on a shared machine, CPU time is what work costs whatever the load.
import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

/** CPU time (ms) the processes of this PostgreSQL have used (Linux /proc), read again at each call of the answer. */
export async function postgresCpu(client: Pick<pg.Client, 'query'>): Promise<() => number> {
  const stat = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const postmaster = stat(String(backend))[1]!;
  const tick = 1000 / 100; // USER_HZ
  return () =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map((pid) => {
        try {
          const f = stat(pid);
          return f[1] === postmaster ? (Number(f[11]) + Number(f[12])) * tick : 0;
        } catch {
          return 0; // ended meanwhile
        }
      })
      .reduce((a, b) => a + b, 0);
}
