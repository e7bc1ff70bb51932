import { describe, expect, it } from 'vitest';
import { parsePlaceInputFastPath } from '../../../shared/model/place-input-fast-path.js';
import { PlaceInputSchema } from '../../../shared/model/schemas.js';
import { CATEGORY_IDS, SECTOR_IDS } from '../../../shared/model/typology.js';

// The import's fast path must never accept what PlaceInputSchema refuses, and must output what
// the schema outputs when it accepts. Inputs: seeded random mixes of valid and invalid values
// for every field, plus hand-picked edges.

function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

const NAMES = [
  'Atelier',
  '  padded  ',
  '',
  '   ',
  'x'.repeat(200),
  ` ${'y'.repeat(200)} `,
  'x'.repeat(201),
  'Café ☕',
  7,
];
const CATEGORIES = [...CATEGORY_IDS, 'no-such-category', '', 'Creative-Firm', null];
const SECTORS = [...SECTOR_IDS, null, undefined, '', 'unknown', 3];
const TEXTS = ['', 'A description', 'd'.repeat(20_000), 'd'.repeat(20_001), undefined, null, 5];
const ADDRESSES = [undefined, '', 'Main street 1', 'a'.repeat(500), 'a'.repeat(501), null];
const WEBSITES = [undefined, '', 'https://example.org', 'ftp://nope', 'not a url'];
const TAGS = [undefined, [], ['one'], [''], 'tag'];
const FIELDS = [
  undefined,
  {},
  { phone: '123', staff: 4, open: true, closed: null },
  { ' padded ': 'x' },
  { '': 'empty name' },
  { ['k'.repeat(80)]: 1 },
  { ['k'.repeat(81)]: 1 },
  { big: 'v'.repeat(5000) },
  { bigger: 'v'.repeat(5001) },
  { nan: Number.NaN },
  { infinite: Number.POSITIVE_INFINITY },
  { nested: { a: 1 } },
  { list: [1] },
  Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`f${index}`, index])),
  Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`f${index}`, index])),
  [],
  null,
  'fields',
];
const LONGITUDES = [16.37, -180, 180, 180.0001, -180.5, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, '16.3', null];
const LATITUDES = [48.2, -90, 90, 90.5, -91, 0, Number.NaN, '48', undefined];

function randomInput(random: () => number): Record<string, unknown> {
  // Each field is usually a plain valid value, sometimes any value of its list (valid or not).
  const field = <T>(usual: T, values: readonly T[]): T => (random() < 0.75 ? usual : pick(random, values));
  const input: Record<string, unknown> = {
    name: field<unknown>('Atelier', NAMES),
    category: field<unknown>(pick(random, CATEGORY_IDS), CATEGORIES),
    sector: field<unknown>(null, SECTORS),
    description: field<unknown>('A description', TEXTS),
    address: field<unknown>(undefined, ADDRESSES),
    website: field<unknown>(undefined, WEBSITES),
    tags: field<unknown>(undefined, TAGS),
    customFields: field<unknown>({ phone: '123' }, FIELDS),
    longitude: field<unknown>(16.37, LONGITUDES),
    latitude: field<unknown>(48.2, LATITUDES),
  };
  for (const key of Object.keys(input)) if (input[key] === undefined && random() < 0.5) delete input[key];
  if (random() < 0.05) input.unexpected = 'key';
  return input;
}

function expectSameAsSchema(input: Record<string, unknown>) {
  const fast = parsePlaceInputFastPath(input);
  const schema = PlaceInputSchema.safeParse(input);
  if (fast !== null) {
    expect(schema.success, JSON.stringify(input).slice(0, 300)).toBe(true);
    expect(fast).toEqual(schema.data);
  }
  return { fast: fast !== null, valid: schema.success };
}

describe('the import fast path for PlaceInputSchema', () => {
  it('accepts only what the schema accepts, and outputs what the schema outputs', () => {
    const random = createRandom(2026);
    let accepted = 0;
    let valid = 0;
    for (let round = 0; round < 20_000; round++) {
      const outcome = expectSameAsSchema(randomInput(random));
      if (outcome.fast) accepted++;
      if (outcome.valid) valid++;
    }
    // The generator makes enough valid rows to matter, and the fast path takes most of them.
    expect(valid).toBeGreaterThan(2000);
    expect(accepted).toBeGreaterThan(valid / 2);
  });

  it('takes the rows an import plans (so large imports skip zod)', () => {
    const row = {
      position: 2,
      name: 'Studio 1',
      category: 'creative-firm',
      sector: 'design',
      description: 'Generated',
      customFields: { staff: 3, note: 'x' },
      longitude: 16.3394784,
      latitude: 48.2041984,
    };
    const { position: _position, ...input } = row;
    expect(parsePlaceInputFastPath(row, 'position')).toEqual(PlaceInputSchema.parse(input));
    expect(parsePlaceInputFastPath(row)).toBeNull(); // 'position' is not a place field
    expect(parsePlaceInputFastPath({ ...input, sector: 'design', category: 'museum' })).toBeNull();
    expect(PlaceInputSchema.safeParse({ ...input, sector: 'design', category: 'museum' }).success).toBe(false);
  });

  it('leaves unusual objects to the schema', () => {
    const withPrototype = Object.create({ inherited: 1 }) as Record<string, unknown>;
    Object.assign(withPrototype, { name: 'A', category: 'museum', longitude: 1, latitude: 1 });
    expect(parsePlaceInputFastPath(withPrototype)).toBeNull();
    const fields = { ok: 1, [Symbol('hidden')]: 2 };
    expect(
      parsePlaceInputFastPath({ name: 'A', category: 'museum', customFields: fields, longitude: 1, latitude: 1 }),
    ).toBeNull();
    expect(parsePlaceInputFastPath(null)).toBeNull();
    expect(parsePlaceInputFastPath([])).toBeNull();
  });
});
