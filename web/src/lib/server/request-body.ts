// Bodies of forms: one that is too large is refused with 413 and one that cannot be read with 400, never a 500.
// adapter-node's BODY_SIZE_LIMIT must let a form's files through (tens of MB); a form without files is held to the
// API's own body limit, since everything in it is sent on to the API.
import { error } from '@sveltejs/kit';
import { t, type Locale } from '$lib/i18n';
import { localizeHref } from '$lib/i18n/url';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when a form without files announces a body larger than `limit` bytes. */
export function announcesOversizedForm(request: Request, limit: number): boolean {
  if (!WITH_BODY.has(request.method)) return false;
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return false;
  return Number(request.headers.get('content-length') ?? 0) > limit;
}

/**
 * The answer to a form announced too large, sent before its body is read. `Connection: close` lets the browser
 * send its next request on a fresh connection instead of one still carrying the unread body.
 */
export function oversizedFormResponse(locale: Locale): Response {
  const title = t(locale, 'error.tooLarge.title');
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>413 · ${title}</title><h1>${title}</h1><p>${t(locale, 'error.tooLarge.body')}</p><p><a href="${localizeHref('/', locale)}">${t(locale, 'error.home')}</a></p></html>`;
  return new Response(html, { status: 413, headers: { 'content-type': 'text/html; charset=utf-8', connection: 'close' } });
}

/**
 * Makes `request.formData()` refuse a broken or oversized body as the client's error (400, 413) instead of
 * throwing a TypeError that SvelteKit would answer with 500.
 */
export function guardFormData(request: Request): void {
  const read = request.formData.bind(request);
  Object.defineProperty(request, 'formData', {
    configurable: true,
    value: async () => {
      try {
        return await read();
      } catch (cause) {
        // adapter-node stops a body past BODY_SIZE_LIMIT with a 413 error, which may arrive as the cause.
        const status = (cause as { status?: number }).status ?? ((cause as { cause?: { status?: number } }).cause?.status);
        if (status === 413) error(413, 'Payload Too Large');
        error(400, 'Malformed form body');
      }
    },
  });
}
