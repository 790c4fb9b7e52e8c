// PostgreSQL's own client programs (pg_dump, pg_restore) run as child processes. The password goes through the
// environment, never the command line (which `ps` shows to every user of the machine), and only the connection
// parameters libpq knows are passed on (a Prisma-style `?schema=` or `connection_limit=` would make it refuse).
import { spawn } from 'node:child_process';

const LIBPQ_PARAMS = new Set([
  'sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'sslpassword', 'sslcrl', 'connect_timeout', 'options',
  'application_name', 'target_session_attrs', 'keepalives', 'keepalives_idle', 'gssencmode', 'channel_binding',
]);

/** A connection string libpq accepts, and the environment that carries its password. */
export function libpqTarget(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  for (const key of [...url.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) url.searchParams.delete(key);
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export class PgToolError extends Error {
  override name = 'PgToolError';
}

/** Runs one of PostgreSQL's programs; rejects with what it wrote on stderr when it fails or is missing. */
export function runPgTool(name: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(name, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
    });
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(new PgToolError(err.code === 'ENOENT' ? `${name} is not installed (Debian: apt-get install postgresql-client)` : `${name}: ${err.message}`)),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new PgToolError(`${name} failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'no message'}`));
    });
  });
}
