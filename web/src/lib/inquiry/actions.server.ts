// The listing page's form action that opens an inquiry (or a proposal on a technology request). A visitor is sent to
// sign in and brought back to the listing; a refusal comes back as messages beside the fields; an inquiry that went in
// opens its thread.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ListingInquiryBoxDocument, OpenInquiryDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { orNotFound } from '$lib/workspace/guard.server';
import { directionOf } from './box';
import { formErrors } from '$lib/errors';
import { INQUIRY_ERRORS, parseOpenForm } from './forms';
import { localizeHref } from '$lib/i18n/url';

export async function openInquiry(event: RequestEvent) {
  if (!event.locals.user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`, event.locals.locale));
  const form = await event.request.formData();
  const listingId = String(form.get('listingId') ?? '');
  const { listingById, me } = await orNotFound(event, () => gql(event, ListingInquiryBoxDocument, { id: listingId }));
  if (!listingById) error(404, t(event.locals.locale, 'error.notFound.title'));
  const direction = directionOf(listingById.kind);
  const memberOf = (me?.memberships ?? []).map((m) => m.organisation.id);
  const { input, values } = parseOpenForm(form, direction, memberOf);
  const { openInquiry } = await orNotFound(event, () => gql(event, OpenInquiryDocument, { input: input! }));
  if (openInquiry.__typename === 'Inquiry') redirect(303, localizeHref(`/inquiries/${openInquiry.id}?done=opened`, event.locals.locale));
  return fail(400, { inquiry: { values, ...formErrors(event.locals.locale, openInquiry, INQUIRY_ERRORS) } });
}
