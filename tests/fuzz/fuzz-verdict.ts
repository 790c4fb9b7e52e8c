// What the fuzzers hold every answer to, and the tally they print: a server error is a 5xx, an internal detail in
// the body (Prisma, SQL, source paths, stack frames) or the generic "Internal server error" (the formatter's sign
// that something unexpected was thrown); a refusal without a stable code is counted apart.
import fc from 'fast-check';
import { message } from '../../server/i18n/messages.ts';

/** How many cases each property runs: `npm run fuzz` sets FUZZ_RUNS=10000; the normal test run uses a quick count. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 150);
/** Set FUZZ_SEED to replay a run; the seed of every run is printed. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;

/** Codes a refusal may carry: the API's own (server/lib/domain-error.ts, typed results) and the GraphQL layer's. */
export const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'VALIDATION',
  'RATE_LIMITED',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'CSRF',
  'CSRF_PREVENTED',
  'CROSS_ORIGIN',
  'INVALID_TRANSITION',
  'INPUT_ERROR',
  'MALFORMED_BODY',
  'MALFORMED_MULTIPART',
  'BAD_URL',
  'URI_TOO_LONG',
  'STRIPE_SIGNATURE_MISSING',
  'STRIPE_SIGNATURE_INVALID',
]);

// Markers of internals: none of them may appear in an answer (the hostile inputs contain none of them).
const LEAKS: [string, RegExp][] = [
  ['prisma', /prisma/i],
  ['Prisma invocation', /Invalid `/],
  ['source path', /\/work\/|node_modules|\/server\/|\.ts:\d+|\.js:\d+/],
  ['stack frame', /\n\s+at [^\n]+\(?[^\n]*:\d+:\d+/],
  ['SQL', /invalid input syntax|violates|out of range for type|syntax error at|relation "|column "|\bP\d{4}\b|ECONNREFUSED|timestamp out of range|value too long|22P02|22003|22008|23505/i],
  ['generic internal error', /Internal server error|INTERNAL_SERVER_ERROR/i],
];

/** A known code, or one of the API's typed refusals (each has a message of its own in server/i18n/messages.ts). */
function isStableCode(code: string): boolean {
  return KNOWN_CODES.has(code) || message('en', code) !== code;
}

export interface Answer {
  status: number;
  body: string;
}

export type Verdict = { ok: true } | { ok: false; kind: 'server error' | 'no stable code'; why: string };

function leakIn(body: string): string | null {
  for (const [name, re] of LEAKS) if (re.test(body)) return name;
  return null;
}

/** Codes of the errors in a JSON answer: GraphQL's `errors[].extensions.code`, or a plain route's `code`. */
function refusalCodes(parsed: unknown): (string | undefined)[] {
  if (!parsed || typeof parsed !== 'object') return [];
  const body = parsed as { errors?: { extensions?: { code?: unknown } }[]; code?: unknown; statusCode?: number };
  if (Array.isArray(body.errors)) return body.errors.map((e) => (typeof e?.extensions?.code === 'string' ? e.extensions.code : undefined));
  if (typeof body.code === 'string') return [body.code];
  return [undefined];
}

export function judge(answer: Answer, { refusalIsJson = true } = {}): Verdict {
  if (answer.status >= 500) return { ok: false, kind: 'server error', why: `HTTP ${answer.status}` };
  const leak = leakIn(answer.body);
  if (leak) return { ok: false, kind: 'server error', why: `leaks ${leak}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    if (answer.status >= 400 && refusalIsJson) return { ok: false, kind: 'no stable code', why: `HTTP ${answer.status}, not JSON` };
    return { ok: true };
  }
  const hasErrors = Array.isArray((parsed as { errors?: unknown })?.errors);
  if (answer.status < 400 && !hasErrors) return { ok: true };
  const codes = refusalCodes(parsed);
  const unknown = codes.filter((c) => !c || !isStableCode(c));
  if (unknown.length) return { ok: false, kind: 'no stable code', why: `HTTP ${answer.status}, code ${unknown[0] ?? 'missing'}` };
  return { ok: true };
}

/** Counts cases and groups failures by what went wrong, keeping the smallest example of each group. */
export class Tally {
  cases = 0;
  readonly failures = new Map<string, { kind: string; count: number; example: string; answer: string }>();

  constructor(readonly name: string) {}

  record(group: string, example: string, answer: Answer, verdict: Verdict) {
    this.cases++;
    if (verdict.ok) return;
    // Server errors are told apart by operation; refusals without a code look alike across operations.
    const key = verdict.kind === 'server error' ? `${verdict.kind}: ${group}: ${verdict.why}` : `${verdict.kind}: ${verdict.why}`;
    const seen = this.failures.get(key);
    const shown = { kind: verdict.kind, count: (seen?.count ?? 0) + 1, example, answer: `${answer.status} ${answer.body.slice(0, 400)}` };
    if (!seen || example.length < seen.example.length) this.failures.set(key, shown);
    else seen.count++;
  }

  count(kind: string) {
    return [...this.failures.values()].filter((f) => f.kind === kind).reduce((n, f) => n + f.count, 0);
  }

  summary(): string {
    return `fuzz: ${this.name}: ${this.cases} cases, ${this.count('server error')} server errors, ${this.count('no stable code')} refusals without a stable code (seed ${FUZZ_SEED})`;
  }

  /** One line per kind of failure, with its smallest example: what the test prints and fails with. */
  report(): string[] {
    return [...this.failures]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, f]) => `${key} (×${f.count})\n    request: ${f.example.slice(0, 600)}\n    answer: ${f.answer}`);
  }
}

/** Runs `numRuns` cases drawn from `arb` through `check`, which records each in the tally. */
export async function fuzz<T>(arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>, numRuns = FUZZ_RUNS) {
  await fc.assert(fc.asyncProperty(arb, check), { numRuns, seed: FUZZ_SEED, endOnFailure: true });
}
