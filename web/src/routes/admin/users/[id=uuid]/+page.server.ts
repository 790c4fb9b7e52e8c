import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  AdminPersonDocument,
  ReinstatePersonDocument,
  SetPersonRoleDocument,
  SuspendPersonDocument,
  type PersonChangeFragment,
} from '$lib/graphql/generated';
import { requireAdmin } from '$lib/admin/guard';
import { ROLES } from '$lib/admin/people-filters';
import { t, type Locale } from '$lib/i18n';
import { PAGE_SIZE, readAfter } from '$lib/paging';
import { gql } from '$lib/server/api';
import { withCursor } from '$lib/server/paging';
import { formErrors } from '$lib/errors';
import { text } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/url';

const DONE = ['role', 'suspend', 'reinstate'] as const;
type Change = (typeof DONE)[number];

export const load: PageServerLoad = async (event) => {
  const admin = requireAdmin(event);
  const after = readAfter(event.url.searchParams);
  const { person, personHistory } = await withCursor(event, after, () => gql(event, AdminPersonDocument, { id: event.params.id, first: PAGE_SIZE, after }));
  if (!person) error(404, t(event.locals.locale, 'error.notFound.title'));
  // After a change the page comes back here and says what was done.
  const done = DONE.find((change) => change === event.url.searchParams.get('done')) ?? null;
  return { person, history: personHistory.nodes, historyPages: personHistory.pageInfo, after, isSelf: person.id === admin.id, done };
};

function invalidRole(locale: Locale): PersonChangeFragment {
  const message = t(locale, 'validation.INVALID_VALUE');
  return { __typename: 'InputError', code: 'VALIDATION', message, fieldErrors: [{ field: 'role', code: 'INVALID_VALUE', message }] };
}

/** Sends one change with its reason; the API validates both and answers field errors in the person's language. */
async function change(event: RequestEvent<{ id: string }>, form: Change, send: (data: FormData, reason: string) => Promise<PersonChangeFragment>) {
  requireAdmin(event);
  const data = await event.request.formData();
  const reason = text(data, 'reason');
  const result = await send(data, reason);
  if (result.__typename === 'InputError') {
    return fail(400, { form, values: { reason, role: text(data, 'role') }, ...formErrors(event.locals.locale, result, { scope: 'people' }) });
  }
  redirect(303, localizeHref(`/admin/users/${event.params.id}?done=${form}#changes`, event.locals.locale));
}

export const actions: Actions = {
  role: (event) =>
    change(event, 'role', async (data, reason) => {
      // A value no form offers (an edited page) is refused here: the API's schema would not even take it.
      const role = ROLES.find((r) => r === text(data, 'role'));
      if (!role) return invalidRole(event.locals.locale);
      return (await gql(event, SetPersonRoleDocument, { input: { userId: event.params.id, role, reason } })).setPersonRole;
    }),
  suspend: (event) =>
    change(event, 'suspend', async (_, reason) =>
      (await gql(event, SuspendPersonDocument, { input: { userId: event.params.id, reason } })).suspendPerson,
    ),
  reinstate: (event) =>
    change(event, 'reinstate', async (_, reason) =>
      (await gql(event, ReinstatePersonDocument, { input: { userId: event.params.id, reason } })).reinstatePerson,
    ),
};
