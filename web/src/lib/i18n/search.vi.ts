// Messages of the search page (Vietnamese, the reference: search.en.ts must have the same keys).
export const searchVi = {
} as const satisfies Record<string, string>;
