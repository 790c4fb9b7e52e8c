import { fail, redirect } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import { LEGAL_DOCUMENT_KIND_VALUES } from '$lib/graphql/enums';
import { AcceptLegalDocumentsDocument, PendingConsentsDocument, type LegalDocumentKind } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

/** Where to go once everything is accepted: where the person was, never back here. */
function backTo(value: FormDataEntryValue | string | null): string {
  const target = safeRedirectTarget(value);
  return target.startsWith('/consent') ? '/' : target;
}

export const load: PageServerLoad = async (event) => {
  const redirectTo = backTo(event.url.searchParams.get('redirectTo'));
  if (!event.locals.user) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`, event.locals.locale));
  const { me } = await gql(event, PendingConsentsDocument);
  if (!me) redirect(303, localizeHref(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`, event.locals.locale));
  if (me.pendingConsents.length === 0) redirect(303, localizeHref(redirectTo, event.locals.locale));
  return { pending: me.pendingConsents, redirectTo };
};

const DOCUMENTS: readonly LegalDocumentKind[] = LEGAL_DOCUMENT_KIND_VALUES;

export const actions: Actions = {
  accept: async (event) => {
    const form = await event.request.formData();
    const locale = event.locals.locale;
    if (!form.has('accept')) return fail(400, { error: t(locale, 'consent.mustTick') });
    // Each document the page showed comes back as "DOCUMENT:version", the version the person read.
    const documents = form
      .getAll('document')
      .map((entry) => {
        const [document = '', version = ''] = String(entry).split(':');
        return { document: document as LegalDocumentKind, version };
      })
      .filter((d) => DOCUMENTS.includes(d.document) && d.version);
    const { acceptLegalDocuments: result } = await gql(event, AcceptLegalDocumentsDocument, { input: { documents } });
    if (result.__typename === 'InputError') {
      const errors = formErrors(locale, result);
      return fail(400, { error: errors.formError ?? Object.values(errors.fieldErrors)[0] ?? null });
    }
    redirect(303, localizeHref(backTo(form.get('redirectTo')), event.locals.locale));
  },
};
