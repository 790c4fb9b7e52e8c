import { fail } from '@sveltejs/kit';
import { formErrors, type FormErrors } from '$lib/errors';
import { DATA_REQUEST_STATUS_VALUES } from '$lib/graphql/enums';
import { AdminDataRequestsDocument, AnswerDataRequestDocument, type DataRequestStatus } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { requireAdmin } from '$lib/admin/guard';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const isStatus = (value: unknown): value is DataRequestStatus => DATA_REQUEST_STATUS_VALUES.includes(value as DataRequestStatus);

export const load: PageServerLoad = async (event) => {
  requireAdmin(event);
  const wanted = event.url.searchParams.get('status');
  const status = isStatus(wanted) ? wanted : null;
  const after = readAfter(event.url.searchParams);
  const { dataRequests } = await withCursor(event, after, () => gql(event, AdminDataRequestsDocument, { status, first: PAGE_SIZE, after }));
  return { requests: dataRequests.nodes, pageInfo: dataRequests.pageInfo, status, after };
};

export const actions: Actions = {
  answer: async (event) => {
    requireAdmin(event);
    const form = await event.request.formData();
    const id = text(form, 'id');
    const status = text(form, 'status');
    if (!isStatus(status)) {
      const errors: FormErrors = { fieldErrors: { status: t(event.locals.locale, 'validation.INVALID_VALUE') }, formError: null };
      return fail(400, { id, errors });
    }
    const { answerDataRequest: result } = await gql(event, AnswerDataRequestDocument, { input: { id, status, note: text(form, 'note').trim() || null } });
    if (result.__typename === 'InputError') return fail(400, { id, errors: formErrors(event.locals.locale, result) });
    return { updated: result.id };
  },
};
