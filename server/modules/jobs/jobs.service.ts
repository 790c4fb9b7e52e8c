// The admin's view of background work that failed for good: dead jobs and given-up e-mails, each retried by hand.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { requireAdmin } from '../access.ts';
import { FAILED_EMAIL_ORDER, FAILED_JOB_ORDER, type JobRow, type JobsRepository } from './jobs.repository.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';

const SUMMARY_MAX = 200;
/** Keys whose values never leave the server (tokens in links, keys, passwords). */
const SECRET_KEY = /secret|token|password|passwd|key|auth|hash|cookie|signature/i;
/** Job and e-mail ids are bigints; anything else names nothing. */
const BIGINT_ID = /^\d{1,19}$/;

/** A payload in a line: its top-level fields, secrets hidden, shortened. */
export function summarizePayload(payload: unknown): string {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return JSON.stringify(payload ?? null).slice(0, SUMMARY_MAX);
  const parts = Object.entries(payload as Record<string, unknown>).map(([key, value]) =>
    `${key}: ${SECRET_KEY.test(key) ? '[hidden]' : typeof value === 'object' && value !== null ? summarizePayload(value) : String(value)}`,
  );
  const text = parts.join(', ');
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
}

const toNode = ({ payload, ...job }: JobRow) => ({ ...job, payloadSummary: summarizePayload(payload) });

export class JobsService {
  constructor(private readonly repo: JobsRepository) {}

  async failedJobs(ctx: RequestContext, args: PageArgs) {
    requireAdmin(ctx);
    const page = pageRequest(ctx.locale, FAILED_JOB_ORDER, args);
    const connection = toConnection(FAILED_JOB_ORDER, await this.repo.failedJobs(page), page, (r) => [r.id]);
    return { ...connection, nodes: connection.nodes.map(toNode) };
  }

  async failedEmails(ctx: RequestContext, args: PageArgs) {
    requireAdmin(ctx);
    const page = pageRequest(ctx.locale, FAILED_EMAIL_ORDER, args);
    return toConnection(FAILED_EMAIL_ORDER, await this.repo.failedEmails(page), page, (r) => [r.id]);
  }

  async retryJob(ctx: RequestContext, id: string) {
    requireAdmin(ctx);
    const job = BIGINT_ID.test(id) ? await this.repo.retryJob(id) : null;
    if (!job) throw new DomainError('NOT_FOUND');
    return toNode(job);
  }

  async retryEmail(ctx: RequestContext, id: string) {
    requireAdmin(ctx);
    const job = BIGINT_ID.test(id) ? await this.repo.retryEmail(id) : null;
    if (!job) throw new DomainError('NOT_FOUND');
    return toNode(job);
  }
}
