// A word-level comparison of a field's published text and its edit, so a moderator sees what changed inside a long
// description instead of re-reading both versions. The `diff` package compares words and the whitespace between
// them (so line breaks survive); past MAX_EDITS it gives up and the whole text reads as replaced.
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  text: string;
  /** `same` on both sides, `removed` only before, `added` only after. */
  op: 'same' | 'removed' | 'added';
}

/** Beyond this many edits the comparison costs more than it tells. */
const MAX_EDITS = 2_000;

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) return [...(before ? [{ op: 'removed' as const, text: before }] : []), ...(after ? [{ op: 'added' as const, text: after }] : [])];
  return hunks(changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })));
}

/**
 * Groups each run of changes into one removal followed by one addition. A space the two versions happen to share
 * between changed words belongs to the change ("Long An" → "Tây Ninh" reads as one replacement, not two).
 */
function hunks(ops: readonly DiffPart[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let k = 0;
  while (k < ops.length) {
    const current = ops[k]!;
    if (current.op === 'same') {
      push(parts, 'same', current.text);
      k++;
      continue;
    }
    let removed = '';
    let added = '';
    for (; k < ops.length; k++) {
      const { op, text } = ops[k]!;
      if (op === 'removed') removed += text;
      else if (op === 'added') added += text;
      else if (/^\s+$/.test(text) && k + 1 < ops.length && ops[k + 1]!.op !== 'same') {
        removed += text;
        added += text;
      } else break;
    }
    if (removed) push(parts, 'removed', removed);
    if (added) push(parts, 'added', added);
  }
  return parts;
}

/** The parts one side of a side-by-side table shows: `before` hides additions, `after` hides removals. */
export function side(parts: readonly DiffPart[], which: 'before' | 'after'): DiffPart[] {
  const hidden = which === 'before' ? 'added' : 'removed';
  return parts.filter((part) => part.op !== hidden);
}
