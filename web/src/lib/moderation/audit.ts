// The audit trail as a moderator reads it: a translated name for each recorded action and its details as
// label–value pairs instead of raw JSON.
import { isMessageKey, type Translate } from '$lib/i18n';

/** `listing.approve` and `organisation.approve` read the same; an action the web does not know keeps its name. */
export function auditActionLabel(t: Translate, action: string): string {
  const withoutEntity = action.slice(action.indexOf('.') + 1);
  for (const key of [`audit.${action}`, `audit.${withoutEntity}`]) if (isMessageKey(key)) return t(key);
  return action;
}

export interface AuditDetail {
  key: string;
  value: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.join(', ');
  return JSON.stringify(value);
}

/** The event's data (JSON text) as flat pairs; text that is not a JSON object is shown as it is. */
export function auditDetails(data: string): AuditDetail[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return data.trim() ? [{ key: '', value: data }] : [];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return parsed === null ? [] : [{ key: '', value: show(parsed) }];
  }
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => ({ key, value: show(value) }));
}
