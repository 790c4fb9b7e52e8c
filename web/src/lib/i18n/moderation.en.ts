import type { moderationVi } from './moderation.vi';

export const moderationEn: Record<keyof typeof moderationVi, string> = {
};
