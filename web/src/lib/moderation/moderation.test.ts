import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { moderationEn } from '$lib/i18n/moderation.en';
import { moderationVi } from '$lib/i18n/moderation.vi';
import { describeAuditEvent } from './audit';
import { listingClaims, organisationClaims } from './claims';
import { diffWords, side } from './diff';
import { fieldLabel, fieldLeaf, LISTING_COMMENT_FIELDS, ORGANISATION_COMMENT_FIELDS } from './fields';
import { directoryHref, parseDirectoryFilters } from './directory';
import { daysWaiting, hasFilters, parseQueueFilters } from './queue';
import { checkReview, readReviewForm, reviewErrors, reviewInputName, toReviewInput } from './review-form';
import { listingJsonLd, organisationJsonLd, serializeJsonLd } from './seo';
import { readableValue } from './values';

const vi = translator('vi');
const en = translator('en');

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe('moderation dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(moderationEn).sort()).toEqual(Object.keys(moderationVi).sort());
  });

  it('name every field a moderator can comment on', () => {
    const fields = [...Object.values(LISTING_COMMENT_FIELDS).flat(), ...ORGANISATION_COMMENT_FIELDS];
    for (const field of fields) expect(fieldLabel(vi, field), field).not.toBe(field);
  });
});

describe('field names', () => {
  it('take the last segment of an input path, skipping list indexes', () => {
    expect(fieldLeaf('input.technology.trlEvidence')).toBe('trlEvidence');
    expect(fieldLeaf('ipTitles.0')).toBe('ipTitles');
    expect(fieldLeaf('titleVi')).toBe('titleVi');
  });

  it('are translated, and unknown ones keep the API name', () => {
    expect(fieldLabel(vi, 'details.trlEvidence')).toBe('Minh chứng TRL');
    expect(fieldLabel(en, 'trlEvidence')).toBe('TRL evidence');
    expect(fieldLabel(en, 'somethingNew')).toBe('somethingNew');
  });
});

describe('review form', () => {
  it('reads the decision and only the filled-in field comments', () => {
    const values = readReviewForm(
      form({ action: 'REQUEST_CHANGES', reason: '', comment: '  ', 'fieldComment.technology.trlEvidence': ' Thiếu biên bản ', 'fieldComment.titleVi': '' }),
    );
    expect(values).toEqual({ action: 'REQUEST_CHANGES', reason: '', comment: '', fieldComments: { 'technology.trlEvidence': 'Thiếu biên bản' } });
    expect(checkReview(values, ['APPROVE', 'REQUEST_CHANGES', 'REJECT'])).toEqual({});
    expect(toReviewInput(values)).toEqual({
      action: 'REQUEST_CHANGES',
      reason: null,
      comment: null,
      fieldComments: [{ field: 'technology.trlEvidence', comment: 'Thiếu biên bản' }],
    });
  });

  it('asks for a decision the page offers', () => {
    expect(checkReview(readReviewForm(form({})), ['APPROVE'])).toEqual({ action: 'validation.action.REQUIRED' });
    expect(checkReview(readReviewForm(form({ action: 'UNPUBLISH' })), ['APPROVE', 'REJECT'])).toEqual({
      action: 'validation.action.REQUIRED',
    });
  });

  it('needs a reason and a comment to reject or unpublish, and a comment of some kind to request changes', () => {
    expect(checkReview(readReviewForm(form({ action: 'REJECT' })), ['REJECT'])).toEqual({
      reason: 'validation.reason.REQUIRED',
      comment: 'validation.comment.REQUIRED',
    });
    expect(checkReview(readReviewForm(form({ action: 'UNPUBLISH', reason: 'IP_DISPUTE', comment: 'Có khiếu nại' })), ['UNPUBLISH'])).toEqual({});
    expect(checkReview(readReviewForm(form({ action: 'REQUEST_CHANGES' })), ['REQUEST_CHANGES'])).toEqual({
      comment: 'validation.comment.REQUIRED',
    });
    expect(checkReview(readReviewForm(form({ action: 'APPROVE', reason: 'NOPE' })), ['APPROVE'])).toEqual({
      reason: 'validation.INVALID_VALUE',
    });
  });

  it('sends no field comments with an approval', () => {
    const values = readReviewForm(form({ action: 'APPROVE', 'fieldComment.titleVi': 'Tốt' }));
    expect(toReviewInput(values).fieldComments).toEqual([]);
  });

  it('puts the API field errors next to the right inputs', () => {
    const input = toReviewInput(
      readReviewForm(form({ action: 'REQUEST_CHANGES', 'fieldComment.titleVi': 'a', 'fieldComment.technology.support': 'b' })),
    );
    expect(reviewInputName('review.reason', input)).toBe('reason');
    expect(reviewInputName('review.fieldComments.1.comment', input)).toBe('fieldComment.technology.support');
    expect(reviewInputName('fieldComments.titleVi', input)).toBe('fieldComment.titleVi');
    expect(reviewInputName('fieldComments.technology.support', input)).toBe('fieldComment.technology.support');
    expect(reviewInputName('fieldComments', input)).toBe('fieldComments');

    const errors = reviewErrors(
      'vi',
      {
        code: 'VALIDATION',
        message: 'invalid',
        fieldErrors: [
          { field: 'review.reason', code: 'REQUIRED', message: 'reason required' },
          { field: 'review.fieldComments.0.comment', code: 'TOO_LONG', message: 'Nhận xét tối đa 2000 ký tự.' },
          { field: 'review.comment', code: 'ODD_CODE', message: 'The API says so' },
        ],
      },
      input,
    );
    expect(errors.fieldErrors).toEqual({
      reason: 'Vui lòng chọn lý do.',
      // A limit keeps the API's words, which carry the number.
      'fieldComment.titleVi': 'Nhận xét tối đa 2000 ký tự.',
      comment: 'The API says so',
    });
    expect(errors.formError).toBeNull();
    expect(reviewErrors('en', { code: 'INVALID_TRANSITION', message: 'x', fieldErrors: [] }, input).formError).toBe(
      'This item is no longer in a state that allows this (someone may have handled it already).',
    );
  });
});

