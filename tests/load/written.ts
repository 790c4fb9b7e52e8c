// What a load run wrote and what it finds again: every acknowledged write must be read back.

/** A write the server acknowledged: the message `body` in inquiry `inquiryId`. */
export interface AcknowledgedWrite {
  inquiryId: string;
  body: string;
}

/** The acknowledged writes missing from what was read back (message bodies by inquiry). */
export function lostWrites(acknowledged: readonly AcknowledgedWrite[], readBack: ReadonlyMap<string, ReadonlySet<string>>): AcknowledgedWrite[] {
  return acknowledged.filter((w) => !readBack.get(w.inquiryId)?.has(w.body));
}
