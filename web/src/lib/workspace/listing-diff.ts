// A listing's edits against what it holds: revisions read in the form's terms, and a step's input trimmed to what
// really changed (so a published listing's revision records real edits only).
import type { IpTitleInput, ListingInput, ListingKind, WorkspaceListingFragment } from '$lib/graphql/generated';
import { dayInVietnam } from './dates';
import { normalisePath, type EditStep } from './listing-form';
import { formDataOf, parseStep, valuesOf } from './listing-parse';

// ───────────────────────────── revisions ─────────────────────────────

const DETAILS_BLOCK: Record<ListingKind, string> = {
  TECHNOLOGY_OFFER: 'technology',
  EQUIPMENT_OFFER: 'equipment',
  TECHNOLOGY_REQUEST: 'request',
};
const STORED_TO_INPUT: Record<string, string> = {
  priceType: 'price.type',
  priceMin: 'price.min',
  priceMax: 'price.max',
  'details.partnerType': 'request.partnerTypes',
  'details.budget': 'request.budgetMin',
};

/** A revision's changed field as the API stores it (`details.problemSolved`, `priceMin`) → the form's input path. */
export function changePath(kind: ListingKind, field: string): string {
  if (STORED_TO_INPUT[field]) return STORED_TO_INPUT[field];
  if (field.startsWith('details.')) return `${DETAILS_BLOCK[kind]}.${field.slice('details.'.length)}`;
  return field;
}

/** A revision's value as readable text: JSON lists become lines, JSON objects `key: value` lines. */
export function changeText(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return text;
  try {
    const value: unknown = JSON.parse(trimmed);
    const line = (v: unknown): string =>
      v && typeof v === 'object'
        ? Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== null && x !== '')
            .map(([k, x]) => (typeof x === 'object' ? `${k}: ${JSON.stringify(x)}` : `${k}: ${String(x)}`))
            .join(' · ')
        : String(v);
    return Array.isArray(value) ? value.map(line).join('\n') : line(value).split(' · ').join('\n');
  } catch {
    return text;
  }
}

// ───────────────────────────── only what changed ─────────────────────────────

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The step's input without the fields that still say what the listing says, read the same way. Saving a
 * published listing then records only real edits in its revision (not, say, a validity date written as another
 * instant of the same day), and an untouched step sends nothing. Fields still reported missing are always sent:
 * the form may show a value the listing does not hold yet (the API answers a quantity of 1 before one is saved).
 */
export function changedInput(listing: WorkspaceListingFragment, step: EditStep, input: ListingInput): ListingInput {
  const baseline = parseStep(listing.kind, step, formDataOf(valuesOf(listing))).input as Record<string, unknown>;
  const missing = new Set(listing.missingForSubmission.map(normalisePath));
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const before = baseline[key];
    if (key === 'technology' || key === 'equipment' || key === 'request') {
      const block = Object.fromEntries(
        Object.entries((value ?? {}) as Record<string, unknown>).filter(
          ([k, v]) =>
            missing.has(`${key}.${k}`) ||
            missing.has(`${key}.${k}.kind`) ||
            !same(v, ((before ?? {}) as Record<string, unknown>)[k]),
        ),
      );
      if (Object.keys(block).length) changed[key] = block;
    } else if (missing.has(key) || (key === 'price' && missing.has('price.min')) || !same(value, before)) {
      changed[key] = value;
    }
  }
  return changed as ListingInput;
}

/** Whether the IP titles to send differ from the listing's. */
export function ipTitlesChanged(listing: WorkspaceListingFragment, ipTitles: IpTitleInput[]): boolean {
  const key = (t: { type: string; status: string; number?: string | null; title: string; titleEn?: string | null; ownerName: string; grantedAt?: string | null }) =>
    [t.type, t.status, t.number ?? '', t.title, t.titleEn ?? '', t.ownerName, dayInVietnam(t.grantedAt)].join('\u0000');
  return !same(listing.ipTitles.map(key), ipTitles.map(key));
}
