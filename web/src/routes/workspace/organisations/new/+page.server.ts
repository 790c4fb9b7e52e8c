import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { CreateOrganisationDocument, FieldsOfScienceDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { requireUser } from '$lib/workspace/guard.server';
import { ORGANISATION_ERRORS, organisationValues, parseOrganisationForm } from '$lib/workspace/organisation-form';
import { ORGANISATION_KINDS, isOneOf } from '$lib/workspace/vocabulary';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { fieldsOfScience } = await gql(event, FieldsOfScienceDocument);
  // The way-in pages link here with the kind already chosen (?kind=HOUSEHOLD_BUSINESS, UNIVERSITY_INSTITUTE).
  const kind = event.url.searchParams.get('kind');
  const values = organisationValues(null);
  return { fieldsOfScience, values: isOneOf(ORGANISATION_KINDS, kind) ? { ...values, kind } : values };
};

export const actions: Actions = {
  create: async (event) => {
    requireUser(event);
    const { input, values } = parseOrganisationForm(await event.request.formData());
    const { createOrganisation } = await gql(event, CreateOrganisationDocument, { input });
    if (createOrganisation.__typename === 'InputError') {
      return fail(400, { values, ...formErrors(event.locals.locale, createOrganisation, ORGANISATION_ERRORS) });
    }
    redirect(303, localizeHref(`/workspace/organisations/${createOrganisation.id}?created=1`, event.locals.locale));
  },
};
