import { describe, expect, it } from 'vitest';
import { analyseQuery } from './query-analysis.ts';

const units = (text: string) => analyseQuery(text).units.map((u) => u.typed);

describe('a query cut into units and stop words', () => {
  it('drops stop words and request phrasing, typed with or without accents, and keeps them as typed', () => {
    expect(analyseQuery('Giải pháp xử lý nước thải cho xưởng bún')).toMatchObject({ stopWords: ['Giải pháp', 'cho'] });
    expect(units('giai phap xu ly nuoc thai cho xuong bun')).toEqual(['xu ly nuoc thai', 'xuong', 'bun']);
  });

  it('keeps a word whose unaccented spelling is a stop word only with accents when it is typed otherwise', () => {
    expect(units('được liệu')).toEqual(['liệu']);
    expect(units('duoc lieu')).toEqual(['duoc', 'lieu']); // dược liệu typed without accents
    expect(units('cơ khí')).toEqual(['cơ', 'khí']); // not "có"
    expect(units('KH&CN Long An')).toEqual(['KH&CN', 'Long', 'An']); // "an" is no stop word: a place name
  });

  it('reads the longest phrase of the lexicon, a synonym phrase over a stop phrase', () => {
    const [unit] = analyseQuery('khoa học và công nghệ').units;
    expect(unit.alternatives).toEqual(expect.arrayContaining([['khoa', 'hoc', 'va', 'cong', 'nghe'], ['kh', 'cn'], ['khcn']]));
    expect(units('công nghệ cao')).toEqual(['công nghệ cao']);
    expect(analyseQuery('công nghệ sấy thanh long')).toMatchObject({ stopWords: ['công nghệ'], units: [{ typed: 'sấy' }, { typed: 'thanh long', alternatives: [['thanh', 'long'], ['dragon', 'fruit']] }] });
  });

  it('searches a query of stop words only as typed, its last word possibly unfinished', () => {
    expect(analyseQuery('của các')).toMatchObject({ units: [{ typed: 'của', alternatives: [['cua']], last: false }, { typed: 'các', alternatives: [['cac']], last: true }], stopWords: [] });
  });

  it('keeps the typed text of a phrase whole, characters outside the BMP included', () => {
    expect(units('🌱 thanh</>long')).toEqual(['thanh</>long']);
  });
});
