// A background loop over a queue table: runs `step` again at once while it finds work, sleeps `idleMs` when it
// finds none, and can be woken early (a change made in this process) or stopped (waiting for the step in flight).
export class PollingLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    /** One round of work; returns how many items it handled (0: nothing to do, sleep). */
    private readonly step: () => Promise<number>,
    private readonly idleMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Started and not stopped (readiness reports a worker that should run and does not). */
  get active(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let handled = 0;
        try {
          handled = await this.step();
        } catch (err) {
          this.onError(err);
        }
        if (!handled && this.running) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.idleMs);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
      }
    })();
  }

  /** Asks the loop to look now. */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }
}
