import type { ParamMatcher } from '@sveltejs/kit';

// What the API's slugify produces (lower-case ASCII words joined by single hyphens); anything else names no page.
export const match: ParamMatcher = (param) => param.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param);
