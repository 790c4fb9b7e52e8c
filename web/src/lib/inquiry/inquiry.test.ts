import { describe, expect, it } from 'vitest';
import { formErrors, problemMessages } from '$lib/errors';
import { formatBytes, formatDay } from '$lib/i18n/format';
import { INQUIRY_ERRORS, dealDefaults, parseDealForm, parseDeclineForm, parseOpenForm, parseSurveyForm } from './forms';
import { awaiting } from './rows';
import { timeline } from './timeline';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const at = (hour: number) => `2026-10-0${1 + Math.floor(hour / 24)}T${String(hour % 24).padStart(2, '0')}:00:00.000Z`;

describe('timeline', () => {
  it('marks the steps taken with their times, the current one, and what may come', () => {
    const steps = timeline({
      status: 'NDA_REQUESTED',
      createdAt: at(1),
      ndaRequestedAt: at(5),
      answeredAt: at(3),
      ndaAcceptances: [{ side: 'REQUESTER', acceptedAt: at(6) }],
    });
    expect(steps).toEqual([
      { key: 'OPEN', at: at(1), state: 'done' },
      { key: 'IN_DISCUSSION', at: at(3), state: 'done' },
      { key: 'NDA_REQUESTED', at: at(5), state: 'current' },
      { key: 'NDA_ACCEPTED', at: null, state: 'upcoming' },
      { key: 'AGREED', at: null, state: 'upcoming' },
    ]);
  });

  it('drops the steps a closed inquiry never took and ends on how it closed', () => {
    const declined = timeline({ status: 'DECLINED', createdAt: at(1), closedAt: at(2), ndaAcceptances: [] });
    expect(declined).toEqual([
      { key: 'OPEN', at: at(1), state: 'done' },
      { key: 'DECLINED', at: at(2), state: 'current' },
    ]);
    const agreed = timeline({
      status: 'AGREED',
      createdAt: at(1),
      closedAt: at(30),
      ndaRequestedAt: at(5),
      answeredAt: at(2),
      ndaAcceptances: [
        { side: 'OWNER', acceptedAt: at(9) },
        { side: 'REQUESTER', acceptedAt: at(7) },
      ],
    });
    expect(agreed.map((s) => [s.key, s.at])).toEqual([
      ['OPEN', at(1)],
      ['IN_DISCUSSION', at(2)],
      ['NDA_REQUESTED', at(5)],
      ['NDA_ACCEPTED', at(9)],
      ['AGREED', at(30)],
    ]);
  });
});

describe('awaiting', () => {
  const row = { status: 'IN_DISCUSSION' as const, actions: [] as never[], latestMessage: { nodes: [] as { side: 'OWNER' | 'REQUESTER' }[] } };

  it('says the owner side owes an answer to an unanswered inquiry, and not the requester', () => {
    expect(awaiting({ ...row, status: 'OPEN', mySide: 'OWNER' })).toBe('answer');
    expect(awaiting({ ...row, status: 'OPEN', mySide: 'REQUESTER' })).toBeNull();
  });

  it('follows the last message, puts the NDA first, and says nothing on closed inquiries or to staff', () => {
    const latestMessage = { nodes: [{ side: 'REQUESTER' as const }] };
    expect(awaiting({ ...row, latestMessage, mySide: 'OWNER' })).toBe('answer');
    expect(awaiting({ ...row, latestMessage, mySide: 'REQUESTER' })).toBeNull();
    expect(awaiting({ ...row, status: 'NDA_REQUESTED', latestMessage, mySide: 'REQUESTER', actions: ['ACCEPT_NDA'] })).toBe('nda');
    expect(awaiting({ ...row, status: 'DECLINED', latestMessage, mySide: 'OWNER' })).toBeNull();
    expect(awaiting({ ...row, latestMessage, mySide: null })).toBeNull();
  });
});

describe('the open form', () => {
  it('sends one of the caller’s organisations, or the name typed for an inquiry', () => {
    const mine = parseOpenForm(form([['listingId', 'l1'], ['message', 'm'], ['organisationId', 'o1'], ['organisationName', 'Ignored']]), 'INQUIRY', ['o1']);
    expect(mine.input).toMatchObject({ organisationId: 'o1', organisationName: null });
    const typed = parseOpenForm(form([['listingId', 'l1'], ['message', 'm'], ['organisationId', ''], ['organisationName', ' HTX Mù U ']]), 'INQUIRY', ['o1']);
    expect(typed.input).toMatchObject({ organisationId: null, organisationName: 'HTX Mù U', intendedUse: null });
  });

  it('never sends an organisation the caller does not belong to, nor a typed name with a proposal', () => {
    const forged = parseOpenForm(form([['organisationId', 'someone-else'], ['organisationName', 'X']]), 'PROPOSAL', ['o1']);
    expect(forged.input).toMatchObject({ organisationId: null, organisationName: null });
  });
});

