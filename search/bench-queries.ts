// The fixed query mix of `npm run bench:search`, shared with anything that times the engine by hand.
import type { SearchQuery } from './types.ts';

// What buyers type: with and without accents, with typos, short prefixes, and filters on two facets.
export const MIX: Array<Partial<SearchQuery> & { text: string }> = [
  { text: 'máy sấy thanh long' },
  { text: 'may say thanh long' },
  { text: 'thnah long' },
  { text: 'bảo quản nông sản', kinds: ['TECHNOLOGY_OFFER'] },
  { text: 'bao quan nong san', filters: { trlMin: 6, priceBands: ['FROM_100M_TO_500M', 'FROM_500M_TO_2B'] } },
  { text: 'xử lý nước thải' },
  { text: 'xu ly nuoc thai', kinds: ['TECHNOLOGY_REQUEST'], filters: { fieldCodes: ['2'] } },
  { text: 'chế phẩm vi sinh' },
  { text: 'che pham vi sinh', filters: { fieldCodes: ['4'], verified: true } },
  { text: 'truy xuất nguồn gốc' },
  { text: 'truy xuat' },
  { text: 'tinh dầu', kinds: ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER'] },
  { text: 'khoai mo ben ke' },
  { text: 'lua gao', filters: { communes: ['Thủ Thừa'], trlMin: 5 } },
  { text: 'công nghệ sinh học' },
  { text: 'cong nghe' },
  { text: 'đèn led', sort: 'NEWEST' },
  { text: 'den led', filters: { priceBands: ['UNDER_100M'] } },
  { text: 'băng tải', kinds: ['EQUIPMENT_OFFER'], sort: 'PRICE_ASC' },
  { text: '', kinds: ['ST_ENTERPRISE'] },
  { text: '', filters: { fieldCodes: ['4'], trlMin: 7 } },
];

export const GRAPHQL = `query($q: String, $kinds: [SearchKind!], $filters: SearchFilters, $sort: SearchSort) {
  search(query: $q, kinds: $kinds, filters: $filters, sort: $sort, first: 20) {
    totalCount
    nodes { kind score highlights { field html } entity { ... on Listing { slug title price { type min } } ... on Organisation { slug name } } }
    facets { kind { value count } field { value count } trl { value count } priceBand { value count } commune { value count } ipType { value count } appraisalLevel { value count } verified { value count } }
  } }`;
