// The report's words: the API's report is free of language (ids, enum keys, numbers), so every name a reader sees
// comes from here. An id the dictionaries do not know yet (a table added on the server first) shows as itself
// rather than failing the page.
import { isMessageKey, t, type Locale } from '$lib/i18n';

export type FieldNames = ReadonlyMap<string, string>;

function known(locale: Locale, key: string): string | null {
  return isMessageKey(key) ? t(locale, key) : null;
}

export function sectionName(locale: Locale, id: string): string {
  return known(locale, `report.section.${id}`) ?? id;
}

export function tableName(locale: Locale, id: string): string {
  return known(locale, `report.table.${id}.name`) ?? id;
}

export function tableMethod(locale: Locale, id: string): string | null {
  return known(locale, `report.table.${id}.method`);
}

export function columnName(locale: Locale, key: string): string {
  return known(locale, `report.column.${key}`) ?? key;
}

/** Where each section's row keys are labelled, most specific first; `report.row.*` is every table's last try. */
const ROW_VOCABULARIES: Record<string, string[]> = {
  'listings.byKind': ['listingKind.'],
  'listings.byStatus': ['status.'],
  'organisations.byKind': ['organisationKind.'],
  'organisations.verifiedByKind': ['organisationKind.'],
  'ip.byType': ['ipType.'],
  'negotiation.valueByTransferForm': ['transferForm.'],
  'negotiation.registrationRequired': ['deal.registrationReason.'],
  'negotiation.funnel': ['inquiry.status.'],
  'matchmaking.conversionByReason': ['matchReason.'],
};

const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * A row's name: what people typed (`label`) as it is; a quarter as "Q1 2026" / "Quý 1/2026"; an enum key from the
 * table's vocabulary; a field-of-science code or report group by its name; otherwise the key itself.
 */
export function rowName(locale: Locale, tableId: string, row: { key: string; label: string | null }, fields: FieldNames): string {
  if (row.label) return row.label;
  const quarter = QUARTER.exec(row.key);
  if (quarter) return locale === 'vi' ? `Quý ${quarter[2]}/${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  for (const prefix of [...(ROW_VOCABULARIES[tableId] ?? []), 'report.field.', 'report.row.']) {
    const name = known(locale, `${prefix}${row.key}`);
    if (name) return name;
  }
  return fields.get(row.key) ?? row.key;
}

/** Field-of-science codes (top level and sub-fields) to their names, from the taxonomy the page loads with the report. */
export function fieldNames(fields: { code: string; name: string; children?: { code: string; name: string }[] }[]): FieldNames {
  const names = new Map<string, string>();
  for (const field of fields) {
    names.set(field.code, field.name);
    for (const child of field.children ?? []) names.set(child.code, child.name);
  }
  return names;
}
