import { localizeHref } from '$lib/i18n/url';
import { fail, redirect } from '@sveltejs/kit';
import { DepartmentFiguresDocument, SetDepartmentFiguresDocument, type DepartmentFiguresInput } from '$lib/graphql/generated';
import { requireStaff } from '$lib/moderation/guard';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/forms';
import { formErrors, problemMessages } from '$lib/errors';
import type { Actions, PageServerLoad } from './$types';
import { FIGURE_NAMES, SOURCE_NAMES, currentYear, readYear } from './groups';

export const load: PageServerLoad = async (event) => {
  requireStaff(event);
  const year = readYear(event.url.searchParams.get('year'));
  const { departmentFigures } = await gql(event, DepartmentFiguresDocument, { year });
  return { year, currentYear: currentYear(), figures: departmentFigures, saved: event.url.searchParams.get('saved') === '1' };
};

export const actions: Actions = {
  save: async (event) => {
    requireStaff(event);
    const data = await event.request.formData();
    const values = Object.fromEntries([...FIGURE_NAMES, ...SOURCE_NAMES, 'year'].map((name) => [name, text(data, name).trim()]));
    // A blank figure goes to the API as missing (it says which); anything but digits is refused here, as typed.
    const problems: Record<string, string> = {};
    const number = (name: string) => {
      const raw = values[name]!;
      if (raw === '') return null;
      if (!/^\d{1,9}$/.test(raw)) problems[name] = 'WHOLE_NUMBER';
      return Number(raw);
    };
    const input = {
      ...Object.fromEntries(FIGURE_NAMES.map((name) => [name, number(name)])),
      ...Object.fromEntries(SOURCE_NAMES.map((name) => [name, values[name]])),
      // A year no page offers (an edited form) is the API's to refuse, by name.
      year: /^\d{4}$/.test(values.year!) ? Number(values.year) : 0,
    } as DepartmentFiguresInput;
    if (Object.keys(problems).length) {
      return fail(400, { values, fieldErrors: problemMessages(event.locals.locale, problems), formError: null });
    }
    const result = (await gql(event, SetDepartmentFiguresDocument, { input })).setDepartmentFigures;
    if (result.__typename === 'InputError') return fail(400, { values, ...formErrors(event.locals.locale, result) });
    redirect(303, localizeHref(`/moderation/report/figures?year=${result.year}&saved=1`, event.locals.locale));
  },
};
