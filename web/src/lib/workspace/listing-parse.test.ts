import { describe, expect, it } from 'vitest';
import { listing } from './listing-fixture';
import { ipErrorPath, parseIpTitles, parseStep, parseVnd, splitKeywords, valuesOf } from './listing-parse';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('valuesOf', () => {
  it('fills every input of the kind from the listing', () => {
    const values = valuesOf(listing);
    expect(values.titleVi).toBe('Sấy lạnh');
    expect(values.fieldCode).toBe('211');
    expect(values.keywords).toBe('sấy lạnh, bơm nhiệt');
    expect(values.validUntil).toBe('2027-06-30');
    expect(values.trl).toBe('7');
    expect(values['technology.advantages']).toBe('Tiết kiệm 40% điện\nGiữ 90% vitamin C');
    expect(values['technology.transferObjects']).toEqual(['KNOW_HOW']);
    expect(values['technology.rights.kind']).toBe('RIGHT_OF_USE');
    expect(values['technology.rights.sublicensing']).toBe('true');
    expect(values['technology.rights.exclusive']).toBe('');
    expect(values['price.type']).toBe('FIXED');
    expect(values['price.min']).toBe('150000000');
    expect(values['ipTitles.count']).toBe('1');
    expect(values['ipTitles.0.grantedAt']).toBe('2022-03-01');
    expect(values['equipment.make']).toBeUndefined();
  });
});

