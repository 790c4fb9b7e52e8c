// A message with files goes to the API's multipart route (message and files are stored together or not at all); a
// message without files is a plain GraphQL mutation. The limits come from the API's settings: the API and this app
// run in one process with one environment.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { ReplyToInquiryDocument } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { ApiError, gql, upload } from '$lib/server/api';
import { orNotFound } from '$lib/workspace/guard.server';
import { formErrors, type FormErrors } from '$lib/errors';
import { INQUIRY_ERRORS } from './forms';
import { localizeHref } from '$lib/i18n/url';

/** Files one message may carry (the API's MAX_ATTACHMENTS_PER_MESSAGE). */
export const MAX_FILES = 5;

export interface AttachmentLimits {
  maxBytes: number;
  maxFiles: number;
}

export function attachmentLimits(): AttachmentLimits {
  const configured = Number(process.env.MAX_ATTACHMENT_BYTES);
  return { maxBytes: Number.isInteger(configured) && configured > 0 ? configured : 10_000_000, maxFiles: MAX_FILES };
}

/** A file the person chose (an empty file input still sends a nameless, empty part). */
export function isChosenFile(value: FormDataEntryValue | null): value is File {
  return typeof value === 'object' && value !== null && (value.size > 0 || value.name !== '');
}

/** The request body was larger than the web server takes: nothing of the form could be read. */
export function isBodyTooLarge(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && (cause as { status?: unknown }).status === 413;
}

interface UploadAnswer {
  __typename?: string;
  code?: string;
  message?: string;
  fieldErrors?: { field: string; code: string; message: string }[];
}

/** Sends a reply; answers the problems to show, or null when the message went in. */
export async function sendReply(event: RequestEvent, inquiryId: string, body: string, files: File[]): Promise<FormErrors | null> {
  const locale = event.locals.locale;
  if (!files.length) {
    const { replyToInquiry } = await orNotFound(event, () => gql(event, ReplyToInquiryDocument, { id: inquiryId, body }));
    return replyToInquiry.__typename === 'InputError' ? formErrors(locale, replyToInquiry, INQUIRY_ERRORS) : null;
  }
  const parts = await Promise.all(
    files.map(async (file) => ({ field: 'file', name: file.name || 'file', data: new Uint8Array(await file.arrayBuffer()) })),
  );
  const { status, body: answer } = await upload<UploadAnswer>(event, `/api/inquiries/${encodeURIComponent(inquiryId)}/messages`, { body }, parts);
  if (status === 201) return null;
  if ((status === 400 || status === 409) && answer?.code) {
    return formErrors(locale, { code: answer.code, message: answer.message ?? '', fieldErrors: answer.fieldErrors ?? [] }, INQUIRY_ERRORS);
  }
  if (status === 401) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`, event.locals.locale));
  if (status === 403 || status === 404) error(404, t(locale, 'error.notFound.title'));
  throw new ApiError(`Message upload answered ${status}${answer?.code ? ` [${answer.code}]` : ''}`, status);
}
