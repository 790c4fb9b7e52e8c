// `npm run payments:reconcile [-- --days 30 | --since 2026-10-01 [--until 2026-10-31]]`: compares what Stripe
// lists for the period (Checkout Sessions, Payment Intents, refunds; default the last 30 days) with the orders and
// payments in the configured database, prints every difference and exits 1 when there is any (0 when none,
// 2 when it cannot run), so it can run from cron and alert.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../lib/database.ts';
import { createPrisma } from '../lib/prisma.ts';
import { PaymentRepository } from '../modules/payment/payment.repository.ts';
import { reconcile, type Difference, type Period } from '../modules/payment/reconciliation.ts';
import { createStripeClient } from '../plugins/stripe.ts';

const DAY_MS = 86_400_000;

export function periodOf(argv: string[], now = new Date()): Period {
  const { values } = parseArgs({ args: argv, options: { since: { type: 'string' }, until: { type: 'string' }, days: { type: 'string' } } });
  const date = (v: string, name: string) => {
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) throw new ConfigError(`--${name} must be a date like 2026-10-01 (got ${JSON.stringify(v)})`);
    return d;
  };
  const until = values.until ? new Date(date(values.until, 'until').getTime() + (values.until.length === 10 ? DAY_MS - 1 : 0)) : now;
  const days = values.days ? Number(values.days) : 30;
  if (!Number.isInteger(days) || days < 1) throw new ConfigError(`--days must be a whole number of days (got ${JSON.stringify(values.days)})`);
  const since = values.since ? date(values.since, 'since') : new Date(until.getTime() - days * DAY_MS);
  return { since, until };
}

export function formatDifference(d: Difference): string {
  return `${d.kind.padEnd(17)} ${d.object.padEnd(16)} ${(d.stripeId ?? '-').padEnd(32)} order ${d.orderId ?? '-'}  ${d.detail}`;
}

/** Runs the command; answers its exit code. */
export async function runReconcile(argv: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  let config;
  let period: Period;
  try {
    config = loadConfig(env);
    period = periodOf(argv);
  } catch (err) {
    if (err instanceof ConfigError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      print((err as Error).message);
      return 2;
    }
    throw err;
  }
  const stripe = createStripeClient(config);
  if (!stripe) {
    print('STRIPE_SECRET_KEY is not set: there is no Stripe account to reconcile with.');
    return 2;
  }
  const db = await openDatabase(config);
  const prisma = createPrisma(db.url, 2);
  try {
    const { differences, stripe: remote, local } = await reconcile(stripe, new PaymentRepository(prisma), period);
    print(`Period ${period.since.toISOString()} – ${period.until.toISOString()}`);
    print(`Stripe: ${remote.sessions.length} checkout sessions, ${remote.paymentIntents.length} payment intents, ${remote.refunds.length} refunds; here: ${local.orders.length} orders, ${local.payments.length} payments`);
    if (!differences.length) {
      print('No differences.');
      return 0;
    }
    print(`${differences.length} difference${differences.length === 1 ? '' : 's'}:`);
    for (const d of differences) print(formatDifference(d));
    return 1;
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  // An explicit exit: a library's exit hook would otherwise turn the code back to 0.
  process.exit(await runReconcile(process.argv.slice(2), process.env, (line) => console.log(line)));
}
