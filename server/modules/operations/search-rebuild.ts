// A full rebuild of the search index started by an admin, run in the background of this process. One at a time:
// asking while one runs answers the running one, so a second press (or a double click) starts nothing.
export interface RebuildState {
  startedAt: Date;
  finishedAt: Date | null;
  /** Documents indexed, once finished. */
  documents: number | null;
  failed: boolean;
}

export class SearchRebuild {
  private state: RebuildState | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly rebuild: () => Promise<number>,
    private readonly log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
  ) {}

  /** The latest rebuild of this process (running or finished), or null. */
  get latest(): RebuildState | null {
    return this.state && { ...this.state };
  }

  /** Starts a rebuild unless one runs; answers the one that runs. */
  start(): RebuildState {
    if (this.running) return this.latest!;
    const state: RebuildState = { startedAt: new Date(), finishedAt: null, documents: null, failed: false };
    this.state = state;
    this.running = this.rebuild()
      .then((documents) => {
        state.documents = documents;
        this.log.info({ documents }, 'search index rebuilt at an admin\'s request');
      })
      .catch((err) => {
        state.failed = true;
        this.log.error({ err }, 'search index rebuild failed');
      })
      .finally(() => {
        state.finishedAt = new Date();
        this.running = null;
      });
    return this.latest!;
  }

  /** Waits for a running rebuild (shutdown). */
  async settle(): Promise<void> {
    await this.running;
  }
}
