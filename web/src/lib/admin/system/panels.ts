// The System page is a list of panels, each a loader of its data and its form actions (named after the panel, so
// two panels never clash). +page.server.ts lists them; +page.svelte shows each with its component.
import type { Action, RequestEvent } from '@sveltejs/kit';
import { requireAdmin } from '$lib/admin/guard';

export interface Panel<T> {
  load(event: RequestEvent): Promise<T>;
  actions: Record<string, Action>;
}

type Loaded<P extends Record<string, Panel<unknown>>> = { [K in keyof P]: Awaited<ReturnType<P[K]['load']>> };

/** Every panel's data, loaded at once, under the panel's name. */
export async function loadPanels<P extends Record<string, Panel<unknown>>>(event: RequestEvent, panels: P): Promise<Loaded<P>> {
  requireAdmin(event);
  const entries = await Promise.all(Object.entries(panels).map(async ([name, panel]) => [name, await panel.load(event)] as const));
  return Object.fromEntries(entries) as Loaded<P>;
}

/** Every panel's actions, each behind the admin guard (form actions do not run the layout's). */
export function panelActions(panels: Record<string, Panel<unknown>>): Record<string, Action> {
  const actions: Record<string, Action> = {};
  for (const panel of Object.values(panels)) {
    for (const [name, action] of Object.entries(panel.actions)) {
      if (name in actions) throw new Error(`two panels of the System page have an action named ${name}`);
      actions[name] = (event) => {
        requireAdmin(event);
        return action(event);
      };
    }
  }
  return actions;
}
