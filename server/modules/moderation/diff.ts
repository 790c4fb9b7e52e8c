// Field-by-field differences between two versions of some content, as text, for the side-by-side review of an
// edit. Fields named in `expand` are objects compared key by key (e.g. a listing's `details`).

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
  }
  return value;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(stable(value), null, 1);
}

export function diffFields<T extends object>(before: T, after: T, fields: (keyof T)[], expand: (keyof T)[] = []): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [b, a] = [before[field], after[field]];
    if (expand.includes(field)) {
      const [bo, ao] = [(b ?? {}) as Record<string, unknown>, (a ?? {}) as Record<string, unknown>];
      for (const key of [...new Set([...Object.keys(bo), ...Object.keys(ao)])].sort()) {
        const [bt, at] = [asText(bo[key]), asText(ao[key])];
        if (bt !== at) changes.push({ field: `${String(field)}.${key}`, before: bt, after: at });
      }
      continue;
    }
    const [bt, at] = [asText(b), asText(a)];
    if (bt !== at) changes.push({ field: String(field), before: bt, after: at });
  }
  return changes;
}
