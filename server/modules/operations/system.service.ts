// The running platform as its admins see it (/admin/system): what runs and since when, the readiness checks behind
// /readyz, the search index's lag, and a full rebuild of the index on request. Admins only.
import type { RequestContext } from '../../lib/request-context.ts';
import { requireAdmin } from '../access.ts';
import type { Readiness } from '../../plugins/health.ts';
import type { SearchEngine } from '../../../search/types.ts';
import type { SearchLag } from './search-lag.ts';
import type { SearchRebuild } from './search-rebuild.ts';
import type { AppVersion } from './version.ts';

export interface SystemDeps {
  version: Promise<AppVersion>;
  readiness: () => Promise<Readiness>;
  searchEngine: () => SearchEngine;
  searchLag: () => Promise<SearchLag>;
  rebuild: SearchRebuild;
}

export class SystemService {
  constructor(private readonly deps: SystemDeps) {}

  async status(ctx: RequestContext) {
    requireAdmin(ctx);
    const engine = this.deps.searchEngine();
    // A failing part answers null (the readiness checks say why) rather than failing the whole page.
    const [version, readiness, lag, documents] = await Promise.all([
      this.deps.version,
      this.deps.readiness(),
      this.deps.searchLag().catch(() => null),
      engine.size().catch(() => null),
    ]);
    const uptimeSeconds = Math.floor(process.uptime());
    return {
      ...version,
      startedAt: new Date(Date.now() - uptimeSeconds * 1000),
      uptimeSeconds,
      ready: readiness.status === 'ready',
      checks: Object.entries(readiness.checks).map(([name, check]) => ({ name, ok: check.ok, reason: check.reason ?? null })),
      searchIndex: {
        engine: engine.name,
        documents,
        pending: lag?.pending ?? null,
        oldestAgeSeconds: lag?.oldestAgeSeconds ?? null,
        rebuild: this.deps.rebuild.latest,
      },
    };
  }

  rebuildSearchIndex(ctx: RequestContext) {
    requireAdmin(ctx);
    return this.deps.rebuild.start();
  }
}
