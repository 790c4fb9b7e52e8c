import { redirect } from '@sveltejs/kit';
import { SetLocaleDocument } from '$lib/graphql/generated';
import { isLocale } from '$lib/i18n';
import { localeOfPath, localizeHref } from '$lib/i18n/url';
import { gql } from '$lib/server/api';
import { setLocaleCookie } from '$lib/server/locale-cookie';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { RequestHandler } from './$types';

/**
 * The header's language switch posts here; it works without JavaScript, remembers the choice (the cookie, and the
 * account's language) and goes to the same page in the chosen language.
 */
export const POST: RequestHandler = async (event) => {
  const form = await event.request.formData();
  const locale = form.get('locale');
  const back = safeRedirectTarget(form.get('redirectTo'));
  if (isLocale(locale)) {
    setLocaleCookie(event.cookies, locale, event.url);
    // Signed-in users keep the choice on their account too (used for e-mails and their next device).
    if (event.locals.user) await gql(event, SetLocaleDocument, { locale });
  }
  redirect(303, localizeHref(back, isLocale(locale) ? locale : localeOfPath(back)));
};
