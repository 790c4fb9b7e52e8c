// Messages of the moderation pages (Vietnamese, the reference: moderation.en.ts must have the same keys).
export const moderationVi = {
} as const satisfies Record<string, string>;
