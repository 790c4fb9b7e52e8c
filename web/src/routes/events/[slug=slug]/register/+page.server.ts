import { error, fail, redirect } from '@sveltejs/kit';
import { EventRegistrationDocument, RegisterExhibitorDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { formErrors, problemMessages } from '$lib/errors';
import { localizeHref } from '$lib/i18n/url';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const data = await gql(event, EventRegistrationDocument, { slug: event.params.slug });
  if (!data.event) error(404, t(event.locals.locale, 'error.notFound.title'));
  const organisations = (data.me?.memberships ?? []).map((m) => ({
    ...m.organisation,
    listings: data.myListings.nodes.filter((l) => l.organisation?.id === m.organisation.id),
  }));
  return { event: data.event, organisations };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const values = { eventId: text(form, 'eventId'), organisationId: text(form, 'organisationId'), listingIds: form.getAll('listingIds').map(String) };
    const problems: Record<string, string> = {};
    if (!values.organisationId) problems.organisationId = 'REQUIRED';
    if (!values.listingIds.length) problems.listingIds = 'REQUIRED';
    if (Object.keys(problems).length) return fail(400, { values, fieldErrors: problemMessages(event.locals.locale, problems), formError: null });
    const { registerExhibitor } = await orNotFound(event, () => gql(event, RegisterExhibitorDocument, values));
    if (registerExhibitor.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, registerExhibitor) });
    redirect(303, localizeHref('/workspace/events?registered', event.locals.locale));
  },
};
