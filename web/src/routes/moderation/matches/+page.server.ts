import { fail, redirect } from '@sveltejs/kit';
import { DepartmentMatchesDocument, IntroduceDocument } from '$lib/graphql/generated';
import { formErrors } from '$lib/errors';
import { localizeHref } from '$lib/i18n/url';
import { requireStaff } from '$lib/moderation/guard';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { withCursor } from '$lib/server/paging';
import type { Actions, PageServerLoad } from './$types';
import { listingRef, parseMatchFilters } from './filters';

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const params = event.url.searchParams;
  const filters = parseMatchFilters(params);
  const after = readAfter(params);
  const introductionsAfter = readAfter(params, 'introductionsAfter');
  // A refused cursor drops the list's page (one at a time: the next load finds the other if it was that one).
  const data = await withCursor(event, after, () =>
    withCursor(event, introductionsAfter, () => gql(event, DepartmentMatchesDocument, { ...filters, first: PAGE_SIZE, after, introductionsAfter }), 'introductionsAfter'),
  );
  return {
    filters,
    after,
    introductionsAfter,
    matches: data.departmentMatches,
    introductions: data.introductions,
    fields: data.fieldsOfScience,
    // "Introduce" on a match comes back here with the pair in the address, to fill the form.
    prefill: { request: params.get('request')?.slice(0, 200) ?? '', offer: params.get('offer')?.slice(0, 200) ?? '' },
    done: params.get('done') === 'introduced',
  };
};

export const actions: Actions = {
  introduce: async (event) => {
    requireStaff(event);
    const form = await event.request.formData();
    const values = { request: text(form, 'request'), offer: text(form, 'offer'), note: text(form, 'note') };
    const { introduce } = await gql(event, IntroduceDocument, {
      input: { request: listingRef(values.request), offer: listingRef(values.offer), note: values.note },
    });
    if (introduce.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, introduce) });
    redirect(303, localizeHref('/moderation/matches?done=introduced', event.locals.locale));
  },
};
