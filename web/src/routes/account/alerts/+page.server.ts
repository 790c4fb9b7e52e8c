// /account/alerts: the person's saved searches (rename, frequency, delete, each linking to its search), and the
// action the search page's "Save this search" form posts to (its search travels in hidden fields, named as in the
// search page's address).
import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { DeleteSavedSearchDocument, SavedSearchesDocument, SaveSearchDocument, UpdateSavedSearchDocument, type AlertFrequency } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { withCursor } from '$lib/server/paging';
import { localizeHref } from '$lib/i18n/url';
import { apiFilters, parseSearchState } from '$lib/search/state';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';

const MAX_SAVED_SEARCHES = 50;
const FREQUENCIES: readonly AlertFrequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY'];
const frequencyOf = (form: FormData): AlertFrequency => FREQUENCIES.find((f) => f === text(form, 'frequency')) ?? 'DAILY';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = event.url.searchParams.get('after');
  const { savedSearches } = await withCursor(event, after, () => gql(event, SavedSearchesDocument, { first: 20, after }));
  return { savedSearches, max: MAX_SAVED_SEARCHES, flash: event.url.searchParams.get('saved') };
};

export const actions: Actions = {
  save: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const params = new URLSearchParams();
    for (const [name, value] of form) if (typeof value === 'string') params.append(name, value);
    const state = parseSearchState(params);
    const input = { name: text(form, 'name'), frequency: frequencyOf(form), query: state.q || null, kinds: state.kinds, filters: apiFilters(state) };
    const { saveSearch: result } = await gql(event, SaveSearchDocument, { input });
    if (result.__typename === 'InputError') {
      const { fieldErrors, formError } = formErrors(event.locals.locale, result);
      return fail(400, { action: 'save', fieldErrors, formError, name: input.name, frequency: input.frequency, search: params.toString() });
    }
    redirect(303, localizeHref(`/account/alerts?saved=${encodeURIComponent(result.name)}`, event.locals.locale));
  },
  update: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const id = text(form, 'id');
    const { updateSavedSearch: result } = await orNotFound(event, () => gql(event, UpdateSavedSearchDocument, { id, input: { name: text(form, 'name'), frequency: frequencyOf(form) } }));
    if (result.__typename === 'InputError') {
      const { fieldErrors, formError } = formErrors(event.locals.locale, result);
      return fail(400, { action: 'update', id, fieldErrors, formError });
    }
    return { action: 'update', id, done: true };
  },
  delete: async (event) => {
    requireUser(event);
    const id = text(await event.request.formData(), 'id');
    await orNotFound(event, () => gql(event, DeleteSavedSearchDocument, { id }));
    return { action: 'delete', done: true };
  },
};
