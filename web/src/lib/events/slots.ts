// The meeting lengths an exhibitor may open slots of: the slot form offers them and its reader checks them. A module
// of its own, without the form reader's server imports, so the page's script can list them.
export const SLOT_MINUTES = [20, 30, 45, 60] as const;
