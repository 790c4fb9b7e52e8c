// Reading the listing form both ways: a listing becomes the form's values, and a step's form data becomes a
// ListingInput for the API (with the problems the web can see itself, such as a price that is not an amount).
import type { IpTitleInput, ListingInput, ListingKind, PriceType, WorkspaceListingFragment } from '$lib/graphql/generated';
import { dayInVietnam, endOfDayInVietnam, isDateInput } from './dates';
import { STEP_FIELDS, type EditStep, type FieldSpec, type FieldType, type Problems, type Values } from './listing-form';
import { IP_STATUSES, IP_TYPES, isOneOf, PRICE_TYPES, RIGHTS_KINDS } from './vocabulary';

// ───────────────────────────── listing → values ─────────────────────────────

function read(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), source);
}

function formatValue(type: FieldType, value: unknown): string | string[] {
  if (value === null || value === undefined) return type === 'choices' ? [] : '';
  switch (type) {
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : String(value);
    case 'keywords':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'choices':
      return Array.isArray(value) ? value.map(String) : [];
    case 'instant':
      return dayInVietnam(String(value));
    case 'bool':
      return value === true ? 'true' : '';
    case 'yesno':
      return value === true ? 'true' : value === false ? 'false' : '';
    case 'specs':
      return Array.isArray(value) ? value.map((s: { name: string; value: string }) => `${s.name}: ${s.value}`).join('\n') : '';
    default:
      return String(value);
  }
}

/** Every input of the kind's form, filled from the listing. */
export function valuesOf(listing: WorkspaceListingFragment): Values {
  const source = {
    ...listing,
    fieldCode: listing.field?.code ?? null,
    price: {
      type: listing.price.type,
      // A fixed price is one amount, whichever bound holds it.
      min: listing.price.min ?? (listing.price.type === 'FIXED' ? listing.price.max : null),
      max: listing.price.type === 'RANGE' ? listing.price.max : null,
    },
  };
  const values: Values = {};
  for (const specs of Object.values(STEP_FIELDS[listing.kind])) {
    for (const spec of specs) values[spec.path] = formatValue(spec.type, read(source, spec.path));
  }
  if (!values['price.type']) values['price.type'] = 'NEGOTIABLE';
  listing.ipTitles.forEach((title, i) => {
    values[`ipTitles.${i}.type`] = title.type;
    values[`ipTitles.${i}.status`] = title.status;
    values[`ipTitles.${i}.number`] = title.number ?? '';
    values[`ipTitles.${i}.title`] = title.title;
    values[`ipTitles.${i}.titleEn`] = title.titleEn ?? '';
    values[`ipTitles.${i}.ownerName`] = title.ownerName;
    values[`ipTitles.${i}.grantedAt`] = dayInVietnam(title.grantedAt);
  });
  values['ipTitles.count'] = String(listing.ipTitles.length);
  return values;
}

/** Values as the form would post them (the inverse of reading them back). */
export function formDataOf(values: Values): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

// ───────────────────────────── form data → input ─────────────────────────────

const MAX_SAFE_VND = Number.MAX_SAFE_INTEGER;

/** Whole đồng: digits, optionally grouped by dots, commas or spaces (150.000.000, 150,000,000, 150 000 000). */
export function parseVnd(raw: string): number | null {
  const text = raw.replace(/\s*(₫|đ|đồng|vnd|VND)\s*$/i, '').trim();
  if (!/^\d+$/.test(text) && !/^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(text)) return null;
  const amount = Number(text.replace(/\D/g, ''));
  return Number.isSafeInteger(amount) && amount <= MAX_SAFE_VND ? amount : null;
}

export function parseInteger(raw: string): number | null {
  const text = raw.trim();
  return /^-?\d{1,15}$/.test(text) ? Number(text) : null;
}

export function parseDecimal(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

export function splitLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s+/, '').trim())
    .filter(Boolean);
}

export function splitKeywords(raw: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of raw.split(/[,;\n]/)) {
    const keyword = part.trim().replace(/\s+/g, ' ');
    if (keyword && !seen.has(keyword.toLowerCase())) {
      seen.add(keyword.toLowerCase());
      keywords.push(keyword);
    }
  }
  return keywords;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Reads one input: its raw value for the form, and what it means for the API (undefined = leave unchanged). */
