// An enhanced form keeps its buttons disabled while its submission is on the way, so a second click sends nothing.
import type { SubmitFunction } from '@sveltejs/kit';

/** `reset: false` keeps what the reader typed, for forms whose refusal is shown beside the values sent. */
export function whileSubmitting(setBusy: (busy: boolean) => void, options: { reset?: boolean } = {}): SubmitFunction {
  return () => {
    setBusy(true);
    return async ({ update }) => {
      await update(options);
      setBusy(false);
    };
  };
}
