import { describe, expect, it } from 'vitest';
import { polygonsFoundValid } from '../../../shared/geo/polygon-validity.js';
import { parseQuarterInputFastPath } from '../../../shared/model/quarter-input-fast-path.js';
import { QuarterInputSchema } from '../../../shared/model/schemas.js';

// The areas' fast path accepts nothing QuarterInputSchema refuses, and what it accepts it outputs
// as the schema does; it may be unsure (null) of a valid one, never sure of an invalid one.

const square = (x = 16, y = 48, size = 0.01) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

const inputs: Record<string, unknown>[] = [
  { name: 'Quarter', geometry: { type: 'Polygon', coordinates: [square()] } },
  {
    name: 'With hole',
    description: 'x',
    geometry: { type: 'Polygon', coordinates: [square(16, 48, 1), square(16.2, 48.2, 0.1)] },
  },
  { name: 'Hole outside', geometry: { type: 'Polygon', coordinates: [square(), square(17, 49)] } },
  {
    name: 'Bow tie',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [16, 48],
          [16.1, 48.1],
          [16.1, 48],
          [16, 48.1],
          [16, 48],
        ],
      ],
    },
  },
  { name: 'Open', geometry: { type: 'Polygon', coordinates: [square().slice(0, 4)] } },
  {
    name: 'Short',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [16, 48],
          [16.1, 48],
          [16, 48],
        ],
      ],
    },
  },
  { name: 'Out of range', geometry: { type: 'Polygon', coordinates: [square(179.999, 48)] } },
  { name: 'Heights', geometry: { type: 'Polygon', coordinates: [square().map(([x, y]) => [x, y, 3])] } },
  { name: 'Text', geometry: { type: 'Polygon', coordinates: [square().map(([x, y]) => [String(x), y])] } },
  { name: 'NaN', geometry: { type: 'Polygon', coordinates: [[[Number.NaN, 48], ...square().slice(1)]] } },
  { name: 'No rings', geometry: { type: 'Polygon', coordinates: [] } },
  { name: 'Not a polygon', geometry: { type: 'MultiPolygon', coordinates: [[square()]] } },
  { name: 'Extra key', geometry: { type: 'Polygon', coordinates: [square()], bbox: [16, 48, 16.01, 48.01] } },
  { name: '', geometry: { type: 'Polygon', coordinates: [square()] } },
  { name: 'x'.repeat(500), geometry: { type: 'Polygon', coordinates: [square()] } },
  { name: 'Unknown field', colour: 'red', geometry: { type: 'Polygon', coordinates: [square()] } },
  { name: 'Kind', kind: 'no-such-kind', geometry: { type: 'Polygon', coordinates: [square()] } },
  {
    name: 'Translated',
    translations: { de: { name: 'Viertel' } },
    geometry: { type: 'Polygon', coordinates: [square()] },
  },
  { name: 'Bad translation', translations: { xx: 5 }, geometry: { type: 'Polygon', coordinates: [square()] } },
  { name: 'Null geometry', geometry: null },
];

describe('the fast path of an area’s checks', () => {
  it.each(inputs.map((input) => [String(input.name).slice(0, 20), input] as const))(
    'agrees with the schema: %s',
    (_, input) => {
      const fast = parseQuarterInputFastPath(input);
      const schema = QuarterInputSchema.safeParse(input);
      if (fast) {
        expect(schema.success).toBe(true);
        expect(fast).toEqual(schema.data);
      }
      if (!schema.success) expect(fast).toBeNull();
    },
  );

  it('is sure of valid areas, and of rings the planning found valid without checking them again', () => {
    expect(parseQuarterInputFastPath(inputs[0]!)).not.toBeNull();
    const crossing = [
      [
        [16, 48],
        [16.1, 48.1],
        [16.1, 48],
        [16, 48.1],
        [16, 48],
      ],
    ];
    expect(parseQuarterInputFastPath({ name: 'x', geometry: { type: 'Polygon', coordinates: crossing } })).toBeNull();
    // Only the planning marks rings as found valid (it ran the same check on the same array).
    polygonsFoundValid.add(crossing);
    expect(
      parseQuarterInputFastPath({ name: 'x', geometry: { type: 'Polygon', coordinates: crossing } }),
    ).not.toBeNull();
  });
});
