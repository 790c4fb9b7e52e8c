import { describe, expect, it } from 'vitest';
import { pageVerdicts, verdictText } from './goals.ts';

const publicPage = { signedIn: false, rps16: 450, p99: 80, pageOverGraphql: 1.2, statementsAt10: 4, statementsAt50: 4 };

describe('the bench\'s goal column', () => {
  it('says met when a public page meets every goal', () => {
    expect(verdictText(pageVerdicts(publicPage))).toBe('met');
  });

  it('names each goal a figure misses', () => {
    expect(verdictText(pageVerdicts({ ...publicPage, rps16: 399, p99: 101 }))).toBe('miss: ≥ 400 req/s, p99 ≤ 100 ms');
    expect(verdictText(pageVerdicts({ ...publicPage, pageOverGraphql: 1.6 }))).toBe('miss: ≤ 1.5× GraphQL');
  });

  it('misses when SQL statements grow with the page size, and leaves the goal out where nothing takes a size', () => {
    expect(verdictText(pageVerdicts({ ...publicPage, statementsAt50: 5 }))).toBe('miss: SQL flat in page size');
    expect(pageVerdicts({ ...publicPage, statementsAt10: null, statementsAt50: null }).map((v) => v.goal)).not.toContain('SQL flat in page size');
  });

  it('holds signed-in pages to 200 req/s only', () => {
    const signedIn = { ...publicPage, signedIn: true, p99: 900, pageOverGraphql: 3 };
    expect(verdictText(pageVerdicts({ ...signedIn, rps16: 200 }))).toBe('met');
    expect(verdictText(pageVerdicts({ ...signedIn, rps16: 150 }))).toBe('miss: ≥ 200 req/s');
  });
});
