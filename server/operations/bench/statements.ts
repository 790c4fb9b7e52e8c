// Counts the SQL statements a process sends, at the driver: Prisma (through @prisma/adapter-pg), the hot reads that
// go to the pool directly (server/lib/prisma.ts poolOf) and the PostgreSQL search engine all end in pg's
// Client.query, so counting there misses none of them.
import pg from 'pg';

export interface SentStatement {
  text: string;
  values: unknown[];
  /** Milliseconds from sending to PostgreSQL's answer. */
  ms: number;
}

export interface StatementCounter {
  /** Statements sent since the last reset. */
  readonly count: number;
  /** The statements themselves since the last reset (kept only with `keep`). */
  readonly sent: SentStatement[];
  reset(): void;
}

let installed: { count: number; sent: SentStatement[]; keep: boolean } | null = null;

/** Starts counting every statement of this process (once; later calls return the same counter). */
export function countStatements({ keep = false }: { keep?: boolean } = {}): StatementCounter {
  if (!installed) {
    const state = { count: 0, sent: [] as SentStatement[], keep };
    const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      state.count++;
      const result = query.apply(this, args);
      if (state.keep && result instanceof Promise) {
        const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
        const text = typeof first === 'string' ? first : first.text;
        const values = (typeof first === 'string' ? second : first.values) ?? [];
        const started = performance.now();
        void result.then(
          () => state.sent.push({ text, values, ms: performance.now() - started }),
          () => {},
        );
      }
      return result;
    } as typeof pg.Client.prototype.query;
    installed = state;
  }
  installed.keep ||= keep;
  const state = installed;
  return {
    get count() {
      return state.count;
    },
    get sent() {
      return state.sent;
    },
    reset() {
      state.count = 0;
      state.sent = [];
    },
  };
}
