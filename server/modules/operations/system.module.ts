// Wires the System page's service: the checks and the engine belong to plugins registered after the services,
// hence getters.
import type { PrismaClient } from '../../lib/prisma.ts';
import type { Readiness } from '../../plugins/health.ts';
import type { SearchEngine } from '../../../search/types.ts';
import { rebuildIndex } from '../../../search/indexer.ts';
import { waitForSearchLock } from '../../../search/search-lock.ts';
import { SearchSource } from '../../../search/source.ts';
import { searchLag } from './search-lag.ts';
import { SearchRebuild } from './search-rebuild.ts';
import { SystemService } from './system.service.ts';
import { readVersion } from './version.ts';

export interface SystemRuntime {
  readiness: () => Promise<Readiness>;
  log: ConstructorParameters<typeof SearchRebuild>[1];
}

export function createSystemService(
  prisma: PrismaClient,
  config: { GIT_COMMIT?: string },
  searchEngine: () => SearchEngine,
  /** Called after a rebuild so cached search answers are dropped. */
  onRebuilt: () => void,
  runtime: SystemRuntime,
) {
  const source = new SearchSource(prisma);
  const version = readVersion(config.GIT_COMMIT);
  version.catch(() => {}); // read at start; a failure surfaces when the page asks
  return new SystemService({
    version,
    readiness: runtime.readiness,
    searchEngine,
    searchLag: () => searchLag(prisma),
    // Under the lock the drain jobs take, so a drain in another process never interleaves with the rebuild.
    rebuild: new SearchRebuild(() => waitForSearchLock(prisma, () => rebuildIndex(source, searchEngine(), null, onRebuilt)), runtime.log),
  });
}
