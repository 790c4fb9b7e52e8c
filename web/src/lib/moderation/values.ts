// A revision's changed values as a moderator reads them. The API sends each value as text, structured ones as
// JSON (`["KNOW_HOW","TRAINING"]`, `{"kind":"RIGHT_OF_USE","exclusive":false,…}`); this turns them into lines of
// words in the reader's language: list items one per line (bulleted), enum codes as their labels, yes/no for booleans.
import { isMessageKey, type Locale, type Translate } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { fieldLabel, fieldLeaf } from './fields';

/** Which dictionary group names the codes of a field (by the field's last path segment). */
const ENUM_OF: Record<string, string> = {
  transferObjects: 'transferObject',
  transferForms: 'transferForm',
  preferredForms: 'transferForm',
  transferModes: 'transferMode',
  preferredModes: 'transferMode',
  dealTypes: 'dealType',
  partnerType: 'partnerType',
  partnerTypes: 'partnerType',
  condition: 'equipmentCondition',
  appraisalLevel: 'technologyLevel',
  priceType: 'priceType',
  priceBasis: 'priceBasis',
  kind: 'rightsKind',
  type: 'ipType',
  status: 'ipStatus',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

function scalar(t: Translate, locale: Locale, leaf: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'listing.yes' : 'listing.no');
  if (typeof value === 'string') {
    const group = ENUM_OF[leaf];
    const key = group && `${group}.${value}`;
    if (key && isMessageKey(key)) return t(key);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDate(locale, value);
    return value;
  }
  return String(value);
}

/** A key inside a structured value: `rights.kind` may have its own name, otherwise the field's. */
function nestedLabel(t: Translate, leaf: string, key: string): string {
  const own = `field.${leaf}.${key}`;
  return isMessageKey(own) ? t(own) : fieldLabel(t, key);
}

function lines(t: Translate, locale: Locale, leaf: string, value: unknown): string {
  if (Array.isArray(value)) {
    // One item per line; bullets show where an item that wraps begins.
    const items = value.map((item) => lines(t, locale, leaf, item));
    return items.length > 1 ? items.map((item) => `• ${item}`).join('\n') : (items[0] ?? '');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${nestedLabel(t, leaf, key)}: ${Array.isArray(item) ? item.map((i) => lines(t, locale, key, i)).join(', ') : item && typeof item === 'object' ? `(${lines(t, locale, key, item)})` : scalar(t, locale, key, item)}`)
      .join(' · ');
  }
  return scalar(t, locale, leaf, value);
}

/** The value of `field` as readable text; null stays null (an empty side). */
export function readableValue(t: Translate, locale: Locale, field: string, text: string | null): string | null {
  if (text === null) return null;
  const leaf = fieldLeaf(field);
  const trimmed = text.trim();
  let parsed: unknown = text;
  if (/^[[{]/.test(trimmed) || /^(true|false|-?\d+(\.\d+)?)$/.test(trimmed)) {
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      parsed = text;
    }
  }
  return lines(t, locale, leaf, parsed);
}
