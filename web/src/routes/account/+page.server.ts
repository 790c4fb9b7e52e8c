import { redirect } from '@sveltejs/kit';
import { AccountDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  const { me } = await gql(event, AccountDocument);
  // The session can end between the hook's check and this query.
  if (!me) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  return { account: me };
};
