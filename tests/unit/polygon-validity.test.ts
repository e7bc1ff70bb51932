import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonProblem, type PolygonProblemKind } from '../../shared/geo/polygon-validity.js';
import { repairPolygon } from '../../shared/geo/repair-polygon.js';
import { haveTools } from '../helpers/tools.js';
import { gdalPython } from './import/import-helper.js';

// Polygon validity is judged as GEOS judges it (GDAL, QGIS and PostGIS use GEOS): the verdicts
// and reasons are compared with GDAL's own IsValid() on hand-made cases and on generated ones.
// Repairs happen only where the surface stays the same, and then agree with the classic GEOS
// repair, buffer(0) (which, unlike this one, also "repairs" bow ties by dropping a lobe).

type Rings = Position[][];
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

const CASES: [string, Rings, PolygonProblemKind | null][] = [
  ['a square', [square(0, 0, 10)], null],
  [
    'a square with a repeated corner (as 453 of 506 countries in one file)',
    [
      [
        [0, 0],
        [10, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 10],
        [0, 0],
      ],
    ],
    null,
  ],
  [
    'a bow tie',
    [
      [
        [0, 0],
        [10, 10],
        [10, 0],
        [0, 10],
        [0, 0],
      ],
    ],
    'self-intersection',
  ],
  [
    'a spike out and back',
    [
      [
        [0, 0],
        [10, 0],
        [10, 5],
        [15, 5],
        [10, 5],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ],
    'self-intersection',
  ],
  [
    'a figure eight touching at a corner',
    [
      [
        [0, 0],
        [5, 5],
        [10, 0],
        [10, 10],
        [5, 5],
        [0, 10],
        [0, 0],
      ],
    ],
    'ring-self-intersection',
  ],
  ['a hole inside', [square(0, 0, 10), square(2, 2, 2)], null],
  [
    'a hole touching the outline at one corner',
    [
      square(0, 0, 10),
      [
        [0, 0],
        [3, 1],
        [1, 3],
        [0, 0],
      ],
    ],
    null,
  ],
  [
    'a hole touching the outline at two points',
    [
      square(0, 0, 10),
      [
        [0, 5],
        [5, 2],
        [10, 5],
        [5, 8],
        [0, 5],
      ],
    ],
    'disconnected-interior',
  ],
  ['two holes touching each other at one corner', [square(0, 0, 10), square(2, 2, 2), square(4, 4, 2)], null],
  [
    'holes chained from one side of the outline to the other',
    [
      square(0, 0, 10),
      [
        [0, 5],
        [2.5, 3],
        [5, 5],
        [2.5, 7],
        [0, 5],
      ],
      [
        [5, 5],
        [7.5, 3],
        [10, 5],
        [7.5, 7],
        [5, 5],
      ],
    ],
    'disconnected-interior',
  ],
  ['a hole sharing an edge with the outline', [square(0, 0, 10), square(0, 2, 3)], 'self-intersection'],
  ['a hole outside the outline', [square(0, 0, 10), square(20, 20, 2)], 'hole-outside-shell'],
  ['a hole inside another hole', [square(0, 0, 10), square(1, 1, 8), square(3, 3, 2)], 'nested-holes'],
  [
    'a ring of three corners and a repeat',
    [
      [
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ],
    ],
    'too-few-points',
  ],
];

const GDAL_KINDS: Record<string, PolygonProblemKind> = {
  'Self-intersection': 'self-intersection',
  'Ring Self-intersection': 'ring-self-intersection',
  'Hole lies outside shell': 'hole-outside-shell',
  'Holes are nested': 'nested-holes',
  'Interior is disconnected': 'disconnected-interior',
  'Too few points in geometry component': 'too-few-points',
};

/** GDAL's verdict per polygon: valid, the reason's kind, and the area GEOS's buffer(0) repair gives. */
function gdalJudges(polygons: Rings[]): { valid: boolean; kind: PolygonProblemKind | null; bufferedArea: number }[] {
  const script = `
import sys, json
from osgeo import ogr, gdal
messages = []
gdal.PushErrorHandler(lambda cls, no, msg: messages.append(msg))
out = []
for rings in json.load(sys.stdin):
    messages.clear()
    wkt = 'POLYGON(' + ','.join('(' + ','.join('%r %r' % (x, y) for x, y in ring) + ')' for ring in rings) + ')'
    geometry = ogr.CreateGeometryFromWkt(wkt)
    valid = bool(geometry is not None and geometry.IsValid())
    reason = messages[0] if messages else ''
    buffered = geometry.Buffer(0) if geometry is not None else None
    out.append([valid, reason, buffered.GetArea() if buffered is not None else -1])
print(json.dumps(out))
`;
  const output = JSON.parse(gdalPython(script, [], JSON.stringify(polygons))) as [boolean, string, number][];
  return output.map(([valid, reason, bufferedArea]) => ({
    valid,
    kind: valid ? null : (Object.entries(GDAL_KINDS).find(([text]) => reason.startsWith(text))?.[1] ?? null),
    bufferedArea,
  }));
}

/** Deterministic polygons: star-shaped outlines with square and triangular holes on a grid. */
function generated(seed: number, count: number, wild: boolean): Rings[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const whole = (n: number) => Math.floor(random() * n);
  const polygons: Rings[] = [];
  for (let index = 0; index < count; index++) {
    const corners = wild ? 3 + whole(8) : 6 + whole(20);
    const outline: Position[] = [];
    for (let corner = 0; corner < corners; corner++) {
      const angle = (corner / corners) * Math.PI * 2 + (wild ? (random() - 0.5) * 1.5 : 0);
      const radius = wild ? 8 * (0.3 + random()) : 10 * (0.7 + 0.3 * random());
      outline.push([Math.round(10 + Math.cos(angle) * radius), Math.round(10 + Math.sin(angle) * radius)]);
      if (random() < 0.1) outline.push([...outline[outline.length - 1]!]);
    }
    outline.push([...outline[0]!]);
    const rings: Rings = [outline];
    for (let hole = whole(4); hole > 0; hole--) {
      const [x, y, size] = [3 + whole(12), 3 + whole(12), 1 + whole(3)];
      rings.push(
        whole(2) === 0
          ? square(x, y, size)
          : [
              [x, y],
              [x + size, y],
              [x, y + size],
              [x, y],
            ],
      );
    }
    polygons.push(rings);
  }
  return polygons;
}

const gdal = haveTools('validateGpkg');

describe('polygon validity', () => {
  it.each(CASES)('%s', (_, rings, kind) => {
    expect(polygonProblem(rings)?.kind ?? null).toBe(kind);
  });

  it.runIf(gdal)('agrees with GDAL (GEOS) on every hand-made case, reason included', () => {
    const verdicts = gdalJudges(CASES.map(([, rings]) => rings));
    CASES.forEach(([name, , kind], index) => expect(verdicts[index]?.kind ?? null, name).toBe(kind));
  });

  it.runIf(gdal)('agrees with GDAL (GEOS) on 2,000 generated polygons, valid and invalid', () => {
    for (const [seed, wild] of [
      [7, false],
      [11, true],
    ] as const) {
      const polygons = generated(seed, 1000, wild);
      const verdicts = gdalJudges(polygons);
      const disagreements = polygons.flatMap((rings, index) => {
        const ours = polygonProblem(rings);
        const theirs = verdicts[index]!;
        if ((ours === null) !== theirs.valid) return [{ rings, ours, theirs }];
        // Star outlines have one problem at a time, so the reason must match too.
        if (!wild && ours && ours.kind !== theirs.kind) return [{ rings, ours, theirs }];
        return [];
      });
      expect(disagreements).toEqual([]);
      expect(verdicts.filter((verdict) => verdict.valid).length).toBeGreaterThan(100);
      expect(verdicts.filter((verdict) => !verdict.valid).length).toBeGreaterThan(100);
    }
  });

  it('judges a 100,000-corner outline, and finds the one crossing put into it', () => {
    const corners = 100_000;
    const outline: Position[] = [];
    for (let index = 0; index < corners; index++) {
      const angle = (index / corners) * Math.PI * 2;
      const radius = 1 + 0.01 * Math.sin(index * 0.37);
      outline.push([15 + Math.cos(angle) * radius, 48 + Math.sin(angle) * radius]);
    }
    outline.push([...outline[0]!]);
    expect(polygonProblem([outline])).toBeNull();
    // Swap two neighbouring corners: their edges now cross.
    const crossed = outline.map((position) => [...position]);
    [crossed[500], crossed[501]] = [crossed[501]!, crossed[500]!];
    const problem = polygonProblem([crossed]);
    expect(problem?.kind).toBe('self-intersection');
    const near = outline.slice(499, 503);
    for (const axis of [0, 1]) {
      expect(problem!.position[axis]).toBeGreaterThanOrEqual(Math.min(...near.map((corner) => corner[axis]!)));
      expect(problem!.position[axis]).toBeLessThanOrEqual(Math.max(...near.map((corner) => corner[axis]!)));
    }
  });
});

describe('polygon repair', () => {
  const area = (polygons: Rings[]) =>
    polygons.reduce(
      (sum, rings) =>
        sum +
        rings.reduce((ringSum, ring, index) => {
          let twice = 0;
          for (let corner = 0; corner + 1 < ring.length; corner++)
            twice += ring[corner]![0]! * ring[corner + 1]![1]! - ring[corner + 1]![0]! * ring[corner]![1]!;
          return ringSum + (index === 0 ? 1 : -1) * Math.abs(twice / 2);
        }, 0),
      0,
    );
  const byName = (name: string) => CASES.find(([caseName]) => caseName === name)![1];

  it('splits a figure eight into its two lobes, keeping their surface', () => {
    const repaired = repairPolygon(byName('a figure eight touching at a corner'))!;
    expect(repaired).toHaveLength(2);
    expect(repaired.every((rings) => polygonProblem(rings) === null)).toBe(true);
    expect(area(repaired)).toBeCloseTo(50, 9);
  });

  it('takes out a spike and rearranges a hole drawn along the outline, keeping the surface', () => {
    expect(area(repairPolygon(byName('a spike out and back'))!)).toBeCloseTo(100, 9);
    expect(area(repairPolygon(byName('a hole sharing an edge with the outline'))!)).toBeCloseTo(91, 9);
  });

  it('does not guess: a bow tie, a hole outside or inside another hole stay unrepaired', () => {
    expect(repairPolygon(byName('a bow tie'))).toBeNull();
    expect(repairPolygon(byName('a hole outside the outline'))).toBeNull();
    expect(repairPolygon(byName('a hole inside another hole'))).toBeNull();
  });

  it.runIf(gdal)('repairs to the surface GEOS buffer(0) gives, wherever it repairs', () => {
    const invalid = [...CASES.map(([, rings]) => rings), ...generated(7, 400, false)].filter(
      (rings) => polygonProblem(rings) !== null && polygonProblem(rings)?.kind !== 'too-few-points',
    );
    const verdicts = gdalJudges(invalid);
    let repairedCount = 0;
    invalid.forEach((rings, index) => {
      const repaired = repairPolygon(rings);
      if (!repaired) return;
      repairedCount += 1;
      expect(area(repaired)).toBeCloseTo(verdicts[index]!.bufferedArea, 6);
    });
    expect(repairedCount).toBeGreaterThanOrEqual(4);
  });
});
