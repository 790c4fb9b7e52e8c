import type { searchVi } from './search.vi';

export const searchEn: Record<keyof typeof searchVi, string> = {
};
