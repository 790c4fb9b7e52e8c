// The audit trail as a moderator reads it: each recorded event as a sentence (who did what), its details by their
// labels (statuses, decisions, reasons, claims, roles in words; the department's comments per field as a list) and
// the content it changed as a word-level diff. Nothing of the stored JSON, its keys or its codes is shown as such: an
// action or a detail the web does not know yet is named in words made from its name.
import { isMessageKey, type Locale, type Translate } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { fieldLabel } from './fields';

export interface AuditEntryData {
  action: string;
  actorName: string | null;
  data: string;
  /** The platform acted by itself (the clock's jobs, the seed): the sentence names the platform, not a person. */
  byPlatform?: boolean;
}

export interface AuditFact {
  label: string;
  value: string;
}

export interface AuditFieldComment {
  label: string;
  comment: string;
}

export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditEvent {
  sentence: string;
  facts: AuditFact[];
  fieldComments: AuditFieldComment[];
  /** Content edits, field by field (text as the API compared it; ChangesTable-like views make it readable). */
  changes: AuditChange[];
}

/** `transferOwnership`, `request_changes`, `revision.approve` → "transfer ownership", "request changes", … */
export function humanize(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Dictionary groups an enum code may belong to, tried in order for a value the event's key does not place. */
const CODE_GROUPS = ['status', 'revisionStatus', 'moderationAction', 'moderationReason', 'claim', 'listingKind', 'organisationKind', 'membershipRole'];

/** Which group names the codes stored under a key. */
const GROUP_OF: Record<string, string> = {
  action: 'moderationAction',
  status: 'status',
  reason: 'moderationReason',
  claim: 'claim',
  role: 'membershipRole',
};

const LABEL_OF: Record<string, string> = {
  reason: 'audit.fact.reason',
  comment: 'audit.fact.comment',
  claim: 'audit.fact.claim',
  note: 'audit.fact.note',
  kind: 'audit.fact.kind',
  validUntil: 'audit.fact.validUntil',
  role: 'audit.fact.role',
  email: 'audit.fact.email',
  action: 'audit.fact.action',
  fields: 'audit.fact.fields',
  decision: 'audit.fact.action',
  status: 'audit.fact.status',
  source: 'audit.fact.source',
};

/** Keys that say nothing to a reader: internal identifiers and file names. */
const HIDDEN = /^(id|fileName)$|[a-z](Id|Ids)$/;

function label(t: Translate, key: string): string {
  const known = LABEL_OF[key];
  return known && isMessageKey(known) ? t(known) : humanize(key);
}

function code(t: Translate, value: string, group?: string): string {
  for (const g of group ? [group, ...CODE_GROUPS] : CODE_GROUPS) {
    const key = `${g}.${value}`;
    if (isMessageKey(key)) return t(key);
  }
  return /^[A-Z][A-Z\d_]*$/.test(value) ? humanize(value) : value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** Any stored value as words: codes by their labels, dates formatted, lists joined, objects as "name: value". */
function readable(t: Translate, locale: Locale, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'listing.yes' : 'listing.no');
  if (typeof value === 'number') return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(value);
  if (typeof value === 'string') {
    if (key === 'kind') return code(t, value, value.endsWith('OFFER') || value.endsWith('REQUEST') ? 'listingKind' : 'organisationKind');
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDate(locale, value);
    return code(t, value, GROUP_OF[key]);
  }
  if (Array.isArray(value)) {
    if (key === 'fields') return value.map((item) => fieldLabel(t, String(item))).join(', ');
    return value.map((item) => readable(t, locale, key, item)).join(', ');
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([k]) => !HIDDEN.test(k))
    .map(([k, v]) => `${label(t, k)}: ${readable(t, locale, k, v)}`)
    .join('; ');
}

function parse(data: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    return parsed === null || parsed === undefined ? {} : { details: parsed };
  } catch {
    return data.trim() ? { details: data } : {};
  }
}

function isChange(value: unknown): value is AuditChange {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return typeof c.field === 'string' && (c.before === null || typeof c.before === 'string') && (c.after === null || typeof c.after === 'string');
}

/** The sentence's key: `listing.revision.approve` tries `audit.listing.revision.approve`, then `audit.revision.approve`. */
function sentenceKey(action: string): string | null {
  const withoutEntity = action.slice(action.indexOf('.') + 1);
  for (const key of [`audit.${action}`, `audit.${withoutEntity}`]) if (isMessageKey(key)) return key;
  return null;
}

export function describeAuditEvent(t: Translate, locale: Locale, entry: AuditEntryData): AuditEvent {
  const actor = entry.byPlatform ? t('moderation.audit.platform') : (entry.actorName ?? t('moderation.audit.system'));
  const key = sentenceKey(entry.action);
  const sentence = key
    ? t(key as Parameters<Translate>[0], { actor })
    : t('audit.unknown', { actor, action: humanize(entry.action.slice(entry.action.indexOf('.') + 1)) });

  const data = parse(entry.data);
  const facts: AuditFact[] = [];
  const fieldComments: AuditFieldComment[] = [];
  let changes: AuditChange[] = [];
  if (typeof data.from === 'string' && typeof data.to === 'string') {
    facts.push({ label: t('audit.fact.status'), value: `${code(t, data.from, 'status')} → ${code(t, data.to, 'status')}` });
  }
  for (const [name, value] of Object.entries(data)) {
    if (name === 'from' || name === 'to' || HIDDEN.test(name) || value === null || value === undefined || value === '') continue;
    // The sentence already says which decision a known event records.
    if (name === 'action' && key) continue;
    if (name === 'fieldComments' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [field, comment] of Object.entries(value as Record<string, unknown>)) {
        if (typeof comment === 'string' && comment.trim()) fieldComments.push({ label: fieldLabel(t, field), comment });
      }
      continue;
    }
    if (name === 'changes' && Array.isArray(value)) {
      changes = value.filter(isChange);
      continue;
    }
    if (name === 'dossier' && value === true) {
      facts.push({ label: t('audit.fact.dossier'), value: t('audit.fact.dossierUpdated') });
      continue;
    }
    if (Array.isArray(value) && value.length === 0) continue;
    facts.push({ label: label(t, name), value: readable(t, locale, name, value) });
  }
  return { sentence, facts, fieldComments, changes };
}
