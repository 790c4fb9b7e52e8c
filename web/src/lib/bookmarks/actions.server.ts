// Form actions of bookmarks, shared by the listing page, the organisation page and the saved page: save or remove
// the item the form posts (`listingId`, `organisationId`, or the bookmark's `id`). Visitors sign in first and come
// back to the page the button was on; refusals come back as one message for the button.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { RemoveBookmarkDocument, SaveBookmarkDocument, type BookmarkResultFieldsFragment, type InputErrorFieldsFragment } from '$lib/graphql/generated';
import type { Locale } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { requireUser } from '$lib/workspace/guard.server';

const idOf = (form: FormData, name: string) => text(form, name) || null;

async function postedItem(event: RequestEvent) {
  // Back to the page, not to the action's address (`?/bookmark`).
  requireUser({ locals: event.locals, url: new URL(event.url.pathname, event.url) });
  const form = await event.request.formData();
  return { id: idOf(form, 'id'), listingId: idOf(form, 'listingId'), organisationId: idOf(form, 'organisationId') };
}

function answer(locale: Locale, result: BookmarkResultFieldsFragment) {
  if (result.__typename === 'BookmarkState') return { bookmark: { bookmarked: result.bookmarked } };
  const { fieldErrors, formError } = formErrors(locale, result as InputErrorFieldsFragment);
  return fail(400, { bookmarkError: formError ?? Object.values(fieldErrors)[0] ?? null });
}

export async function saveBookmark(event: RequestEvent) {
  const { listingId, organisationId } = await postedItem(event);
  const { bookmark } = await gql(event, SaveBookmarkDocument, { listingId, organisationId });
  return answer(event.locals.locale, bookmark);
}

export async function removeBookmark(event: RequestEvent) {
  const item = await postedItem(event);
  const { removeBookmark } = await gql(event, RemoveBookmarkDocument, item);
  return answer(event.locals.locale, removeBookmark);
}
