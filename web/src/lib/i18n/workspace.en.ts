import type { workspaceVi } from './workspace.vi';

export const workspaceEn: Record<keyof typeof workspaceVi, string> = {
};
