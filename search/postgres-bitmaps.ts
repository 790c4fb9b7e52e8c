// Each document has a small integer slot (its ordinal); a term's documents are a bitmap over ordinals, stored in
// chunks of CHUNK_BITS (one row per term and chunk). A search is then a few ANDs and ORs of bitmaps and its facet
// counts are popcounts, whatever the number of matches. A chunk is as large as a row can be while staying inline
// (PostgreSQL moves values of rows over ~2 kB out of line, TOAST, which costs a lookup per read): 1,984 bytes.
export const CHUNK_BITS = 15_872;

export const chunkOf = (ord: number) => Math.floor(ord / CHUNK_BITS);

/** A set of ordinals as one mask per chunk, in the hexadecimal form PostgreSQL reads as a bit string ('x…'). */
export function masks(ords: Iterable<number>): Map<number, string> {
  const byChunk = new Map<number, Uint8Array>();
  for (const ord of ords) {
    const chunk = chunkOf(ord);
    let bytes = byChunk.get(chunk);
    if (!bytes) byChunk.set(chunk, (bytes = new Uint8Array(CHUNK_BITS / 8)));
    const bit = ord % CHUNK_BITS;
    bytes[bit >> 3] |= 0x80 >> (bit & 7); // bit 0 is the leftmost, as get_bit counts
  }
  return new Map([...byChunk].map(([chunk, bytes]) => [chunk, `x${Buffer.from(bytes).toString('hex')}`]));
}

// In memory a set of ordinals is an array of 32-bit words, ordinal n at bit 31 - n % 32 of word n / 32: the
// same order as PostgreSQL's bit strings, so a chunk's words sit at chunk × CHUNK_WORDS in a set over all slots.
// Signed words: V8 keeps them as small integers, where unsigned ones above 2³¹ would become doubles.
export const CHUNK_WORDS = CHUNK_BITS / 32;

/** A bit string as PostgreSQL sends it in binary (a 4-byte length, then the bits, leftmost first), as words. */
export function wordsOf(binary: Buffer): Int32Array {
  const words = new Int32Array(CHUNK_WORDS);
  const bytes = Math.min(binary.length - 4, CHUNK_BITS / 8);
  for (let i = 0; i < bytes; i++) words[i >>> 2] |= binary[4 + i] << (24 - 8 * (i & 3));
  return words;
}

export const has = (set: Int32Array, ord: number) => (set[ord >>> 5] & (1 << (31 - (ord & 31)))) !== 0;

function bitCount(x: number): number {
  x = (x - ((x >>> 1) & 0x55555555)) | 0;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function popcount(set: Int32Array): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) n += bitCount(set[i]);
  return n;
}

/** Calls `fn` with every ordinal in the set, in increasing order. */
export function forEachOrdinal(set: Int32Array, fn: (ord: number) => void): void {
  for (let i = 0; i < set.length; i++) {
    for (let w = set[i]; w !== 0; ) {
      const lead = Math.clz32(w);
      fn((i << 5) + lead);
      w ^= 1 << (31 - lead);
    }
  }
}

/** A chunk holding fewer slots than this is kept as their places in the chunk (at most half a dense chunk's bytes). */
const SPARSE_BELOW = CHUNK_WORDS / 2;

/**
 * A term's bitmaps in one array, as the mirror keeps them: [the number of chunks n, then for each chunk its number,
 * where its data starts and how long it is, then the data]. A chunk's data is its CHUNK_WORDS words, or, when it holds
 * few slots (rare words), the places of those slots in the chunk in increasing order: a word found in one document
 * takes a few bytes instead of a chunk's 1,984, and setting its bits in a set is quicker than OR-ing every word.
 */
export function packChunks(chunks: Map<number, Int32Array>): Int32Array {
  const order = [...chunks.keys()].sort((a, b) => a - b);
  const bits = order.map((chunk) => popcount(chunks.get(chunk)!));
  const length = 1 + 3 * order.length + bits.reduce((n, count) => n + (count < SPARSE_BELOW ? count : CHUNK_WORDS), 0);
  const packed = new Int32Array(length);
  packed[0] = order.length;
  let at = 1 + 3 * order.length;
  order.forEach((chunk, c) => {
    const words = chunks.get(chunk)!;
    const head = 1 + 3 * c;
    packed[head] = chunk;
    packed[head + 1] = at;
    if (bits[c]! < SPARSE_BELOW) {
      packed[head + 2] = bits[c]!;
      forEachOrdinal(words, (place) => (packed[at++] = place));
    } else {
      packed[head + 2] = CHUNK_WORDS;
      packed.set(words, at);
      at += CHUNK_WORDS;
    }
  });
  return packed;
}

/** The chunks of a packed term as words again (to change some and pack it anew). */
export function unpackChunks(packed: Int32Array): Map<number, Int32Array> {
  const chunks = new Map<number, Int32Array>();
  for (let c = 0; c < packed[0]!; c++) {
    const words = new Int32Array(CHUNK_WORDS);
    orChunk(packed, c, words, 0);
    chunks.set(packed[1 + 3 * c]!, words);
  }
  return chunks;
}

/** ORs every chunk of a packed term into a set over all slots. */
export function orPacked(packed: Int32Array, set: Int32Array): void {
  for (let c = 0; c < packed[0]!; c++) orChunk(packed, c, set, packed[1 + 3 * c]! * CHUNK_WORDS);
}

function orChunk(packed: Int32Array, c: number, set: Int32Array, at: number): void {
  const from = packed[2 + 3 * c]!;
  const length = packed[3 + 3 * c]!;
  if (length === CHUNK_WORDS) {
    const n = Math.min(CHUNK_WORDS, set.length - at);
    for (let i = 0; i < n; i++) set[at + i] |= packed[from + i]!;
    return;
  }
  for (let i = from; i < from + length; i++) {
    const place = packed[i]!;
    const word = at + (place >>> 5);
    if (word < set.length) set[word] |= 1 << (31 - (place & 31));
  }
}
