// Listing photos from the workspace form: the limits in force, the upload through the API's multipart route and
// the removal through GraphQL, with the API's refusals turned into messages beside the file input.
import { error, type RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { DeleteListingImageDocument, type WorkspaceListingFragment } from '$lib/graphql/generated';
import { t, type Locale } from '$lib/i18n';
import { ApiError, gql, upload } from '$lib/server/api';
import { fieldMessage, formErrors } from '$lib/errors';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { formatSize, type PhotoLimits } from './photos';

/** Room left in the web's body limit for the other fields of the step (descriptions, IP titles). */
const FORM_ROOM = 128 * 1024;

function positiveInteger(value: string | undefined): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : null;
}

/** adapter-node's BODY_SIZE_LIMIT, read the way adapter-node reads it (512K unless set; K, M, G suffixes). */
function webBodyLimit(): number {
  if (dev) return Infinity;
  const value = process.env.BODY_SIZE_LIMIT || '512K';
  const multiplier = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase() ?? ''] ?? 1;
  const bytes = Number(multiplier === 1 ? value : value.slice(0, -1)) * multiplier;
  return Number.isNaN(bytes) || bytes <= 0 ? Infinity : bytes;
}

/**
 * The limits in force. The API and this app run in one process with one environment, so the API's settings
 * (MAX_IMAGE_BYTES, MAX_IMAGES_PER_LISTING, with the API's defaults) are read from it; the whole step's form must
 * also fit the web server's own body limit.
 */
export function photoLimits(): PhotoLimits {
  const apiMax = positiveInteger(process.env.MAX_IMAGE_BYTES) ?? 5_000_000;
  return {
    maxBytes: Math.max(0, Math.min(apiMax, webBodyLimit() - FORM_ROOM)),
    maxCount: positiveInteger(process.env.MAX_IMAGES_PER_LISTING) ?? 8,
  };
}

export function tooLargeMessage(locale: Locale, limits: PhotoLimits): string {
  return t(locale, 'ws.validation.image.FILE_TOO_LARGE', { size: formatSize(locale, limits.maxBytes) });
}

/** The request body was larger than the web server takes: nothing of the form could be read. */
export function isBodyTooLarge(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && (cause as { status?: unknown }).status === 413;
}

interface UploadAnswer {
  id?: string;
  url?: string;
  code?: string;
  message?: string;
  fieldErrors?: { field: string; code: string; message: string }[];
}

/** A message for a photo the API refused, by code; one this form does not know keeps the API's own words. */
function refusal(locale: Locale, limits: PhotoLimits, code: string, message: string): string {
  switch (code) {
    case 'FILE_TOO_LARGE':
      return tooLargeMessage(locale, limits);
    case 'TOO_MANY_FILES':
      return t(locale, 'ws.validation.image.TOO_MANY_FILES', { max: limits.maxCount });
    default:
      return fieldMessage(locale, 'image', code, message, 'ws');
  }
}

/** Uploads a photo of the listing; answers the message to show beside the file input, or null when it was added. */
export async function addPhoto(event: RequestEvent, listingId: string, file: File, alt: string, limits: PhotoLimits): Promise<string | null> {
  const locale = event.locals.locale;
  // Not worth sending: the API would refuse it (or the web server would not have let it through).
  if (file.size > limits.maxBytes) return tooLargeMessage(locale, limits);
  const data = new Uint8Array(await file.arrayBuffer());
  const fields: Record<string, string> = alt.trim() ? { alt: alt.trim() } : {};
  const { status, body } = await upload<UploadAnswer>(event, `/api/listings/${encodeURIComponent(listingId)}/images`, fields, {
    field: 'image',
    name: file.name || 'photo',
    data,
  });
  if (status === 201) return null;
  if (status === 400) {
    const problem = body?.fieldErrors?.find((e) => e.field === 'image') ?? body?.fieldErrors?.[0];
    if (problem) return refusal(locale, limits, problem.code, problem.message);
    return body?.message || t(locale, 'ws.validation.image.REQUIRED');
  }
  if (status === 401) requireUser({ ...event, locals: { ...event.locals, user: null } });
  if (status === 403 || status === 404) error(404, t(locale, 'ws.error.notFound'));
  throw new ApiError(`Photo upload answered ${status}${body?.code ? ` [${body.code}]` : ''}`, status);
}

/** Removes one of the listing's photos; answers a message when the API refused, null when it is gone. */
export async function removePhoto(event: RequestEvent, listing: WorkspaceListingFragment, imageId: string): Promise<string | null> {
  // Only this listing's photos are removed from its form; one already gone needs nothing more.
  if (!listing.images.some((image) => image.id === imageId)) return null;
  const result = await orNotFound(event, () =>
    gql(event, DeleteListingImageDocument, { id: imageId }).catch((cause: unknown) => {
      // Removed meanwhile (another tab, a colleague): what the seller wanted.
      if (cause instanceof ApiError && cause.code === 'NOT_FOUND') return null;
      throw cause;
    }),
  );
  if (result?.deleteListingImage.__typename === 'InputError') {
    const { fieldErrors, formError } = formErrors(event.locals.locale, result.deleteListingImage, WORKSPACE_ERRORS);
    return formError ?? Object.values(fieldErrors)[0] ?? null;
  }
  return null;
}