function readField(spec: FieldSpec, form: FormData): { raw: string | string[]; value: unknown; problem?: string } {
  const empty = spec.empty === 'blank' ? '' : spec.empty === 'omit' ? undefined : null;
  if (spec.type === 'choices') {
    const chosen = form.getAll(spec.path).filter((v): v is string => typeof v === 'string');
    return { raw: chosen, value: chosen.filter((v) => spec.options?.includes(v)) };
  }
  if (spec.type === 'bool') {
    const on = text(form, spec.path) === 'true';
    return { raw: on ? 'true' : '', value: on };
  }
  const raw = text(form, spec.path);
  const trimmed = raw.trim();
  if (trimmed === '') {
    if (spec.type === 'lines' || spec.type === 'keywords' || spec.type === 'specs') return { raw, value: [] };
    if (spec.type === 'yesno') return { raw, value: undefined };
    return { raw, value: empty };
  }
  switch (spec.type) {
    case 'text':
    case 'multiline':
      return { raw, value: spec.type === 'text' ? trimmed.replace(/\s+/g, ' ') : trimmed };
    case 'lines':
      return { raw, value: splitLines(raw) };
    case 'keywords':
      return { raw, value: splitKeywords(raw) };
    case 'int': {
      const n = parseInteger(trimmed);
      return n === null ? { raw, value: undefined, problem: 'NOT_AN_INTEGER' } : { raw, value: n };
    }
    case 'vnd': {
      const n = parseVnd(trimmed);
      return n === null ? { raw, value: undefined, problem: 'NOT_AN_AMOUNT' } : { raw, value: n };
    }
    case 'decimal': {
      const n = parseDecimal(trimmed);
      return n === null ? { raw, value: undefined, problem: 'NOT_A_NUMBER' } : { raw, value: n };
    }
    case 'instant':
      return isDateInput(trimmed) ? { raw, value: endOfDayInVietnam(trimmed) } : { raw, value: undefined, problem: 'INVALID_DATE' };
    case 'day':
      return isDateInput(trimmed) ? { raw, value: trimmed } : { raw, value: undefined, problem: 'INVALID_DATE' };
    case 'choice':
      return isOneOf(spec.options ?? [], trimmed) ? { raw, value: trimmed } : { raw, value: undefined, problem: 'INVALID_VALUE' };
    case 'yesno':
      return { raw, value: trimmed === 'true' ? true : trimmed === 'false' ? false : undefined };
    case 'specs': {
      const specs: { name: string; value: string }[] = [];
      for (const line of splitLines(raw)) {
        const colon = line.indexOf(':');
        if (colon <= 0) return { raw, value: undefined, problem: 'SPEC_FORMAT' };
        specs.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
      }
      return { raw, value: specs };
    }
  }
}

export interface ParsedStep {
  /** What to send to updateListing; only this step's fields (the API leaves the others as they are). */
  input: ListingInput;
  /** The form as submitted, to show again when something is wrong. */
  values: Values;
  /** Problems found before asking the API (a number that is not a number, an impossible date). */
  problems: Problems;
}

/** Reads one step of the listing form. */
export function parseStep(kind: ListingKind, step: EditStep, form: FormData): ParsedStep {
  const values: Values = {};
  const problems: Problems = {};
  const input: Record<string, unknown> = {};

  for (const spec of STEP_FIELDS[kind][step]) {
    const { raw, value, problem } = readField(spec, form);
    values[spec.path] = raw;
    if (problem) problems[spec.path] = problem;
    else if (value !== undefined && !spec.path.startsWith('price.') && !spec.path.startsWith('technology.rights.')) {
      setPath(input, spec.path, value);
    }
  }

  if (STEP_FIELDS[kind][step].some((s) => s.path === 'price.type')) {
    const type: PriceType = isOneOf(PRICE_TYPES, values['price.type']) ? values['price.type'] : 'NEGOTIABLE';
    values['price.type'] = type;
    // A bound the chosen type does not use is not a problem (it is not sent).
    if (type !== 'RANGE') delete problems['price.max'];
    if (type === 'NEGOTIABLE') delete problems['price.min'];
    if (!problems['price.min'] && !problems['price.max']) {
      const min = parseVnd(String(values['price.min'] ?? ''));
      const max = parseVnd(String(values['price.max'] ?? ''));
      input.price =
        type === 'NEGOTIABLE' ? { type, min: null, max: null } : type === 'FIXED' ? { type, min, max: null } : { type, min, max };
    }
  }

  if (kind === 'TECHNOLOGY_OFFER' && step === 'terms') {
    const rightsKind = String(values['technology.rights.kind'] ?? '');
    const territory = String(values['technology.rights.territory'] ?? '').trim();
    const territoryEn = String(values['technology.rights.territoryEn'] ?? '').trim().replace(/\s+/g, ' ');
    const technology = (input.technology ??= {}) as Record<string, unknown>;
    if (isOneOf(RIGHTS_KINDS, rightsKind)) {
      technology.rights = {
        kind: rightsKind,
        exclusive: values['technology.rights.exclusive'] === 'true',
        territory,
        territoryEn: territoryEn || null,
        sublicensing: values['technology.rights.sublicensing'] === 'true',
      };
    } else if (territory || territoryEn || values['technology.rights.exclusive'] || values['technology.rights.sublicensing']) {
      problems['technology.rights.kind'] = 'REQUIRED';
    } else {
      technology.rights = null;
    }
    // A royalty rate belongs to royalty pricing only: without it the rate is cleared, whatever was typed.
    if (technology.priceBasis !== 'ROYALTY') {
      technology.royaltyPercent = null;
      delete problems['technology.royaltyPercent'];
    }
  }

  return { input: input as ListingInput, values, problems };
}