describe('parseStep', () => {
  it('reads the basics into a ListingInput, blank optional text clearing and required text kept blank', () => {
    const { input, problems } = parseStep(
      'TECHNOLOGY_OFFER',
      'basics',
      form([
        ['titleVi', '  Công nghệ   sấy lạnh '],
        ['titleEn', ''],
        ['summaryVi', ''],
        ['fieldCode', '211'],
        ['keywords', 'sấy lạnh, Sấy lạnh; bơm nhiệt,'],
        ['province', 'Tây Ninh'],
        ['validUntil', '2027-06-30'],
      ]),
    );
    expect(problems).toEqual({});
    expect(input).toEqual({
      titleVi: 'Công nghệ sấy lạnh',
      titleEn: null,
      summaryVi: '',
      summaryEn: null,
      fieldCode: '211',
      keywords: ['sấy lạnh', 'bơm nhiệt'],
      keywordsEn: [],
      commune: null,
      province: 'Tây Ninh',
      validUntil: '2027-06-30T16:59:59.999Z',
    });
  });

  it('reports numbers that are not numbers, keeps what was typed and leaves those fields out of the input', () => {
    const { input, values, problems } = parseStep(
      'TECHNOLOGY_OFFER',
      'terms',
      form([
        ['price.type', 'RANGE'],
        ['price.min', 'khoảng 2 tỷ'],
        ['price.max', '3.000.000.000'],
        ['technology.rights.kind', 'OWNERSHIP'],
        ['technology.rights.territory', 'Toàn quốc'],
        ['technology.rights.exclusive', 'true'],
        ['technology.transferModes', 'TRAINING'],
        ['technology.transferModes', 'NOT_A_MODE'],
        ['technology.support', 'Đào tạo 5 ngày'],
      ]),
    );
    expect(problems).toEqual({ 'price.min': 'NOT_AN_AMOUNT' });
    expect(values['price.min']).toBe('khoảng 2 tỷ');
    expect(input.price).toBeUndefined();
    expect(input.technology).toMatchObject({
      transferModes: ['TRAINING'],
      transferObjects: [],
      rights: { kind: 'OWNERSHIP', exclusive: true, territory: 'Toàn quốc', sublicensing: false },
      support: 'Đào tạo 5 ngày',
      royaltyPercent: null,
    });
    expect(input.technology).not.toHaveProperty('dossierPublic');
  });

  it('shapes prices by type and ignores the bounds a type does not use', () => {
    const fixed = parseStep('EQUIPMENT_OFFER', 'terms', form([['price.type', 'FIXED'], ['price.min', '150 000 000'], ['price.max', 'x']]));
    expect(fixed.problems).toEqual({});
    expect(fixed.input.price).toEqual({ type: 'FIXED', min: 150_000_000, max: null });
    const negotiable = parseStep('EQUIPMENT_OFFER', 'terms', form([['price.type', 'NEGOTIABLE'], ['price.min', 'abc']]));
    expect(negotiable.problems).toEqual({});
    expect(negotiable.input.price).toEqual({ type: 'NEGOTIABLE', min: null, max: null });
    expect(negotiable.input.equipment).toMatchObject({ knowHowIncluded: false, canDemonstrate: false, dealTypes: [] });
  });

  it('asks for the kind of right once rights are described, and clears rights left empty', () => {
    const half = parseStep('TECHNOLOGY_OFFER', 'terms', form([['technology.rights.territory', 'Toàn quốc']]));
    expect(half.problems['technology.rights.kind']).toBe('REQUIRED');
    const none = parseStep('TECHNOLOGY_OFFER', 'terms', form([]));
    expect(none.input.technology?.rights).toBeNull();
  });

  it('reads equipment specifications and integers, and refuses malformed ones', () => {
    const ok = parseStep(
      'EQUIPMENT_OFFER',
      'details',
      form([['equipment.specifications', 'Công suất: 500 kg/giờ\n- Điện áp: 380 V\n'], ['equipment.year', '2019'], ['equipment.quantity', '']]),
    );
    expect(ok.problems).toEqual({});
    expect(ok.input.equipment).toMatchObject({
      specifications: [
        { name: 'Công suất', value: '500 kg/giờ' },
        { name: 'Điện áp', value: '380 V' },
      ],
      year: 2019,
    });
    expect(ok.input.equipment).not.toHaveProperty('quantity');
    const bad = parseStep('EQUIPMENT_OFFER', 'details', form([['equipment.specifications', 'chỉ có tên'], ['equipment.year', '2019a']]));
    expect(bad.problems).toEqual({ 'equipment.specifications': 'SPEC_FORMAT', 'equipment.year': 'NOT_AN_INTEGER' });
  });

  it('reads the English versions beside the Vietnamese fields, a blank one clearing', () => {
    const details = parseStep(
      'TECHNOLOGY_OFFER',
      'details',
      form([['technology.problemSolvedEn', ' Colour loss '], ['technology.advantagesEn', '- Saves 40% power\n'], ['technology.trlEvidenceEn', '']]),
    );
    expect(details.input.technology).toMatchObject({ problemSolvedEn: 'Colour loss', advantagesEn: ['Saves 40% power'], applicationsEn: [], trlEvidenceEn: null });
    const terms = parseStep(
      'TECHNOLOGY_OFFER',
      'terms',
      form([['technology.rights.kind', 'OWNERSHIP'], ['technology.rights.territory', 'Toàn quốc'], ['technology.rights.territoryEn', ' Nationwide ']]),
    );
    expect(terms.input.technology?.rights).toMatchObject({ territory: 'Toàn quốc', territoryEn: 'Nationwide' });
    const specs = parseStep('EQUIPMENT_OFFER', 'details', form([['equipment.specificationsEn', 'Capacity: 500 kg/hour']]));
    expect(specs.input.equipment?.specificationsEn).toEqual([{ name: 'Capacity', value: '500 kg/hour' }]);
    expect(valuesOf({ ...listing, keywordsEn: ['cold drying'] }).keywordsEn).toBe('cold drying');
  });

  it('keeps request deadlines as calendar days and flags impossible ones', () => {
    const ok = parseStep('TECHNOLOGY_REQUEST', 'terms', form([['request.responseDeadline', '2027-02-28'], ['hideOrganisation', 'true']]));
    expect(ok.input.request?.responseDeadline).toBe('2027-02-28');
    expect(ok.input.hideOrganisation).toBe(true);
    const bad = parseStep('TECHNOLOGY_REQUEST', 'terms', form([['request.responseDeadline', '2027-02-30']]));
    expect(bad.problems).toEqual({ 'request.responseDeadline': 'INVALID_DATE' });
  });
});

