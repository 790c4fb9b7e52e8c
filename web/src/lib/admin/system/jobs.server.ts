// The admin's failed background work (server/modules/jobs), a panel of the System page: its data and its two form
// actions (the admin guard is the panels', panels.ts); JobsPanel.svelte shows them. Paging is in the address
// (`jobsAfter`, `emailsAfter`), so every page can be linked.
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AdminFailedWorkDocument, RetryEmailDocument, RetryJobDocument, type AdminFailedWorkQuery } from '$lib/graphql/generated';
import { ApiError, gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import type { Panel } from './panels';

export const JOBS_PAGE_SIZE = 20;

export type JobsPanelData = AdminFailedWorkQuery;

/** What a retry answered, under `jobs` so it never mixes with the page's other forms. */
export interface JobsPanelForm {
  jobs?: { retried?: string; emailRetried?: string; gone?: string };
}

async function loadJobsPanel(event: RequestEvent): Promise<JobsPanelData> {
  const params = event.url.searchParams;
  return gql(event, AdminFailedWorkDocument, { jobsAfter: params.get('jobsAfter'), emailsAfter: params.get('emailsAfter'), first: JOBS_PAGE_SIZE });
}

function retry(document: TypedDocumentNode<unknown, { id: string }>, done: 'retried' | 'emailRetried') {
  return async (event: RequestEvent) => {
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

export const jobsPanel = {
  load: loadJobsPanel,
  actions: {
    retryJob: retry(RetryJobDocument, 'retried'),
    retryEmail: retry(RetryEmailDocument, 'emailRetried'),
  },
} satisfies Panel<JobsPanelData>;
