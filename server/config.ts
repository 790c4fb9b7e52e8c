// Configuration is read once at boot into a typed object; a missing or malformed variable stops start-up
// with a message that names it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(ROOT_DIR, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // PostgreSQL cancels a statement of the serving processes that runs longer than this (0: never).
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  // Processes answering HTTP (node:cluster): one per core uses every core; each also runs background jobs.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  SEED_DEMO: bool.default(true),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // Cookies are Secure when this is true or PUBLIC_URL is https (secureCookies below).
  COOKIE_SECURE: bool.default(false),
  // The reverse proxies whose X-Forwarded-For / -Proto to believe: 'false' (none: the socket's address counts),
  // 'true' (any: only behind a proxy that overwrites the header), or addresses/CIDRs separated by commas (Fastify's
  // trustProxy). Rate limits count the address this yields: believing a header a client writes lets it pick its own.
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be true, false, or addresses/CIDRs separated by commas')
    .default('false')
    .transform((v): boolean | string[] => (v === 'true' ? true : v === 'false' ? false : v.split(',').map((a) => a.trim()))),
  // /metrics (Prometheus) is served only when this is set, to requests with `Authorization: Bearer <token>`.
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_048_576),
  GRAPHQL_DEPTH_LIMIT: z.coerce.number().int().min(2).max(50).default(10),
  // Every GraphQL request is refused before it runs when it exceeds one of these (the web's own pages use at most
  // 9 aliases, 10 root fields, 8 directives, ~600 tokens and a cost of ~17,500 with every page at its largest).
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(10_000).default(30),
  GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(10_000).default(20),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(10_000).default(30),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(3_000),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(25_000),
  // After this long a request's remaining resolvers are refused (TIMEOUT) and what is done is answered.
  GRAPHQL_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
  // GraphiQL, introspection and "did you mean" suggestions; unset means on unless NODE_ENV=production.
  GRAPHQL_IDE: bool.optional(),
  // Rate limits, counted in PostgreSQL (server/plugins/rate-limit.ts). GraphQL operations and uploads per minute,
  // per account when signed in, else per address; RATE_LIMIT_ENABLED=false turns these off (benchmarks, fuzzing).
  RATE_LIMIT_ENABLED: bool.default(true),
  RATE_LIMIT_QUERIES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_SEARCHES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  RATE_LIMIT_UPLOADS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  // Sign-in and sign-up (server/modules/account/account-limits.ts); always on.
  SIGN_IN_MAX_FAILURES_PER_PAIR: z.coerce.number().int().min(1).max(1000).default(10),
  SIGN_IN_PAIR_BLOCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
  SIGN_IN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).max(10_000).default(30),
  SIGN_IN_EMAIL_BLOCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  SIGN_UP_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(10),
  // Password recovery and verified e-mail (server/modules/account/account-links.service.ts): how long the single-use
  // links live, and how many e-mails they may send (per typed address and per network address; per account).
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  PASSWORD_RESET_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  PASSWORD_RESET_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  VERIFICATION_EMAILS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(3),
  UPLOAD_DIR: z.string().min(1).default(path.join(ROOT_DIR, '.data', 'uploads')),
  MAX_IMAGE_BYTES: z.coerce.number().int().min(10_000).max(50_000_000).default(5_000_000),
  MAX_IMAGES_PER_LISTING: z.coerce.number().int().min(1).max(50).default(8),
  MEILI_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// address').optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('exchange'),
  WEB_BUILD_DIR: z.string().min(1).default(path.join(ROOT_DIR, 'web', 'build')),
  // Where people reach the web app; used in e-mails and Stripe's return addresses. Defaults to http://HOST:PORT.
  PUBLIC_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// address').optional(),
  // Payments are off (and the web says so) until STRIPE_SECRET_KEY is set.
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  // Another Stripe API address (tests point it at a local fake of the Stripe API).
  STRIPE_API_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// address').optional(),
  FEATURED_FEE_VND: z.coerce.number().int().min(0).max(1_000_000_000).default(500_000),
  FEATURED_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DEPOSIT_PERCENT: z.coerce.number().min(1).max(100).default(10),
  DEPOSIT_HOLD_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  DEAL_SURVEY_MONTHS: z.coerce.number().int().min(1).max(36).default(6),
  MAX_ATTACHMENT_BYTES: z.coerce.number().int().min(10_000).max(50_000_000).default(10_000_000),
  // E-mail goes out through SMTP (smtp://user:pass@host:port); without it e-mails wait in the outbox.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// address').optional(),
  MAIL_FROM: z.string().min(3).default('Sàn giao dịch công nghệ <no-reply@sangiaodich.vn>'),
  // Working days within which a personal-data request is answered (its due date; the privacy notice quotes it).
  PRIVACY_REQUEST_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  // The git commit the code was built from (the image build passes it; a checkout is asked with git otherwise).
  GIT_COMMIT: z.string().regex(/^[0-9a-f]{7,40}$/, 'must be a git commit hash').optional(),
  // Between reporting not-ready (SIGTERM) and closing the server, so load balancers stop sending traffic first.
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).optional(),
  // Backups (`npm run backup`, the daily job): where the archives go, and how many days / weeks of them are kept.
  BACKUP_DIR: z.string().min(1).default(path.join(ROOT_DIR, '.data', 'backups')),
  BACKUP_RETENTION_DAILY: z.coerce.number().int().min(1).max(3650).default(14),
  BACKUP_RETENTION_WEEKLY: z.coerce.number().int().min(0).max(520).default(8),
  // Background jobs (graphile-worker) each process runs at once; 0: this process runs none (others must).
  JOB_CONCURRENCY: z.coerce.number().int().min(0).max(50).default(2),
  // Days the per-day search demand counts (terms searched, found nothing, not clicked) are kept before the clock deletes them.
  SEARCH_DEMAND_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
  // Match notices (a new listing that fits one of yours) one organisation gets in 7 days at most.
  MATCH_NOTICES_PER_WEEK: z.coerce.number().int().min(0).max(1000).default(5),
});

export type Config = z.infer<typeof schema>;

/** People reach the site over https (PUBLIC_URL says so): responses carry HSTS and cookies are Secure. */
export function servedOverHttps(config: Pick<Config, 'PUBLIC_URL'>): boolean {
  return config.PUBLIC_URL?.startsWith('https://') ?? false;
}

/** Whether cookies (the API's and the web's) are marked Secure: COOKIE_SECURE, or PUBLIC_URL is https. */
export function secureCookies(config: Pick<Config, 'PUBLIC_URL' | 'COOKIE_SECURE'>): boolean {
  return config.COOKIE_SECURE || servedOverHttps(config);
}

/** GraphiQL, introspection and suggestions: the setting, or on everywhere but in production. */
export const graphqlIdeEnabled = (config: Pick<Config, 'GRAPHQL_IDE' | 'NODE_ENV'>) => config.GRAPHQL_IDE ?? config.NODE_ENV !== 'production';

/** SHUTDOWN_DRAIN_MS, else 5 s in production (a balancer probing every few seconds notices) and none elsewhere. */
export function shutdownDrainMs(config: Pick<Config, 'SHUTDOWN_DRAIN_MS' | 'NODE_ENV'>): number {
  return config.SHUTDOWN_DRAIN_MS ?? (config.NODE_ENV === 'production' ? 5_000 : 0);
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a shell or .env) means "not set", as people expect.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
