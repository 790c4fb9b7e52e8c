// The page an e-mail's unsubscribe link opens (no sign-in): what the link stops, and a button. Opening the link
// changes nothing (mail scanners open links); the button POSTs `List-Unsubscribe=One-Click` to this same address,
// which the API's one-click route answers (server/plugins/unsubscribe.ts) and sends back here with `done`.
import { UnsubscribeTargetDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const done = event.url.searchParams.get('done');
  const { unsubscribeTarget } = await gql(event, UnsubscribeTargetDocument, { token: event.params.token.slice(0, 64) });
  return { target: unsubscribeTarget, done: done === '1' ? true : done === '0' ? false : null };
};
