// A report in the API's shape for the web's unit tests (the page's e2e reads the real one).
import type { ReportData } from './view';

const row = (key: string, values: (number | null)[], previous: (number | null)[], label: string | null = null) => ({ key, label, values, previous });

export const reportFixture: ReportData = {
  from: '2025-12-31T17:00:00.000Z',
  to: '2026-12-31T17:00:00.000Z',
  previousFrom: '2024-12-31T17:00:00.000Z',
  previousTo: '2025-12-31T17:00:00.000Z',
  generatedAt: '2026-12-06T05:00:00.000Z',
  sections: [
    {
      id: 'listings',
      tables: [
        {
          id: 'listings.byKind',
          columns: [{ key: 'count', kind: 'COUNT' }, { key: 'share', kind: 'SHARE' }],
          rows: [row('TECHNOLOGY_OFFER', [12, 60], [8, 50]), row('EQUIPMENT_OFFER', [5, 25], [6, 37.5]), row('TECHNOLOGY_REQUEST', [3, 15], [2, 12.5])],
          total: row('TOTAL', [20, 100], [16, 100]),
          denominator: 20,
          source: 'PLATFORM',
          sourceNote: null,
          chart: 'BAR',
          suppressed: false,
        },
        {
          id: 'listings.byField',
          columns: [{ key: 'count', kind: 'COUNT' }, { key: 'share', kind: 'SHARE' }],
          rows: [row('ENGINEERING_TECHNOLOGY', [14, 70], [9, 56.3]), row('AGRICULTURAL', [6, 30], [7, 43.8])],
          total: null,
          denominator: 20,
          source: 'PLATFORM',
          sourceNote: null,
          chart: 'BAR',
          suppressed: false,
        },
      ],
    },
    {
      id: 'search',
      tables: [
        {
          id: 'search.unmetTerms',
          columns: [{ key: 'count', kind: 'COUNT' }],
          rows: [row('máy sấy "nông sản", loại nhỏ', [7], [null], 'máy sấy "nông sản", loại nhỏ'), row('chế phẩm sinh học', [4], [2], 'chế phẩm sinh học')],
          total: null,
          denominator: null,
          source: 'PLATFORM',
          sourceNote: null,
          chart: null,
          suppressed: false,
        },
      ],
    },
    {
      id: 'negotiation',
      tables: [
        {
          id: 'negotiation.byQuarter',
          columns: [{ key: 'inquiries', kind: 'COUNT' }, { key: 'deals', kind: 'COUNT' }],
          rows: [row('2026-Q1', [null, 5], [4, 3]), row('2026-Q2', [6, 4], [3, 3])],
          total: row('TOTAL', [null, 9], [7, 6]),
          denominator: null,
          source: 'PLATFORM',
          sourceNote: null,
          chart: 'COLUMN',
          suppressed: true,
        },
      ],
    },
    {
      id: 'department',
      tables: [
        {
          id: 'department.events',
          columns: [{ key: 'count', kind: 'COUNT' }, { key: 'participants', kind: 'COUNT' }],
          rows: [row('TECHMART', [2, 450], [1, 300], 'Chợ công nghệ (Techmart)')],
          total: null,
          denominator: null,
          source: 'DEPARTMENT',
          sourceNote: 'Báo cáo số 123/BC-SKHCN',
          chart: 'BAR',
          suppressed: false,
        },
      ],
    },
  ],
};
