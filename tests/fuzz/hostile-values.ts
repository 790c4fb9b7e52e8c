// The values an attacker or a broken client sends where the API expects an id, a text, a number or a date.
// None of them contains a marker the leak check looks for (see fuzz-verdict.ts), so an echo of the input in a
// refusal is never mistaken for a leak.
import fc from 'fast-check';

/** Ids that are not uuids, and uuids that name nothing. */
export const MALFORMED_IDS = [
  '1',
  '0',
  '-1',
  '',
  ' ',
  'not-a-uuid',
  '%00',
  '\u0000',
  '\u0000\u0000\u0000',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
  "' OR '1'='1",
  '../../etc/passwd',
  '9'.repeat(40),
  'a'.repeat(5000),
];
export const UNKNOWN_UUIDS = ['00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];

const PAYLOADS = [
  '',
  ' ',
  '\t\n',
  "'; DROP TABLE \"Listing\"; --",
  "' OR 1=1 --",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '%00',
  '\u0000',
  '\uD800',
  '\uFFFF',
  '🐉🍈',
  'Thanh long ruột đỏ Tây Ninh',
  'ـــ\u202E\u200B',
  '\\',
  '%',
  '_',
  '*',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '2024-02-30',
  '0000-00-00T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  'x@',
  '@example.vn',
  'a'.repeat(300),
  'ạ'.repeat(2_000),
  'a'.repeat(70_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 3, arbitrary: fc.constantFrom(...MALFORMED_IDS, ...UNKNOWN_UUIDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.uuid() },
);

export const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 2_147_483_646, 100, 1_000, 1_000_000),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
  fc.integer({ min: -10, max: 200 }),
);

/** Numbers GraphQL's Int refuses (outside int32, fractions): they must be refused at validation, not later. */
export const outOfRangeNumber: fc.Arbitrary<number> = fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, 1e308, 0.5, -0.0001);

export const hostileDateTime: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2024-02-30', 'yesterday', '', '0000-00-00T00:00:00Z', '2030-01-01', '1970-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z'),
  hostileString,
);

/** VND amounts: integers up to and past what bigint columns hold. */
export const hostileMoney: fc.Arbitrary<number | string> = fc.oneof(
  fc.constantFrom(0, -1, 1, 90_000_000, Number.MAX_SAFE_INTEGER, '9223372036854775807', '9223372036854775808', '-9223372036854775809', '1e30', '1.5', 'abc'),
  fc.integer(),
);
