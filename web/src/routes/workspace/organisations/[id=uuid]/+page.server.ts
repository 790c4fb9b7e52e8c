import { error, fail } from '@sveltejs/kit';
import { formErrors } from '$lib/errors';
import {
  FieldsOfScienceDocument,
  InviteMemberDocument,
  RemoveMemberDocument,
  SubmitOrganisationDocument,
  UpdateOrganisationDocument,
  WorkspaceMembershipsDocument,
  WorkspaceOrganisationDocument,
} from '$lib/graphql/generated';
import { t } from '$lib/i18n';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { WORKSPACE_ERRORS } from '$lib/workspace/listing-form';
import { orNotFound, requireUser } from '$lib/workspace/guard.server';
import { ORGANISATION_ERRORS, organisationValues, parseOrganisationForm } from '$lib/workspace/organisation-form';
import { MEMBERSHIP_ROLES, isOneOf } from '$lib/workspace/vocabulary';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  // The workspace knows organisations by id; the API finds them by slug, which the membership gives.
  const { me } = await gql(event, WorkspaceMembershipsDocument);
  const membership = me?.memberships.find((m) => m.organisation.id === event.params.id);
  if (!membership) error(404, t(event.locals.locale, 'ws.error.notFound'));
  const [{ organisation }, { fieldsOfScience }] = await Promise.all([
    orNotFound(event, () => gql(event, WorkspaceOrganisationDocument, { slug: membership.organisation.slug })),
    gql(event, FieldsOfScienceDocument),
  ]);
  if (!organisation) error(404, t(event.locals.locale, 'ws.error.notFound'));
  return {
    organisation,
    role: membership.role,
    userId: user.id,
    values: organisationValues(organisation),
    fieldsOfScience,
    created: event.url.searchParams.has('created'),
    joined: event.url.searchParams.has('joined'),
  };
};

export const actions: Actions = {
  save: async (event) => {
    requireUser(event);
    const { input, values } = parseOrganisationForm(await event.request.formData());
    const { updateOrganisation } = await gql(event, UpdateOrganisationDocument, { id: event.params.id, input });
    if (updateOrganisation.__typename === 'InputError') {
      return fail(400, { action: 'save', values, ...formErrors(event.locals.locale, updateOrganisation, ORGANISATION_ERRORS) });
    }
    return { action: 'save', done: 'saved' as const };
  },

  submit: async (event) => {
    requireUser(event);
    const { submitOrganisation } = await gql(event, SubmitOrganisationDocument, { id: event.params.id });
    if (submitOrganisation.__typename === 'InputError') {
      const { fieldErrors, formError } = formErrors(event.locals.locale, submitOrganisation, ORGANISATION_ERRORS);
      return fail(400, { action: 'submit', fieldErrors, formError: formError ?? t(event.locals.locale, 'ws.review.submitBlocked') });
    }
    return { action: 'submit', done: 'submitted' as const };
  },

  invite: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const values = { email: text(form, 'email').trim(), role: text(form, 'role') };
    const role = isOneOf(MEMBERSHIP_ROLES, values.role) ? values.role : 'EDITOR';
    const { inviteMember } = await gql(event, InviteMemberDocument, { organisationId: event.params.id, email: values.email, role });
    if (inviteMember.__typename === 'InputError') {
      return fail(400, { action: 'invite', inviteValues: values, ...formErrors(event.locals.locale, inviteMember, WORKSPACE_ERRORS) });
    }
    return {
      action: 'invite',
      invitation: {
        email: inviteMember.email,
        role: inviteMember.role,
        expiresAt: inviteMember.expiresAt,
        // The link is shown once: the API keeps only a hash of its token.
        link: inviteMember.acceptPath ? new URL(inviteMember.acceptPath, event.url.origin).href : null,
      },
    };
  },

  remove: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const { removeMember } = await orNotFound(event, () =>
      gql(event, RemoveMemberDocument, { organisationId: event.params.id, userId: text(form, 'userId') }),
    );
    if (removeMember.__typename === 'InputError') {
      const { fieldErrors, formError } = formErrors(event.locals.locale, removeMember, WORKSPACE_ERRORS);
      return fail(400, { action: 'remove', formError: formError ?? Object.values(fieldErrors)[0] ?? removeMember.message });
    }
    return { action: 'remove', done: 'removed' as const };
  },
};