describe('IP titles', () => {
  const rows = (extra: [string, string][] = []) =>
    form([
      ['ipTitles.count', '3'],
      ['ipTitles.0.type', 'PATENT'],
      ['ipTitles.0.status', 'GRANTED'],
      ['ipTitles.0.number', ' 1-0012345 '],
      ['ipTitles.0.title', 'Máy sấy'],
      ['ipTitles.0.ownerName', 'Cơ khí'],
      ['ipTitles.0.grantedAt', '2022-03-01'],
      ['ipTitles.1.type', ''],
      ['ipTitles.1.title', ''],
      ['ipTitles.2.type', 'TRADEMARK'],
      ['ipTitles.2.status', 'APPLICATION_FILED'],
      ['ipTitles.2.title', 'Nhãn hiệu'],
      ['ipTitles.2.ownerName', 'Cơ khí'],
      ...extra,
    ]);

  it('reads a title’s English name; a row with only an English name asks for the rest', () => {
    const parsed = parseIpTitles(rows([['ipTitles.0.titleEn', ' Dryer ']]));
    expect(parsed.ipTitles.map((t) => t.titleEn)).toEqual(['Dryer', null]);
    expect(parsed.values['ipTitles.0.titleEn']).toBe(' Dryer ');
    const alone = parseIpTitles(rows([['ipTitles.1.titleEn', 'Only English']]));
    expect(alone.problems).toMatchObject({ 'ipTitles.1.type': 'REQUIRED', 'ipTitles.1.title': 'REQUIRED' });
  });

  it('skips empty rows and remembers which row each sent title came from', () => {
    const parsed = parseIpTitles(rows());
    expect(parsed.problems).toEqual({});
    expect(parsed.ipTitles).toHaveLength(2);
    expect(parsed.ipTitles[0]).toMatchObject({ type: 'PATENT', number: '1-0012345', title: 'Máy sấy' });
    expect(parsed.ipTitles[1]).toMatchObject({ type: 'TRADEMARK', number: null, grantedAt: null });
    expect(parsed.rowOf).toEqual([0, 2]);
    expect(ipErrorPath('ipTitles.1', parsed.rowOf)).toBe('ipTitles.2.title');
    expect(ipErrorPath('ipTitles.1.number', parsed.rowOf)).toBe('ipTitles.2.number');
  });

  it('removes and adds rows', () => {
    const removed = parseIpTitles(rows(), { remove: 0 });
    expect(removed.ipTitles.map((t) => t.type)).toEqual(['TRADEMARK']);
    expect(removed.values['ipTitles.count']).toBe('2');
    expect(removed.values['ipTitles.1.title']).toBe('Nhãn hiệu');
    expect(parseIpTitles(rows(), { add: true }).values['ipTitles.count']).toBe('4');
  });

  it('asks for the type, status, title and owner of a row that has something typed', () => {
    const parsed = parseIpTitles(form([['ipTitles.count', '1'], ['ipTitles.0.number', '123'], ['ipTitles.0.grantedAt', 'hôm qua']]));
    expect(parsed.problems).toEqual({
      'ipTitles.0.type': 'REQUIRED',
      'ipTitles.0.status': 'REQUIRED',
      'ipTitles.0.title': 'REQUIRED',
      'ipTitles.0.ownerName': 'REQUIRED',
      'ipTitles.0.grantedAt': 'INVALID_DATE',
    });
    expect(parsed.ipTitles).toEqual([]);
  });
});

describe('numbers people type', () => {
  it('reads whole đồng with grouping, and nothing else', () => {
    expect(parseVnd('150000000')).toBe(150_000_000);
    expect(parseVnd('150.000.000')).toBe(150_000_000);
    expect(parseVnd('150,000,000 đ')).toBe(150_000_000);
    expect(parseVnd('1,5')).toBeNull();
    expect(parseVnd('2 tỷ')).toBeNull();
    expect(parseVnd('-5')).toBeNull();
    expect(parseVnd('99999999999999999999')).toBeNull();
  });

  it('splits keywords on commas, semicolons and lines, once each', () => {
    expect(splitKeywords('a, b;c\nA ,  ')).toEqual(['a', 'b', 'c']);
  });
});
