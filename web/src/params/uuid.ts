import type { ParamMatcher } from '@sveltejs/kit';

// Every record id is a PostgreSQL uuid; any other path segment names no page, so it is a 404 before the API is asked.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const match: ParamMatcher = (param) => UUID.test(param);
