import { requireAdmin } from '$lib/admin/guard';
import type { LayoutServerLoad } from './$types';

// Each page and form action below checks again (actions do not run this load); this keeps the area's own pages,
// including ones without a load, closed to everyone but admins.
export const load: LayoutServerLoad = (event) => {
  requireAdmin(event);
  return {};
};
