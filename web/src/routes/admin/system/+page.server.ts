import { loadPanels, panelActions } from '$lib/admin/system/panels';
import { statusPanel } from '$lib/admin/system/status-panel.server';
import { backupPanel } from '$lib/admin/system/backups.server';
import { jobsPanel } from '$lib/admin/system/jobs.server';
import type { Actions, PageServerLoad } from './$types';

// A new panel is one entry here (its loader and actions) and its component in +page.svelte.
const panels = { status: statusPanel, backups: backupPanel, jobs: jobsPanel };

export const load: PageServerLoad = (event) => loadPanels(event, panels);
export const actions: Actions = panelActions(panels);
