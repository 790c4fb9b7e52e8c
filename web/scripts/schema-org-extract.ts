// Writes src/lib/moderation/schema-org-vocabulary.json: the part of the schema.org vocabulary the site's JSON-LD uses
// (types with their parent types, properties with the types they apply to and the types of their values,
// enumeration members), from a schema.org release file, so the JSON-LD test checks against schema.org's own
// definitions without shipping all 3,000 terms.
//   npx tsx scripts/schema-org-extract.ts <release>/schemaorg-current-https.jsonld <version> [<commit>]
// The release files are in schema.org's repository (github.com/schemaorg/schemaorg, data/releases/<version>/).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TYPES = ['Offer', 'Demand', 'Product', 'Service', 'Organization', 'Brand', 'PriceSpecification', 'PropertyValue', 'AdministrativeArea', 'PostalAddress', 'OfferItemCondition', 'ImageObject'];
// `isPartOf` names the section of pending terms; it is kept, so the test can refuse them.
const PROPERTIES = [
  'name', 'description', 'url', 'image', 'identifier', 'alternateName', 'sameAs', 'category', 'keywords', 'itemOffered', 'offers',
  'seller', 'provider', 'areaServed', 'serviceType', 'brand', 'model', 'itemCondition', 'price', 'priceCurrency', 'priceSpecification',
  'minPrice', 'maxPrice', 'validThrough', 'availabilityEnds', 'propertyID', 'value', 'address', 'streetAddress', 'addressLocality',
  'addressRegion', 'addressCountry', 'businessFunction',
];
const DATA_TYPES = ['Text', 'URL', 'Number', 'Date', 'DateTime', 'Boolean'];

type Node = { '@id': string; '@type': string | string[]; [key: string]: unknown };
const [file, version, commit] = process.argv.slice(2);
if (!file || !version) throw new Error('usage: schema-org-extract.ts <schemaorg-current-https.jsonld> <version>');
const graph = (JSON.parse(readFileSync(file, 'utf8')) as { '@graph': Node[] })['@graph'];
const byId = new Map(graph.map((node) => [node['@id'].replace(/^schema:/, ''), node]));
// Terms of other vocabularies (a class's equivalents elsewhere) are left out.
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((v) => (v as { '@id': string })['@id'])
    .filter((id) => id.startsWith('schema:'))
    .map((id) => id.replace(/^schema:/, ''));
const pending = (node: Node) => ids(node['schema:isPartOf']).some((part) => part.includes('pending'));

const types: Record<string, { parents: string[]; pending?: true }> = {};
const addType = (name: string) => {
  const node = byId.get(name);
  if (!node || types[name]) return;
  types[name] = { parents: ids(node['rdfs:subClassOf']), ...(pending(node) ? { pending: true as const } : {}) };
  types[name].parents.forEach(addType);
};
[...TYPES, ...DATA_TYPES].forEach(addType);

const properties: Record<string, { domain: string[]; range: string[]; pending?: true }> = {};
for (const name of PROPERTIES) {
  const node = byId.get(name);
  if (!node) throw new Error(`schema.org ${version} has no property ${name}`);
  properties[name] = { domain: ids(node['schema:domainIncludes']), range: ids(node['schema:rangeIncludes']), ...(pending(node) ? { pending: true as const } : {}) };
}

// Members of the enumerations used (e.g. UsedCondition is an OfferItemCondition).
const members: Record<string, string> = {};
for (const node of graph) {
  const type = (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).map((t) => t.replace(/^schema:/, ''));
  const enumeration = type.find((t) => TYPES.includes(t) && t.endsWith('Condition'));
  if (enumeration) members[node['@id'].replace(/^schema:/, '')] = enumeration;
}

const out = {
  source: `schema.org ${version}: data/releases/${version}/${path.basename(file)} of github.com/schemaorg/schemaorg${commit ? ` (commit ${commit})` : ''}, CC BY-SA 3.0; extracted by web/scripts/schema-org-extract.ts`,
  version,
  types,
  properties,
  members,
};
writeFileSync(new URL('../src/lib/moderation/schema-org-vocabulary.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
