// Messages of the workspace pages (Vietnamese, the reference: workspace.en.ts must have the same keys).
export const workspaceVi = {
} as const satisfies Record<string, string>;
