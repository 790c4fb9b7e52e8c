import pg from 'pg';
import path from 'node:path';
import { startEmbeddedPostgres } from './prisma/embedded-postgres.ts';
const embedded = await startEmbeddedPostgres({ dataDir: path.join('/tmp/r-data-benchdb', 'pg'), persistent: true });
const client = new pg.Client({ connectionString: embedded.url('bench') });
await client.connect();
const F = "'2025-12-31T17:00:00Z'", PF = "'2024-12-31T17:00:00Z'", T = "'2026-12-31T17:00:00Z'";
const SUB = "ARRAY['listing.submit','listing.submitRevision','organisation.submit','organisation.submitRevision']";
const stats = `SELECT key, count(hours) FILTER (WHERE cur), percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE cur),
  percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FILTER (WHERE cur), count(hours) FILTER (WHERE NOT cur),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE NOT cur), percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FILTER (WHERE NOT cur) FROM d GROUP BY key`;
const stats2 = `SELECT key, count(hours) FILTER (WHERE cur), percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hours) FILTER (WHERE cur),
  count(hours) FILTER (WHERE NOT cur), percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY hours) FILTER (WHERE NOT cur) FROM d GROUP BY key`;
const base = (st: string) => `WITH decided AS (SELECT d.id, d."entityType", d."entityId"::text AS "entityId", d."createdAt" FROM "ModerationDecision" d
      WHERE d.action <> 'UNPUBLISH' AND d."entityType" IN ('listing','organisation') AND d."createdAt" >= ${PF} AND d."createdAt" < ${T}),
    d AS (SELECT upper(d."entityType") AS key, d."createdAt" >= ${F} AS cur, (extract(epoch FROM d."createdAt" - max(a."createdAt")) / 3600)::float8 AS hours
      FROM decided d LEFT JOIN "AuditEvent" a ON a."entityType" = d."entityType" AND a."entityId" = d."entityId" AND a."createdAt" <= d."createdAt" AND a.action = ANY(${SUB}) AND a."createdAt" < ${T}
      GROUP BY d.id, d."entityType", d."createdAt") ${st}`;
const variants: Record<string, string> = {
  join: base(stats),
  joinArray: base(stats2),
  joinOnly: base('SELECT count(*) FROM d'),
  scansOnly: `SELECT (SELECT count(*) FROM "ModerationDecision" d WHERE d.action <> 'UNPUBLISH' AND d."createdAt" >= ${PF}), (SELECT count(*) FROM "AuditEvent" a WHERE a.action = ANY(${SUB}) AND a."createdAt" < ${T})`,
};
import { readFileSync } from 'node:fs';
const pid = (await client.query('SELECT pg_backend_pid() AS p')).rows[0].p;
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
for (let round = 0; round < 3; round++) {
  for (const [name, sql] of Object.entries(variants)) {
    const c = cpu(); const t = performance.now();
    await client.query(sql);
    console.log(name, 'wall', (performance.now() - t).toFixed(0), 'ms cpu', cpu() - c, 'ms');
  }
}
await client.end();
await embedded.stop();
process.exit(0);
