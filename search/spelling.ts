// Near spellings of a word the index does not know: the known words one letter away (two from five letters on).
// Only words of four letters or more: shorter Vietnamese words are too many one letter apart.

/** Levenshtein distance of a and b, or max + 1 as soon as it is certain to exceed max. */
export function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (row[j] < best) best = row[j];
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

/** Up to `limit` known words near `word`, nearest first, then in code order; none for short words. */
export function nearSpellings(word: string, sameInitial: readonly string[], limit = 4): string[] {
  if (word.length < 4) return [];
  const max = word.length >= 5 ? 2 : 1;
  const found: { word: string; distance: number }[] = [];
  for (const known of sameInitial) {
    const distance = distanceWithin(known, word, max);
    if (distance <= max) found.push({ word: known, distance });
  }
  found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return found.slice(0, limit).map((f) => f.word);
}
