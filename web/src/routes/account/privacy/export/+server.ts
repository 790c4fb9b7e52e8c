// The download of what the platform holds about the signed-in person: a POST (it records an export request), answered
// with the JSON file itself.
import { redirect } from '@sveltejs/kit';
import { ExportMyDataDocument } from '$lib/graphql/generated';
import { gql } from '$lib/server/api';
import type { RequestHandler } from './$types';
import { localizeHref } from '$lib/i18n/url';

export const POST: RequestHandler = async (event) => {
  if (!event.locals.user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent('/account/privacy')}`, event.locals.locale));
  const { exportMyData } = await gql(event, ExportMyDataDocument);
  return new Response(exportMyData.json, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      // The name is the API's (ASCII letters, digits and hyphens), so it needs no quoting beyond this.
      'content-disposition': `attachment; filename="${exportMyData.fileName}"`,
      'cache-control': 'no-store',
    },
  });
};
