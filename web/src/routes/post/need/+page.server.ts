import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { CreatePersonalRequestDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { postWay, type PostWay } from '$lib/way-in/choices';
import { prefillTitle, withPrefill } from '$lib/way-in/prefill';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import { requireUser } from '$lib/workspace/guard.server';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
  // A title brought from a search that found nothing goes on to whichever form the person ends up in.
  const title = prefillTitle(url);
  const way = prefilled(postWay((await parent()).memberships, 'need'), title);
  if (way.kind === 'redirect') redirect(303, localizeHref(way.href, locals.locale));
  return { way, title };
};

function prefilled(way: PostWay, title: string): PostWay {
  if (way.kind === 'redirect') return { ...way, href: withPrefill(way.href, title) };
  if (way.kind === 'choose') return { ...way, options: way.options.map((option) => ({ ...option, href: withPrefill(option.href, title) })) };
  return way;
}

export const actions: Actions = {
  /** Starts the draft of a request posted as an individual; the rest is written in the workspace's steps. */
  individual: async (event) => {
    requireUser(event);
    const titleVi = text(await event.request.formData(), 'titleVi').trim().replace(/\s+/g, ' ');
    const { createPersonalRequest } = await gql(event, CreatePersonalRequestDocument, { input: { titleVi } });
    if (createPersonalRequest.__typename === 'InputError') {
      return fail(400, { values: { titleVi }, ...formErrors(event.locals.locale, createPersonalRequest, WORKSPACE_ERRORS) });
    }
    redirect(303, localizeHref(`/workspace/listings/${createPersonalRequest.id}/edit/basics?created=1`, event.locals.locale));
  },
};
