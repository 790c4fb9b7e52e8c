// Every list the API returns that can grow is paged: a field returning a list of objects is the `nodes` of a
// *Connection (asked for with `first` and `after`), or it is on the short list below of lists that stay small by
// construction. A new unpaged list fails here until it is paged or argued onto the list.
import { buildSchema, getNamedType, getNullableType, isListType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSdl } from '../../server/graphql/sdl.ts';

/** Lists that cannot grow with use, and why. */
const BOUNDED: Record<string, string> = {
  'InputError.fieldErrors': 'one per field of the input',
  'Query.fieldsOfScience': 'the national classification of fields of science (taxonomy)',
  'FieldOfScience.children': 'the classification’s sub-fields (taxonomy)',
  'Organisation.fields': 'an organisation’s fields of science (taxonomy)',
  'Query.notificationPreferences': 'one per kind of notification',
  'NotificationPreferences.preferences': 'one per kind of notification',
  'Query.legalDocumentVersions': 'the versions of a legal text, written in code (privacy/legal-documents.ts)',
  'User.pendingConsents': 'the legal texts in force (two)',
  'LegalDocumentsAccepted.pendingConsents': 'the legal texts in force (two)',
  'User.consents': 'one per version of a legal text accepted',
  'Listing.images': 'at most MAX_IMAGES_PER_LISTING photos (8)',
  'Listing.ipTitles': 'part of the listing’s own form, saved whole within the body limit',
  'EquipmentOfferDetails.specifications': 'part of the listing’s own form, saved whole within the body limit',
  'EquipmentOfferDetails.specificationsEn': 'part of the listing’s own form, saved whole within the body limit',
  'ModerationDecision.fieldComments': 'one per field of the reviewed form',
  'Revision.changes': 'one per field of the form',
  'InquiryMessage.attachments': 'at most five files per message',
  'Inquiry.ndaAcceptances': 'one per side of the inquiry',
  'Deal.surveys': 'one per side of the deal',
  'Order.payments': 'an order’s payment and its refunds',
  'DealStats.inquiriesByStatus': 'one per inquiry status',
  'DealStats.declinesByReason': 'one per decline reason',
  'SearchHit.highlights': 'the hit’s matched fields',
  'Report.sections': 'the report’s sections, fixed in code (report/report.service.ts)',
  'ReportSection.tables': 'the section’s tables, fixed in code',
  'ReportTable.columns': 'the table’s columns, fixed in code',
  'ReportTable.rows': 'one per kind, field, quarter, commune or IP type; term tables are cut to a fixed top N',
  'SystemStatus.checks': 'the readiness checks (database, migrations, search, workers)',
  'SearchFacets.kind': 'one per listing or organisation kind',
  'SearchFacets.field': 'one per field of science',
  'SearchFacets.trl': 'TRL 1–9',
  'SearchFacets.priceBand': 'one per price band',
  'SearchFacets.commune': 'the province’s communes',
  'SearchFacets.ipType': 'one per kind of IP title',
  'SearchFacets.appraisalLevel': 'one per appraisal level',
  'SearchFacets.verified': 'verified or not',
  // Teasers: the N newest or best, N capped (server/graphql/limits/list-caps.ts); the whole list is the search.
  'Query.latestListings': 'the home page’s newest listings, first ≤ 100',
  'Query.featuredListings': 'the home page’s featured listings, first ≤ 50',
  'Query.suggest': 'the search box’s suggestions, first ≤ 20',
  'User.memberships': 'the organisations a person belongs to',
  'Person.memberships': 'the organisations a person belongs to',
  'MyListingsConnection.byStatus': 'one per moderation status',
  'OrganisationOrderConnection.byStatus': 'one per order status',
  'Listing.related': 'a listing page’s related listings, first ≤ 12',
  'ListingMatch.reasons': 'at most one per kind of match reason (eight)',
  'EventExhibitor.listings': 'at most MAX_EVENT_LISTINGS (10) chosen at registration (event/event.validation.ts)',
  'EventExhibitor.slots': 'at most MAX_SLOTS_PER_EXHIBITOR (60) per exhibitor (event/event.validation.ts)',
};

const schema = buildSchema(loadSdl());

function objectLists(): { name: string; parent: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values((type as ReturnType<typeof schema.getQueryType> & object).getFields())
        .filter((field) => isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type)))
        .map((field) => ({ name: `${type.name}.${field.name}`, parent: type.name, field })),
    );
}

const isConnectionNodes = (parent: string, field: string) => parent.endsWith('Connection') && field === 'nodes';

describe('lists in the GraphQL schema', () => {
  it('are paged unless they are bounded', () => {
    const unpaged = objectLists()
      .filter(({ name, parent, field }) => !isConnectionNodes(parent, field.name) && !(name in BOUNDED))
      .map(({ name }) => name);
    expect(unpaged).toEqual([]);
  });

  it('list no field as bounded that is not an unpaged list of objects', () => {
    const lists = new Set(objectLists().filter(({ parent, field }) => !isConnectionNodes(parent, field.name)).map(({ name }) => name));
    expect(Object.keys(BOUNDED).filter((name) => !lists.has(name))).toEqual([]);
  });

  it('have one connection shape: nodes, pageInfo, and first/after on every field returning one', () => {
    const connections = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(5);
    for (const type of connections) {
      const fields = (type as ReturnType<typeof schema.getQueryType> & object).getFields();
      expect(String(fields.nodes?.type), type.name).toMatch(/^\[\w+!\]!$/);
      expect(String(fields.pageInfo?.type), type.name).toBe('PageInfo!');
    }
    const pageInfo = schema.getType('PageInfo') as ReturnType<typeof schema.getQueryType> & object;
    expect(Object.fromEntries(Object.values(pageInfo.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({
      hasNextPage: 'Boolean!',
      endCursor: 'String',
    });
    const returning = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as ReturnType<typeof schema.getQueryType> & object).getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => getNamedType(field.type).name.endsWith('Connection'));
    for (const { type, field } of returning) {
      const where = `${type.name}.${field.name}`;
      expect(isNonNullType(field.type), where).toBe(true);
      const args = Object.fromEntries(field.args.map((a) => [a.name, a]));
      expect(String(args.first?.type), where).toBe('Int');
      expect(args.first?.defaultValue, where).toBe(20);
      expect(String(args.after?.type), where).toBe('String');
      expect(Object.keys(args).filter((name) => name === 'offset' || name === 'last' || name === 'before'), where).toEqual([]);
    }
  });
});