describe('the decline form', () => {
  it('needs a reason from the list and leaves the note rule to the API', () => {
    expect(parseDeclineForm(form([['reason', 'BOGUS']])).problems).toEqual({ reason: 'REQUIRED' });
    expect(parseDeclineForm(form([['reason', 'OTHER'], ['note', '  ']])).input).toEqual({ reason: 'OTHER', note: null });
    expect(parseDeclineForm(form([['reason', 'PRICE'], ['note', ' Quá cao ']])).input).toEqual({ reason: 'PRICE', note: 'Quá cao' });
  });
});

describe('the deal form', () => {
  const complete: [string, string][] = [
    ['transferObjects', 'KNOW_HOW'],
    ['transferObjects', 'NOT_A_CODE'],
    ['transferForm', 'STANDALONE_CONTRACT'],
    ['transferModes', 'DOCUMENTS'],
    ['transferModes', 'TRAINING'],
    ['rights.kind', 'RIGHT_OF_USE'],
    ['rights.exclusive', 'true'],
    ['rights.territory', ' Tây Ninh '],
    ['valueVnd', '150.000.000'],
    ['signedOn', '2026-10-20'],
    ['stateFunded', 'true'],
  ];

  it('reads a complete form into the API’s input, amounts with digit grouping', () => {
    const { input, problems } = parseDealForm(form(complete));
    expect(problems).toEqual({});
    expect(input).toEqual({
      transferObjects: ['KNOW_HOW'],
      transferForm: 'STANDALONE_CONTRACT',
      transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: true, territory: 'Tây Ninh', sublicensing: false },
      valueVnd: 150_000_000,
      signedOn: '2026-10-20',
      crossBorder: false,
      stateFunded: true,
    });
  });

  it('names every missing or unreadable field at once and keeps what was typed', () => {
    const { input, problems, values } = parseDealForm(form([['valueVnd', 'khoảng 2 tỷ'], ['signedOn', '2026-02-30']]));
    expect(input).toBeNull();
    expect(problems).toEqual({
      transferObjects: 'REQUIRED',
      transferForm: 'REQUIRED',
      transferModes: 'REQUIRED',
      'rights.kind': 'REQUIRED',
      'rights.territory': 'REQUIRED',
      valueVnd: 'NOT_AN_AMOUNT',
      signedOn: 'INVALID_DATE',
    });
    expect(values.valueVnd).toBe('khoảng 2 tỷ');
  });

  it('starts from the terms the offer proposed, signed today in Vietnam', () => {
    const values = dealDefaults(
      {
        transferObjects: ['KNOW_HOW'],
        transferForms: ['FRANCHISE'],
        transferModes: ['TRAINING'],
        rights: { kind: 'OWNERSHIP', exclusive: true, territory: 'Việt Nam', sublicensing: false },
      },
      new Date('2026-10-20T20:00:00Z'),
    );
    expect(values).toMatchObject({
      transferObjects: ['KNOW_HOW'],
      transferForm: 'FRANCHISE',
      'rights.kind': 'OWNERSHIP',
      'rights.exclusive': 'true',
      'rights.sublicensing': '',
      signedOn: '2026-10-21',
    });
    expect(dealDefaults(null).transferForm).toBe('');
  });
});

describe('the survey form', () => {
  it('needs an answer on use and a satisfaction from 1 to 5', () => {
    expect(parseSurveyForm(form([['implemented', 'false'], ['satisfaction', '4'], ['comment', ' ']])).input).toEqual({
      implemented: false,
      satisfaction: 4,
      comment: null,
    });
    expect(parseSurveyForm(form([['satisfaction', '9']])).problems).toEqual({ implemented: 'REQUIRED', satisfaction: 'REQUIRED' });
  });
});

describe('messages', () => {
  it('prefer this app’s sentence for a field and code, and otherwise keep the API’s words', () => {
    const { fieldErrors, formError } = formErrors(
      'en',
      {
        code: 'VALIDATION',
        message: 'Please check the marked fields.',
        fieldErrors: [
          { field: 'note', code: 'REQUIRED', message: 'Please enter the note.' },
          { field: 'input.rights.territory', code: 'TOO_SHORT', message: 'territory needs at least 2 characters.' },
        ],
      },
      INQUIRY_ERRORS,
    );
    expect(fieldErrors).toEqual({
      note: 'Please say why when the reason is “Other reason”.',
      'rights.territory': 'territory needs at least 2 characters.',
    });
    expect(formError).toBeNull();
    expect(formErrors('vi', { code: 'NOT_YOURS', message: 'Không thể…', fieldErrors: [] }, INQUIRY_ERRORS).formError).toBe('Không thể…');
    expect(problemMessages('vi', { valueVnd: 'NOT_AN_AMOUNT' }, 'inquiry').valueVnd).toContain('150.000.000');
  });

  it('write sizes and days in the reader’s language', () => {
    expect(formatBytes('vi', 48_213)).toBe('48,2 KB');
    expect(formatBytes('en', 2_400_000)).toBe('2.4 MB');
    expect(formatBytes('en', 734)).toBe('734 bytes');
    expect(formatDay('en', '2026-10-20')).toBe('October 20, 2026');
  });
});