describe('word diff', () => {
  it('marks removed and added words and keeps the rest', () => {
    const parts = diffWords('TRL 6, thử nghiệm tại Long An', 'TRL 7, thử nghiệm tại Tây Ninh');
    expect(side(parts, 'before').map((p) => [p.op, p.text])).toEqual([
      ['same', 'TRL '],
      ['removed', '6'],
      ['same', ', thử nghiệm tại '],
      ['removed', 'Long An'],
    ]);
    expect(side(parts, 'after').map((p) => [p.op, p.text])).toEqual([
      ['same', 'TRL '],
      ['added', '7'],
      ['same', ', thử nghiệm tại '],
      ['added', 'Tây Ninh'],
    ]);
  });

  it('handles empty sides and equal texts', () => {
    expect(diffWords('', 'mới')).toEqual([{ op: 'added', text: 'mới' }]);
    expect(diffWords('cũ', '')).toEqual([{ op: 'removed', text: 'cũ' }]);
    expect(diffWords('như nhau', 'như nhau')).toEqual([{ op: 'same', text: 'như nhau' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('gives back each version exactly on its side', () => {
    const before = 'Máy sấy  lúa 5 tấn/mẻ,\nđốt trấu; tiết kiệm 30% nhiên liệu.';
    const after = 'Máy sấy lúa 8 tấn/mẻ,\nđốt trấu hoặc củi; tiết kiệm 35% nhiên liệu và nhân công.';
    const parts = diffWords(before, after);
    expect(side(parts, 'before').map((p) => p.text).join('')).toBe(before);
    expect(side(parts, 'after').map((p) => p.text).join('')).toBe(after);
  });

  it('keeps line breaks', () => {
    const after = side(diffWords('một\nhai', 'một\nba'), 'after');
    expect(after.map((p) => p.text).join('')).toBe('một\nba');
  });
});

describe('audit trail', () => {
  const event = (action: string, data: unknown, actorName: string | null = 'Lê Thị Hân', locale: 'vi' | 'en' = 'vi') =>
    describeAuditEvent(locale === 'vi' ? vi : en, locale, { action, actorName, data: JSON.stringify(data) });

  it('says who did what, in either language', () => {
    expect(event('listing.submit', { from: 'DRAFT', to: 'PENDING_REVIEW' })).toEqual({
      sentence: 'Lê Thị Hân đã gửi Sở kiểm duyệt.',
      facts: [{ label: 'Trạng thái', value: 'Bản nháp → Chờ kiểm duyệt' }],
      fieldComments: [],
      changes: [],
    });
    expect(event('organisation.revision.request_changes', {}, 'Jane', 'en').sentence).toBe('Jane asked for changes to the edit.');
    expect(event('listing.expire', {}, null, 'en').sentence).toBe('System: the listing reached the end of its validity and left the exchange.');
  });

  it('names the platform, not a person, for what the clock did', () => {
    const byPlatform = (locale: 'vi' | 'en') =>
      describeAuditEvent(locale === 'vi' ? vi : en, locale, { action: 'listing.expire', actorName: null, data: '{}', byPlatform: true }).sentence;
    expect(byPlatform('vi')).toBe('Nền tảng: tin đã hết thời hạn hiệu lực và được gỡ khỏi sàn.');
    expect(byPlatform('en')).toBe('The platform: the listing reached the end of its validity and left the exchange.');
  });

  it('names decisions, reasons and claims by their labels and lists the comments per field', () => {
    const decided = event('listing.requestChanges', {
      from: 'PENDING_REVIEW', to: 'CHANGES_REQUESTED', action: 'REQUEST_CHANGES', reason: 'INCOMPLETE', comment: 'Bổ sung số liệu.',
      fieldComments: { 'technology.trlEvidence': 'Cần biên bản thử nghiệm.', trl: 'TRL quá cao.' },
    });
    expect(decided.facts).toEqual([
      { label: 'Trạng thái', value: 'Chờ kiểm duyệt → Cần chỉnh sửa' },
      { label: 'Lý do', value: 'Thông tin chưa đầy đủ' },
      { label: 'Nhận xét', value: 'Bổ sung số liệu.' },
    ]);
    expect(decided.fieldComments).toEqual([
      { label: vi('field.trlEvidence'), comment: 'Cần biên bản thử nghiệm.' },
      { label: vi('field.trl'), comment: 'TRL quá cao.' },
    ]);
    const claim = event('listing.verifyClaim', { claim: 'TRL_EVIDENCE', note: null }, 'Mod', 'en');
    expect(claim).toMatchObject({ sentence: 'Mod verified a claim.', facts: [{ label: 'Claim', value: en('claim.TRL_EVIDENCE') }] });
    // Identifiers and file names say nothing to a reader.
    expect(event('listing.addImage', { fileName: 'a1b2.webp' }).facts).toEqual([]);
    expect(event('listing.submitRevision', { revisionId: '0b7c…' }).facts).toEqual([]);
  });

  it('keeps content edits as field changes', () => {
    const changes = [{ field: 'titleVi', before: 'Máy sấy lúa', after: 'Máy sấy lúa 8 tấn' }];
    expect(event('listing.revise', { changes }).changes).toEqual(changes);
  });

  it('reads an action and details it does not know as words, never as codes or JSON', () => {
    const unknown = event('listing.fastTrack', { newOwnerId: 'x', previousRole: 'OWNER', note: 'Bàn giao', extra: { mode: 'FAST_TRACK', count: 2 } }, 'Admin', 'en');
    expect(unknown.sentence).toBe('Admin did “fast track”.');
    expect(unknown.facts).toEqual([
      { label: 'previous role', value: 'Owner' },
      { label: 'Note', value: 'Bàn giao' },
      { label: 'extra', value: 'mode: fast track; count: 2' },
    ]);
    expect(event('listing.somethingElse', 'not an object').facts).toEqual([{ label: 'details', value: 'not an object' }]);
  });
});

describe('queue filters', () => {
  it('accept known values only', () => {
    expect(parseQueueFilters(new URLSearchParams('entityType=listing&kind=EQUIPMENT_OFFER&field=2.1'))).toEqual({
      entityType: 'listing',
      kind: 'EQUIPMENT_OFFER',
      fieldCode: '2.1',
    });
    const junk = parseQueueFilters(new URLSearchParams('entityType=user&kind=X&field=%3Cscript%3E'));
    expect(junk).toEqual({ entityType: null, kind: null, fieldCode: null });
    expect(hasFilters(junk)).toBe(false);
  });

  it('ignore a listing kind when showing organisations', () => {
    expect(parseQueueFilters(new URLSearchParams('entityType=organisation&kind=EQUIPMENT_OFFER')).kind).toBeNull();
  });

  it('count whole days of waiting', () => {
    const now = new Date('2025-09-10T08:00:00Z');
    expect(daysWaiting('2025-09-07T09:00:00Z', now)).toBe(2);
    expect(daysWaiting('2025-09-10T09:00:00Z', now)).toBe(0);
  });
});

describe('JSON-LD', () => {
  const base = {
    title: 'Máy sấy </script><script>alert(1)</script> & co',
    summary: 'Sấy nông sản',
    keywords: ['sấy', 'nông sản'],
    province: 'Tây Ninh',
    commune: 'Tân An',
    validUntil: '2026-12-31T00:00:00.000Z',
    field: { name: 'Kỹ thuật cơ khí' },
    organisation: { name: 'HTX Thạnh Lợi', slug: 'htx-thanh-loi' },
  };
  const urls = { page: 'https://example.vn/listings/may-say', organisation: 'https://example.vn/organisations/htx-thanh-loi' };

  it('cannot close its script element', () => {
    const json = serializeJsonLd(listingJsonLd({ ...base, kind: 'EQUIPMENT_OFFER', price: { type: 'FIXED', min: 150_000_000 } }, urls));
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).name).toBe(base.title);
  });

  // The shapes of each kind, and their validity against schema.org: schema-org.test.ts.
  it('describes a request as a Demand, without the organisation when it is hidden', () => {
    const data = listingJsonLd(
      { ...base, organisation: null, kind: 'TECHNOLOGY_REQUEST', price: { type: 'NEGOTIABLE' }, request: { budgetMax: 500_000_000 } },
      urls,
    );
    expect(data).toMatchObject({ '@type': 'Demand', priceSpecification: { maxPrice: 500_000_000 } });
    expect(data).not.toHaveProperty('seller');
  });

  it('describes an organisation, linking only web addresses', () => {
    const data = organisationJsonLd(
      { name: 'Viện A', nameVi: 'Viện A', nameEn: 'Institute A', province: 'Tây Ninh', website: 'javascript:alert(1)' },
      'https://example.vn/organisations/vien-a',
    );
    expect(data).toMatchObject({ '@type': 'Organization', alternateName: ['Institute A'], address: { addressRegion: 'Tây Ninh' } });
    expect(data).not.toHaveProperty('sameAs');
  });
});

describe('organisation directory filters', () => {
  it('read known kinds, a field code, a province and the page cursor', () => {
    const filters = parseDirectoryFilters(new URLSearchParams('kind=ST_ENTERPRISE&field=4.1&province=%20T%C3%A2y%20Ninh%20&after=WyJkaXJlY3RvcnkiXQ'));
    expect(filters).toEqual({ kind: 'ST_ENTERPRISE', fieldCode: '4.1', province: 'Tây Ninh', after: 'WyJkaXJlY3RvcnkiXQ' });
    expect(directoryHref(filters)).toBe('/organisations?kind=ST_ENTERPRISE&field=4.1&province=T%C3%A2y+Ninh&after=WyJkaXJlY3RvcnkiXQ');
  });

  it('fall back to everything on the first page for junk', () => {
    const filters = parseDirectoryFilters(new URLSearchParams(`kind=ROBOT&field=%22%3E&after=${'x'.repeat(3000)}`));
    expect(filters).toEqual({ kind: null, fieldCode: null, province: null, after: null });
    expect(directoryHref(filters)).toBe('/organisations');
  });
});

describe('claims', () => {
  it('show what the seller states, or nothing to verify', () => {
    const rows = listingClaims(vi, {
      trl: 6,
      appraisalLevel: null,
      verifiedClaims: ['TRL_EVIDENCE'],
      ipTitles: [{ type: 'PATENT', number: '1-0023456', title: 'Quy trình chiết xuất' }],
      technology: { trlEvidence: 'Biên bản nghiệm thu 2023' },
    });
    expect(rows).toEqual([
      { claim: 'IP_NUMBER', verified: false, evidence: 'Sáng chế 1-0023456: Quy trình chiết xuất' },
      { claim: 'TRL_EVIDENCE', verified: true, evidence: 'TRL 6 — Biên bản nghiệm thu 2023' },
      { claim: 'APPRAISAL_LEVEL', verified: false, evidence: null },
    ]);
    expect(organisationClaims({ stCertificateNumber: ' ', verifiedClaims: [] })).toEqual([
      { claim: 'ST_CERTIFICATE', verified: false, evidence: null },
    ]);
  });
});

describe('changed values', () => {
  it('read as lines of words, with enum codes and booleans translated', () => {
    expect(readableValue(vi, 'vi', 'details.advantages', '[\n "Nhanh hơn 40%",\n "Bền hơn"\n]')).toBe('• Nhanh hơn 40%\n• Bền hơn');
    expect(readableValue(en, 'en', 'details.transferForms', '["FRANCHISE","IP_RIGHT_TRANSFER"]')).toBe(
      '• Franchise\n• Transfer of intellectual property rights',
    );
    expect(readableValue(vi, 'vi', 'details.rights', '{"exclusive":false,"kind":"RIGHT_OF_USE","territory":"Tây Ninh"}')).toBe(
      'Độc quyền: Không · Loại quyền: Chuyển giao quyền sử dụng · Phạm vi lãnh thổ: Tây Ninh',
    );
    expect(readableValue(en, 'en', 'details.dealTypes', '["LICENSE"]')).toBe('Licence');
    expect(readableValue(en, 'en', 'priceType', 'RANGE')).toBe('Price range');
    expect(readableValue(en, 'en', 'hideOrganisation', 'true')).toBe('Yes');
    expect(readableValue(en, 'en', 'trl', '7')).toBe('7');
    expect(readableValue(vi, 'vi', 'summaryVi', '[Bản] thử')).toBe('[Bản] thử');
    expect(readableValue(vi, 'vi', 'titleEn', null)).toBeNull();
  });
});
