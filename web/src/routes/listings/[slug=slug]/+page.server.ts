import { error } from '@sveltejs/kit';
import { ListingDetailDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { localizeHref } from '$lib/i18n/url';
import { openInquiry } from '$lib/inquiry/actions.server';
import { loadInquiryBox } from '$lib/inquiry/box.server';
import { startDeposit } from '$lib/payments/actions.server';
import { loadDepositBox } from '$lib/payments/boxes.server';
import { gql, publicOrigin } from '$lib/server/api';
import { removeBookmark, saveBookmark } from '$lib/bookmarks/actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // The API decides visibility: visitors get published listings only; the owner's members and the department also
  // get the others (the page then says so and asks search engines not to index it).
  const { listing } = await gql(event, ListingDetailDocument, { slug: event.params.slug });
  if (!listing) error(404, t(event.locals.locale, 'error.notFound.title'));
  const origin = publicOrigin(event.url);
  const path = `/listings/${encodeURIComponent(listing.slug)}`;
  const organisationPath = listing.organisation ? `/organisations/${encodeURIComponent(listing.organisation.slug)}` : null;
  return {
    listing,
    path,
    canonical: origin + localizeHref(path, event.locals.locale),
    organisationUrl: organisationPath ? origin + localizeHref(organisationPath, event.locals.locale) : undefined,
    imageUrls: listing.images.map((image) => new URL(image.url, origin).href),
    deposit: await loadDepositBox(event, listing),
    inquiry: await loadInquiryBox(event, listing),
  };
};

export const actions: Actions = {
  reserve: startDeposit,
  inquire: openInquiry,
  bookmark: saveBookmark,
  unbookmark: removeBookmark,
};
