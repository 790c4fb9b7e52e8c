// Labels and hints of workspace fields, looked up by input path in the dictionary (`ws.field.<path>`,
// `ws.hint.<path>`), and labels of the API's enums (`ws.<group>.<VALUE>`).
import { isMessageKey, t, type Locale } from '$lib/i18n';
import { labelKeyOf, normalisePath } from './listing-form';

export function fieldLabel(locale: Locale, path: string): string {
  const key = labelKeyOf(path);
  return isMessageKey(key) ? t(locale, key) : path;
}

export function fieldHint(locale: Locale, path: string): string | null {
  const key = `ws.hint.${normalisePath(path).replace(/\.\d+(?=\.|$)/g, '')}`;
  return isMessageKey(key) ? t(locale, key) : null;
}

export type EnumGroup =
  | 'transferObject'
  | 'transferForm'
  | 'transferMode'
  | 'dealType'
  | 'rightsKind'
  | 'condition'
  | 'partnerType'
  | 'priceType'
  | 'priceBasis'
  | 'ipType'
  | 'ipStatus'
  | 'moderationAction'
  | 'moderationReason'
  | 'revisionStatus'
  | 'claim'
  | 'technologyLevel';

export function enumLabel(locale: Locale, group: EnumGroup, value: string): string {
  // Technology levels are labelled by the shared dictionary (the public pages show them too).
  const key = group === 'technologyLevel' ? `technologyLevel.${value}` : `ws.${group}.${value}`;
  return isMessageKey(key) ? t(locale, key) : value;
}

export function enumHint(locale: Locale, group: EnumGroup, value: string): string | null {
  const key = `ws.${group}.${value}.hint`;
  return isMessageKey(key) ? t(locale, key) : null;
}

export function enumOptions(locale: Locale, group: EnumGroup, values: readonly string[]) {
  return values.map((value) => ({ value, label: enumLabel(locale, group, value), hint: enumHint(locale, group, value) }));
}

/** The name of a form step; the middle steps are named after what the kind holds there. */
export function stepLabel(locale: Locale, kind: string, step: string): string {
  const key = step === 'basics' || step === 'review' ? `ws.step.${step}` : `ws.step.${step}.${kind}`;
  return isMessageKey(key) ? t(locale, key) : step;
}
