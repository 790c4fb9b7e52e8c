import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseTimestamptz } from './row-types.ts';

const general = pg.types.getTypeParser(1184, 'text') as (value: string) => Date;

describe('timestamptz parser of the hot reads', () => {
  it('reads every shape PostgreSQL prints as pg does, to the millisecond', () => {
    for (const value of [
      '2026-11-26 08:19:41+00', '2026-11-26 08:19:41.1+00', '2026-11-26 08:19:41.12+00', '2026-11-26 08:19:41.123+00',
      '2026-11-26 08:19:41.123456+00', '2024-02-29 23:59:59.999+00', '1970-01-01 00:00:00+00',
      '2026-11-26 15:19:41.5+07', '2026-11-26 08:19:41-03:30', '0099-01-01 00:00:00+00 BC', 'infinity',
    ]) {
      expect(parseTimestamptz(value), value).toEqual(general(value));
    }
  });
});