// ───────────────────────────── IP titles ─────────────────────────────

const IP_FIELDS = ['type', 'status', 'number', 'title', 'titleEn', 'ownerName', 'grantedAt'] as const;

export interface ParsedIpTitles {
  ipTitles: IpTitleInput[];
  /** The form row each sent title came from (rows left blank are not sent). */
  rowOf: number[];
  values: Values;
  problems: Problems;
}

/**
 * Reads the IP title rows. `remove` drops a row (its "remove" button was pressed); `add` appends an empty one.
 * Rows with nothing typed are ignored, so the empty row the form always offers costs nothing.
 */
export function parseIpTitles(form: FormData, options: { remove?: number; add?: boolean } = {}): ParsedIpTitles {
  const count = Math.min(Math.max(parseInteger(text(form, 'ipTitles.count')) ?? 0, 0), 50);
  const rows: Record<(typeof IP_FIELDS)[number], string>[] = [];
  for (let i = 0; i < count; i++) {
    if (i === options.remove) continue;
    rows.push(Object.fromEntries(IP_FIELDS.map((k) => [k, text(form, `ipTitles.${i}.${k}`)])) as Record<(typeof IP_FIELDS)[number], string>);
  }
  const values: Values = {};
  const problems: Problems = {};
  const ipTitles: IpTitleInput[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, i) => {
    for (const k of IP_FIELDS) values[`ipTitles.${i}.${k}`] = row[k];
    const typed = row.number.trim() || row.title.trim() || row.titleEn.trim() || row.ownerName.trim() || row.grantedAt.trim();
    if (!typed) return;
    const type = row.type.trim();
    const status = row.status.trim();
    if (!isOneOf(IP_TYPES, type)) problems[`ipTitles.${i}.type`] = 'REQUIRED';
    if (!isOneOf(IP_STATUSES, status)) problems[`ipTitles.${i}.status`] = 'REQUIRED';
    if (!row.title.trim()) problems[`ipTitles.${i}.title`] = 'REQUIRED';
    if (!row.ownerName.trim()) problems[`ipTitles.${i}.ownerName`] = 'REQUIRED';
    const grantedAt = row.grantedAt.trim();
    if (grantedAt && !isDateInput(grantedAt)) problems[`ipTitles.${i}.grantedAt`] = 'INVALID_DATE';
    if (isOneOf(IP_TYPES, type) && isOneOf(IP_STATUSES, status)) {
      ipTitles.push({
        type,
        status,
        number: row.number.trim() || null,
        title: row.title.trim(),
        titleEn: row.titleEn.trim() || null,
        ownerName: row.ownerName.trim(),
        // A grant date is a calendar day; noon in Vietnam keeps it on that day in any time zone.
        grantedAt: grantedAt && isDateInput(grantedAt) ? `${grantedAt}T05:00:00.000Z` : null,
      });
      rowOf.push(i);
    }
  });
  values['ipTitles.count'] = String(rows.length + (options.add ? 1 : 0));
  return { ipTitles, rowOf, values, problems };
}

/**
 * An API error path about the k-th sent title (`ipTitles.2.number`, or `ipTitles.2` for the title as a whole) →
 * the form row's input that shows it.
 */
export function ipErrorPath(path: string, rowOf: number[]): string {
  const match = /^(?:input\.)?(?:ipTitles\.)?(\d+)(?:\.(\w+))?/.exec(path);
  if (!match) return path;
  const row = rowOf[Number(match[1])] ?? Number(match[1]);
  const field = !match[2] || match[2] === 'titleVi' ? 'title' : match[2];
  return `ipTitles.${row}.${field}`;
}
