import { describe, expect, it } from 'vitest';
import { fieldNames, rowName, sectionName, tableMethod, tableName } from './labels';
import { formatFigure, missingFigure } from './format';

const fields = fieldNames([{ code: '2', name: 'Khoa học kỹ thuật', children: [{ code: '205', name: 'Kỹ thuật cơ khí' }] }]);

describe('the report’s words', () => {
  it('name known sections and tables, and show an id the dictionaries do not know as itself', () => {
    expect(sectionName('en', 'negotiation')).toBe('Inquiries, negotiation and deals');
    expect(tableName('vi', 'ip.byType')).toBe('Văn bằng sở hữu trí tuệ được chào bán theo loại');
    expect(tableName('en', 'search.newTable')).toBe('search.newTable');
    expect(sectionName('vi', 'later')).toBe('later');
    expect(tableMethod('en', 'search.newTable')).toBeNull();
  });

  it('label rows from the enum vocabularies, quarters, field codes and typed labels', () => {
    expect(rowName('vi', 'listings.byKind', { key: 'EQUIPMENT_OFFER', label: null }, fields)).toBe('Chào bán thiết bị');
    expect(rowName('en', 'ip.byType', { key: 'UTILITY_SOLUTION', label: null }, fields)).toBe('Utility solution');
    expect(rowName('en', 'negotiation.valueByTransferForm', { key: 'FRANCHISE', label: null }, fields)).toBe('Franchise');
    expect(rowName('en', 'listings.byField', { key: 'AGRICULTURAL', label: null }, fields)).toBe('Agricultural sciences');
    expect(rowName('vi', 'x', { key: '205', label: null }, fields)).toBe('Kỹ thuật cơ khí');
    expect(rowName('vi', 'negotiation.byQuarter', { key: '2026-Q3', label: null }, fields)).toBe('Quý 3/2026');
    expect(rowName('vi', 'listings.byCommune', { key: 'Tân An', label: 'Tân An' }, fields)).toBe('Tân An');
    expect(rowName('en', 'moderation.throughput', { key: 'BACKLOG', label: null }, fields)).toBe('Waiting at the end of the period');
    expect(rowName('en', 'x', { key: 'SOMETHING_NEW', label: null }, fields)).toBe('SOMETHING_NEW');
  });

  it('format figures by their kind and say what an empty cell means', () => {
    expect(formatFigure('vi', 'SHARE', 119.6)).toBe('119,6 %');
    expect(formatFigure('en', 'HOURS', 26.25)).toBe('26.3 h');
    expect(formatFigure('vi', 'MONEY', 1_500_000_000)).toMatch(/^1\.500\.000\.000\s₫$/);
    expect(formatFigure('en', 'COUNT', null, missingFigure('en', true, 'COUNT', false))).toBe('< 3');
    expect(formatFigure('en', 'COUNT', null, missingFigure('en', true, 'COUNT', true))).toBe('hidden');
    expect(formatFigure('en', 'SHARE', null, missingFigure('en', true, 'SHARE', false))).toBe('—');
    expect(formatFigure('en', 'COUNT', null, missingFigure('en', false, 'COUNT', false))).toBe('—');
  });
});
