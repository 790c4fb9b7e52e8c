// The forms of the thread page work without JavaScript (every move answers with a redirect back to the page); with
// it, they submit in place and clear themselves once the move went through.
import type { SubmitFunction } from '@sveltejs/kit';

export function submitInPlace(setBusy: (busy: boolean) => void): SubmitFunction {
  return () => {
    setBusy(true);
    return async ({ result, update, formElement }) => {
      if (result.type === 'redirect') formElement.reset();
      await update({ reset: false });
      setBusy(false);
    };
  };
}
