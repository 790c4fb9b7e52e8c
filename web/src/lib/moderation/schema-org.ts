// Checks a JSON-LD object against the schema.org vocabulary (the extract in schema-org-vocabulary.json, see its
// `source`): every type exists, every property exists and applies to its node's type (domainIncludes, through the
// type's parents), and every value is of a type the property allows (rangeIncludes); plus the properties Google
// requires of the rich results the data can give (a Product with an offer). Answers the problems found.
import vocabulary from './schema-org-vocabulary.json';

interface Vocabulary {
  types: Record<string, { parents: string[]; pending?: boolean }>;
  properties: Record<string, { domain: string[]; range: string[]; pending?: boolean }>;
  members: Record<string, string>;
}
const { types, properties, members } = vocabulary as Vocabulary;
const SCHEMA = 'https://schema.org/';
const TEXT_TYPES = ['Text', 'URL', 'Date', 'DateTime'];

/** The type and all its parents, up to Thing (or DataType). */
function lineage(type: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const parent of types[name]?.parents ?? []) visit(parent);
  };
  visit(type);
  return seen;
}

const isA = (type: string, anyOf: readonly string[]) => anyOf.some((wanted) => lineage(type).has(wanted));

/** The document being checked: the problems found so far, and its nodes by `@id` (for references). */
interface Check {
  problems: string[];
  nodes: Map<string, Record<string, unknown>>;
}

function checkValue(value: unknown, property: string, range: string[], at: string, check: Check): void {
  const { problems } = check;
  if (Array.isArray(value)) return value.forEach((v, i) => checkValue(v, property, range, `${at}[${i}]`, check));
  if (typeof value === 'string') {
    const member = value.startsWith(SCHEMA) ? members[value.slice(SCHEMA.length)] : undefined;
    if (member ? !range.includes(member) : !range.some((r) => TEXT_TYPES.includes(r) || isA(r, ['Text']))) {
      problems.push(`${at}: ${property} takes ${range.join(' | ')}, not text`);
    }
    return;
  }
  if (typeof value === 'number') {
    if (!range.includes('Number')) problems.push(`${at}: ${property} takes ${range.join(' | ')}, not a number`);
    return;
  }
  if (typeof value === 'boolean') {
    if (!range.includes('Boolean')) problems.push(`${at}: ${property} takes ${range.join(' | ')}, not a boolean`);
    return;
  }
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const type = typeof node['@type'] === 'string' ? node['@type'] : check.nodes.get(String(node['@id']))?.['@type'];
    if (typeof type !== 'string') {
      problems.push(`${at}: a node without a type, or a reference to no node of this document`);
      return;
    }
    if (!range.some((r) => isA(type, [r]))) problems.push(`${at}: ${property} takes ${range.join(' | ')}, not ${type}`);
    if (typeof node['@type'] === 'string') checkNode(node, at, check);
    return;
  }
  problems.push(`${at}: ${property} has an empty value`);
}

function checkNode(node: Record<string, unknown>, at: string, check: Check): void {
  const { problems } = check;
  const type = node['@type'] as string;
  if (!types[type] || types[type].pending) {
    problems.push(`${at}: ${type} is not a schema.org type`);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    const property = properties[key];
    if (!property || property.pending) {
      problems.push(`${at}.${key}: not a schema.org property (or not in the extract)`);
      continue;
    }
    if (!isA(type, property.domain)) problems.push(`${at}.${key}: does not apply to ${type} (only ${property.domain.join(', ')})`);
    checkValue(value, key, property.range, `${at}.${key}`, check);
  }
  if (type === 'Product' && node.offers) googleProduct(node, at, check);
}

/** Google's product results: a name, and an offer with a price and its currency. */
function googleProduct(product: Record<string, unknown>, at: string, { problems, nodes }: Check): void {
  if (!product.name) problems.push(`${at}: Google requires a Product's name`);
  const offer = product.offers as Record<string, unknown>;
  const resolved = (offer['@id'] ? nodes.get(String(offer['@id'])) : offer) ?? {};
  const specification = resolved.priceSpecification as Record<string, unknown> | undefined;
  if (resolved.price == null && specification?.price == null) problems.push(`${at}.offers: Google requires a price`);
  if (!resolved.priceCurrency && !specification?.priceCurrency) problems.push(`${at}.offers: Google requires priceCurrency`);
}

/** Every problem of a JSON-LD document (an object with `@context` https://schema.org); none when it is valid. */
export function schemaOrgProblems(document: Record<string, unknown>): string[] {
  const check: Check = { problems: [], nodes: new Map() };
  if (document['@context'] !== 'https://schema.org') check.problems.push('@context: not https://schema.org');
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (typeof node['@id'] === 'string' && typeof node['@type'] === 'string') check.nodes.set(node['@id'], node);
    Object.values(node).forEach(collect);
  };
  collect(document);
  checkNode(document, '$', check);
  return check.problems;
}
