import { redirect } from '@sveltejs/kit';
import { SetLocaleDocument } from '$lib/graphql/generated';
import { isLocale } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { RequestHandler } from './$types';

/** The header's language switch posts here; it works without JavaScript and returns to the page it came from. */
export const POST: RequestHandler = async (event) => {
  const form = await event.request.formData();
  const locale = form.get('locale');
  if (isLocale(locale)) {
    setLocaleCookie(event.cookies, locale, event.url);
    // Signed-in users keep the choice on their account too (used for e-mails and their next device).
    if (event.locals.user) await gql(event, SetLocaleDocument, { locale });
  }
  redirect(303, safeRedirectTarget(form.get('redirectTo')));
};
