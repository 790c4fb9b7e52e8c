// /terms and /privacy: the current version of a document, or an older one by ?version=.
import { error, type ServerLoadEvent } from '@sveltejs/kit';
import { LegalDocumentPageDocument, type LegalDocumentKind } from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';

export function legalPageLoad(document: LegalDocumentKind) {
  return async (event: ServerLoadEvent) => {
    const version = event.url.searchParams.get('version');
    // A version is a short label; anything else names no version.
    if (version !== null && !/^[\w.-]{1,20}$/.test(version)) error(404, t(event.locals.locale, 'legal.notFound'));
    const data = await gql(event, LegalDocumentPageDocument, { document, version });
    if (!data.legalDocument) error(404, t(event.locals.locale, 'legal.notFound'));
    return { legal: data.legalDocument, versions: data.legalDocumentVersions };
  };
}
