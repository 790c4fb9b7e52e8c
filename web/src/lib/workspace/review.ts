// The listing as the department will read it, step by step: every field of the kind with its value in words
// (enum labels, formatted money and dates), for the last step of the form.
import type { WorkspaceListingFragment } from '$lib/graphql/generated';
import { isMessageKey, t, type Locale } from '$lib/i18n';
import { formatDate, formatPrice, formatVnd } from '$lib/i18n/format';
import { enumLabel, fieldLabel } from './labels';
import { STEP_FIELDS, hasIpTitles, type EditStep, type FieldSpec } from './listing-form';
import { valuesOf } from './listing-parse';

export interface ReviewRow {
  path: string;
  label: string;
  /** A text, a list of texts, or null when nothing is filled in. */
  value: string | string[] | null;
  /** Multi-line text, shown with its line breaks. */
  long?: boolean;
  /** Markdown as the API rendered it (descriptions, dossier): shown as the public page shows it, not as source. */
  html?: string | null;
}

const RENDERED = {
  descriptionVi: 'descriptionViHtml',
  descriptionEn: 'descriptionEnHtml',
  dossierVi: 'dossierViHtml',
  dossierEn: 'dossierEnHtml',
} as const;

export interface ReviewSection {
  step: EditStep;
  rows: ReviewRow[];
}

function display(locale: Locale, listing: WorkspaceListingFragment, spec: FieldSpec, raw: string | string[]): string | string[] | null {
  if (Array.isArray(raw)) return raw.length ? raw.map((v) => (spec.group ? enumLabel(locale, spec.group, v) : v)) : null;
  if (spec.type === 'bool') return t(locale, raw === 'true' ? 'ws.bool.yes' : 'ws.bool.no');
  if (raw.trim() === '') return null;
  switch (spec.type) {
    case 'lines':
    case 'specs':
      return raw.split('\n');
    case 'keywords':
      return raw.split(', ');
    case 'vnd':
      return formatVnd(locale, Number(raw));
    case 'instant':
    case 'day':
      return formatDate(locale, `${raw}T12:00:00+07:00`);
    case 'yesno':
      return t(locale, raw === 'true' ? 'ws.bool.yes' : 'ws.bool.no');
    case 'decimal':
      return spec.path === 'technology.royaltyPercent' ? `${raw.replace('.', locale === 'vi' ? ',' : '.')} %` : raw;
    case 'choice':
      return spec.group ? enumLabel(locale, spec.group, raw) : raw;
    default:
      if (spec.path === 'trl' || spec.path === 'request.minTrl') {
        const key = `ws.trl.${raw}`;
        return isMessageKey(key) ? `TRL ${raw} — ${t(locale, key)}` : raw;
      }
      if (spec.path === 'fieldCode') {
        const field = listing.field;
        return field ? `${field.parent ? `${field.parent.name} › ` : ''}${field.name}` : raw;
      }
      return raw;
  }
}

export function reviewSections(locale: Locale, listing: WorkspaceListingFragment): ReviewSection[] {
  const values = valuesOf(listing);
  const steps = STEP_FIELDS[listing.kind];
  return (Object.keys(steps) as EditStep[]).map((step) => {
    const rows: ReviewRow[] = [];
    for (const spec of steps[step]) {
      if (spec.path === 'price.min' || spec.path === 'price.max') continue;
      if (spec.path === 'technology.royaltyPercent' && values['technology.priceBasis'] !== 'ROYALTY') continue;
      const value =
        spec.path === 'price.type'
          ? formatPrice(locale, listing.price)
          : display(locale, listing, spec, values[spec.path] ?? '');
      rows.push({
        path: spec.path,
        label: spec.path === 'price.type' ? t(locale, 'ws.field.price') : fieldLabel(locale, spec.path),
        value,
        long: spec.type === 'multiline',
        html: spec.path in RENDERED ? listing[RENDERED[spec.path as keyof typeof RENDERED]] : null,
      });
    }
    if (step === 'description' && hasIpTitles(listing.kind)) {
      rows.unshift({
        path: 'ipTitles',
        label: fieldLabel(locale, 'ipTitles'),
        value: listing.ipTitles.length
          ? listing.ipTitles.map((ip) =>
              [
                enumLabel(locale, 'ipType', ip.type),
                ip.number,
                ip.title,
                ip.titleEn,
                ip.ownerName,
                enumLabel(locale, 'ipStatus', ip.status),
                ip.grantedAt ? formatDate(locale, ip.grantedAt) : null,
              ]
                .filter(Boolean)
                .join(' · '),
            )
          : null,
      });
    }
    return { step, rows };
  });
}
