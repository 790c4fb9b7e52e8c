// Builds the Fastify application; tests use it directly, server/main.ts starts it.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { Config } from './config.ts';
import type { PrismaClient } from './lib/prisma.ts';
import { LOG_REDACT_PATHS, requestSerializer } from './lib/log-redaction.ts';
import services from './plugins/services.ts';
import graphql from './plugins/graphql.ts';
import rateLimit from './plugins/rate-limit.ts';
import health from './plugins/health.ts';
import metrics from './plugins/metrics.ts';
import unsubscribe from './plugins/unsubscribe.ts';
import { mountWeb } from './plugins/web.ts';
import media from './plugins/media.ts';
import inquiryAttachments, { MAX_ATTACHMENTS_PER_MESSAGE } from './plugins/inquiry-attachments.ts';
import search from './plugins/search.ts';
import stripe from './plugins/stripe.ts';
import stripeWebhook from './plugins/stripe-webhook.ts';
import mail from './plugins/mail.ts';
import jobQueue from './plugins/jobs.ts';
import securityHeaders from './plugins/security-headers.ts';
import compression from './plugins/compression.ts';
import errorHandler, { answerError } from './plugins/error-handler.ts';
import requestLog, { newRequestId } from './plugins/request-log.ts';
import openData from './plugins/opendata.ts';
import searchDemand from './plugins/search-demand.ts';

export interface AppOptions {
  config: Config;
  prisma: PrismaClient;
  /** The database behind `prisma`, for the search engine and its worker. */
  databaseUrl: string;
  web?: boolean;
  /** Run background jobs (JOB_CONCURRENCY of them at once); tests drive them by hand instead. */
  jobs?: boolean;
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: { write(line: string): void };
}

export async function buildApp({ config, prisma, databaseUrl, web = true, jobs = config.NODE_ENV !== 'test', logStream }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Tokens of e-mailed links never reach the log (server/lib/log-redaction.ts).
    logger: { level: config.LOG_LEVEL, serializers: { req: requestSerializer }, redact: LOG_REDACT_PATHS, ...(logStream ? { stream: logStream } : {}) },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // A malformed URL or an overlong path parameter, refused by the router before any route: same error policy.
    frameworkErrors: answerError,
    // One line per request, written by the request-log plugin instead of Fastify's two (received, completed).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: newRequestId,
    // Loading a plugin may wait on another service: the search plugin waits for Meilisearch (up to 2 min) and its
    // settings (up to 1 min) at start (search/meilisearch-engine.ts); Fastify's default gives every plugin 10 s.
    pluginTimeout: 240_000,
  });
  await app.register(requestLog);
  await app.register(cookie);
  // Before every route: headers on every response, compression and the error policy of the plain routes.
  await app.register(securityHeaders, { config });
  await app.register(compression);
  await app.register(errorHandler);
  await app.register(stripe, { config });
  await app.register(services, { prisma, config, databaseUrl });
  await app.register(search, { config, databaseUrl });
  await app.register(mail, { config, databaseUrl, jobs });
  await app.register(jobQueue, { config, databaseUrl, jobs });
  await app.register(graphql, { config });
  await app.register(rateLimit, { config, databaseUrl });
  await app.register(health);
  if (config.METRICS_TOKEN) await app.register(metrics, { token: config.METRICS_TOKEN });
  await app.register(media, { config });
  await app.register(inquiryAttachments, { config });
  await app.register(stripeWebhook, { config });
  await app.register(openData, { config });
  await app.register(searchDemand);
  await app.register(unsubscribe);
  // The largest form the web app takes: a listing photo, or an inquiry message with all its files.
  if (web) await mountWeb(app, config, Math.max(config.MAX_IMAGE_BYTES, MAX_ATTACHMENTS_PER_MESSAGE * config.MAX_ATTACHMENT_BYTES));
  return app;
}
