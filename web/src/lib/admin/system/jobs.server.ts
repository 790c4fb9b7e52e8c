// The admin's failed background work (server/modules/jobs) for the /admin/system page: the panel's data and its two
// form actions. The page's load returns `jobs: await loadJobsPanel(event)` and its actions spread `jobsPanelActions`;
// JobsPanel.svelte shows them. Paging is in the address (`jobsAfter`, `emailsAfter`), so every page can be linked.
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AdminFailedWorkDocument, RetryEmailDocument, RetryJobDocument, type AdminFailedWorkQuery } from '$lib/graphql/generated';
import { requireAdmin } from '$lib/admin/guard';
import { ApiError, gql } from '$lib/server/api';
import { text } from '$lib/server/forms';

export const JOBS_PAGE_SIZE = 20;

export type JobsPanelData = AdminFailedWorkQuery;

/** What a retry answered, under `jobs` so it never mixes with the page's other forms. */
export interface JobsPanelForm {
  jobs?: { retried?: string; emailRetried?: string; gone?: string };
}

export async function loadJobsPanel(event: RequestEvent): Promise<JobsPanelData> {
  requireAdmin(event);
  const params = event.url.searchParams;
  return gql(event, AdminFailedWorkDocument, { jobsAfter: params.get('jobsAfter'), emailsAfter: params.get('emailsAfter'), first: JOBS_PAGE_SIZE });
}

function retry(document: TypedDocumentNode<unknown, { id: string }>, done: 'retried' | 'emailRetried') {
  return async (event: RequestEvent) => {
    requireAdmin(event);
    const id = text(await event.request.formData(), 'id');
    try {
      await gql(event, document, { id });
    } catch (err) {
      // Retried by another admin a moment ago, or a malformed id: the list no longer holds it.
      if (err instanceof ApiError && err.code === 'NOT_FOUND') return fail(404, { jobs: { gone: id } } satisfies JobsPanelForm);
      throw err;
    }
    return { jobs: { [done]: id } } satisfies JobsPanelForm;
  };
}

export const jobsPanelActions = {
  retryJob: retry(RetryJobDocument, 'retried'),
  retryEmail: retry(RetryEmailDocument, 'emailRetried'),
};
