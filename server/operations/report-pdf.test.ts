import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOptions } from './report-pdf.ts';

const now = new Date('2026-12-06T05:00:00Z');

describe('npm run report:pdf options', () => {
  it('prints this year in Vietnamese to report-<year>.pdf unless told otherwise', () => {
    expect(readOptions([], now)).toEqual({ year: 2026, lang: 'vi', out: path.resolve('report-2026.pdf'), as: null });
    expect(readOptions(['--year', '2025', '--out', 'x/r.pdf', '--lang', 'en', '--as', ' Admin@Demo.vn '], now)).toEqual({
      year: 2025,
      lang: 'en',
      out: path.resolve('x/r.pdf'),
      as: 'admin@demo.vn',
    });
  });

  it('refuses a year the report cannot show, another language and an unknown option, saying which', () => {
    expect(readOptions(['--year', '2027'], now)).toBe('--year must be a year from 2000 to 2026');
    expect(readOptions(['--year', 'last'], now)).toBe('--year must be a year from 2000 to 2026');
    expect(readOptions(['--lang', 'fr'], now)).toBe('--lang must be vi or en');
    expect(readOptions(['--pages', '3'], now)).toMatch(/Unknown option '--pages'/);
  });
});
