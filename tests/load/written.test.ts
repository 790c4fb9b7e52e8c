import { describe, expect, it } from 'vitest';
import { lostWrites } from './written.ts';

describe('the load run\'s lost-write check', () => {
  const acknowledged = [
    { inquiryId: 'a', body: 'load 1 #1' },
    { inquiryId: 'a', body: 'load 1 #2' },
    { inquiryId: 'b', body: 'load 1 #3' },
  ];

  it('finds nothing lost when every acknowledged message is read back', () => {
    expect(lostWrites(acknowledged, new Map([['a', new Set(['load 1 #1', 'load 1 #2', 'older'])], ['b', new Set(['load 1 #3'])]]))).toEqual([]);
  });

  it('names a message missing from its thread, and every message of a thread not read back at all', () => {
    expect(lostWrites(acknowledged, new Map([['a', new Set(['load 1 #2'])]]))).toEqual([
      { inquiryId: 'a', body: 'load 1 #1' },
      { inquiryId: 'b', body: 'load 1 #3' },
    ]);
  });

  it('does not take a message read back in another thread for the one written', () => {
    expect(lostWrites([{ inquiryId: 'a', body: 'x' }], new Map([['b', new Set(['x'])]]))).toEqual([{ inquiryId: 'a', body: 'x' }]);
  });
});
