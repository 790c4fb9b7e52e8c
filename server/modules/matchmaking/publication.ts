// What happens when something is published. A trigger (migration listing_matches) queues one
// 'matchmaking.published' job in the transaction that publishes a listing or an organisation; the job runs every
// listener here in order. A listener that throws makes the job retry (graphile-worker's backoff), and then every
// listener runs again: each must be idempotent (record what it delivered and never deliver it twice).
export interface Publication {
  kind: 'listing' | 'organisation';
  id: string;
}

export interface PublicationListener {
  /** For the log and the failed job's message. */
  name: string;
  onPublished(publication: Publication): Promise<void>;
}

export function isPublication(payload: unknown): payload is Publication {
  const p = payload as Partial<Publication> | null;
  return !!p && (p.kind === 'listing' || p.kind === 'organisation') && typeof p.id === 'string';
}

/** Runs every listener; the first failure is thrown after the others ran, so one broken listener does not starve the rest. */
export async function runPublicationListeners(listeners: readonly PublicationListener[], publication: Publication): Promise<void> {
  const failures: unknown[] = [];
  for (const listener of listeners) {
    try {
      await listener.onPublished(publication);
    } catch (err) {
      failures.push(new Error(`${listener.name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    }
  }
  if (failures.length) throw failures[0];
}
