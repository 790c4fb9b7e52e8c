import type { CurrentUserFragment } from '$lib/graphql/generated';
import type { Locale } from '$lib/i18n';

type CurrentUser = CurrentUserFragment;

declare global {
  namespace App {
    interface Locals {
      user: CurrentUser | null;
      locale: Locale;
      /** The person's unread notifications when the request came in (the header bell; 0 for visitors). */
      unreadNotifications: number;
    }
    // Every page gets these from the root layout, so shared components can read them from `page.data`.
    interface PageData {
      user: CurrentUser | null;
      locale: Locale;
      /** Where people reach the site (PUBLIC_URL): canonical and alternate addresses start with it. */
      origin: string;
    }
    // An unexpected failure carries the id it was logged under (hooks.server.ts handleError), never its message.
    interface Error {
      message: string;
      id?: string;
    }
  }
}

export {};
