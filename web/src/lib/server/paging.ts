// A list page's load with a cursor from its address (see $lib/paging.ts).
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { ApiError } from './api';

/** Runs a list page's load; a cursor the API refuses (in the parameter `name`) restarts the list from its first page. */
export async function withCursor<T>(event: RequestEvent, after: string | null, load: () => Promise<T>, name = 'after'): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    if (after && cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') {
      const url = new URL(event.url);
      url.searchParams.delete(name);
      redirect(303, `${url.pathname}${url.search}`);
    }
    throw cause;
  }
}
