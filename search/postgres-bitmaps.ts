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

/** The ordinals set in chunks sent as PostgreSQL's binary form of a bit string (a 4-byte length, then the bits), base64. */
export function ordinals(chunks: { chunk: number; bits: string }[]): number[] {
  const out: number[] = [];
  for (const { chunk, bits } of chunks) {
    const bytes = Buffer.from(bits, 'base64').subarray(4);
    const base = chunk * CHUNK_BITS;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === 0) continue;
      for (let b = 0; b < 8; b++) if (byte & (0x80 >> b)) out.push(base + i * 8 + b);
    }
  }
  return out;
}
