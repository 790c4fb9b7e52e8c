import { describe, expect, it } from 'vitest';
import { summarizePayload } from './jobs.service.ts';

describe('a job payload summary', () => {
  it('shows the fields, hides secret-looking ones at any depth, and stays short', () => {
    expect(summarizePayload({ id: '42' })).toBe('id: 42');
    expect(summarizePayload({ _cron: { ts: '2026-12-06T03:10:00.000Z', backfilled: true } })).toBe('_cron: ts: 2026-12-06T03:10:00.000Z, backfilled: true');
    expect(summarizePayload({ resetToken: 'abc', nested: { apiKey: 'k', password: 'p', user: 'u' } })).toBe('resetToken: [hidden], nested: apiKey: [hidden], password: [hidden], user: u');
    expect(summarizePayload({ text: 'x'.repeat(500) })).toHaveLength(200);
    expect(summarizePayload(null)).toBe('null');
    expect(summarizePayload({})).toBe('');
  });
});
