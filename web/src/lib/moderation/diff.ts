// A word-level comparison of a field's published text and its edit, so a moderator sees what changed inside a long
// description instead of re-reading both versions. Longest common subsequence over words (and the whitespace between
// them, so line breaks survive); beyond MAX_CELLS it gives up and marks the whole text as replaced.

export interface DiffPart {
  text: string;
  /** `same` on both sides, `removed` only before, `added` only after. */
  op: 'same' | 'removed' | 'added';
}

const MAX_CELLS = 4_000_000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const a = tokens(before);
  const b = tokens(after);
  // Common head and tail cost nothing and keep the table small.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);

  const ops: DiffPart[] = [];
  if (head) ops.push({ op: 'same', text: a.slice(0, head).join('') });
  if (midA.length * midB.length > MAX_CELLS) {
    if (midA.length) ops.push({ op: 'removed', text: midA.join('') });
    if (midB.length) ops.push({ op: 'added', text: midB.join('') });
  } else {
    // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
    const rows = midA.length + 1;
    const cols = midB.length + 1;
    const lcs = new Uint32Array(rows * cols);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lcs[i * cols + j] =
          midA[i] === midB[j] ? lcs[(i + 1) * cols + j + 1]! + 1 : Math.max(lcs[(i + 1) * cols + j]!, lcs[i * cols + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length && j < midB.length) {
      if (midA[i] === midB[j]) {
        ops.push({ op: 'same', text: midA[i]! });
        i++;
        j++;
      } else if (lcs[(i + 1) * cols + j]! >= lcs[i * cols + j + 1]!) {
        ops.push({ op: 'removed', text: midA[i++]! });
      } else {
        ops.push({ op: 'added', text: midB[j++]! });
      }
    }
    while (i < midA.length) ops.push({ op: 'removed', text: midA[i++]! });
    while (j < midB.length) ops.push({ op: 'added', text: midB[j++]! });
  }
  if (tail) ops.push({ op: 'same', text: a.slice(a.length - tail).join('') });
  return hunks(ops);
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
