import { error, fail, redirect } from '@sveltejs/kit';
import { AnswerDealSurveyDocument, DealDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { formErrors, problemMessages } from '$lib/errors';
import { INQUIRY_ERRORS, parseSurveyForm } from '$lib/inquiry/forms';
import { gql } from '$lib/server/api';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  // Null for anyone who is neither side nor department staff: the same 404 as a deal that does not exist.
  const { deal } = await orNotFound(event, () => gql(event, DealDocument, { id: event.params.id }));
  if (!deal) error(404, t(event.locals.locale, 'error.notFound.title'));
  return { deal, answered: event.url.searchParams.has('answered') };
};

export const actions: Actions = {
  survey: async (event) => {
    requireUser(event);
    const { input, values, problems } = parseSurveyForm(await event.request.formData());
    if (!input) return fail(400, { values, fieldErrors: problemMessages(event.locals.locale, problems, 'inquiry'), formError: null });
    const { answerDealSurvey } = await orNotFound(event, () => gql(event, AnswerDealSurveyDocument, { dealId: event.params.id, input }));
    if (answerDealSurvey.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, answerDealSurvey, INQUIRY_ERRORS) });
    redirect(303, localizeHref(`/deals/${event.params.id}?answered`, event.locals.locale));
  },
};
