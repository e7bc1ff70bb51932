import { describe, expect, it } from 'vitest';
import { ARC_BEND, ARC_SEGMENTS, linkArc } from './link-arc.js';

describe('linkArc', () => {
  it('starts and ends exactly at the two places', () => {
    const arc = linkArc([15.6, 48.41], [15.61, 48.412]);
    expect(arc).toHaveLength(ARC_SEGMENTS + 1);
    expect(arc[0]).toEqual([15.6, 48.41]);
    expect(arc[ARC_SEGMENTS]).toEqual([15.61, 48.412]);
  });

  it('bows to the left of the chord by half the bend at its middle', () => {
    // Along the equator, eastwards: left is north.
    const arc = linkArc([0, 0], [2, 0]);
    const middle = arc[ARC_SEGMENTS / 2]!;
    expect(middle[0]).toBeCloseTo(1, 12);
    expect(middle[1]).toBeCloseTo((2 * ARC_BEND) / 2, 12);
    // Every point lies on the same side, none beyond the ends.
    for (const [x, y] of arc) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(2);
    }
  });

  it('bends the reverse link to the other side, so A→B and B→A do not overlap', () => {
    const there = linkArc([0, 0], [2, 0])[ARC_SEGMENTS / 2]!;
    const back = linkArc([2, 0], [0, 0])[ARC_SEGMENTS / 2]!;
    expect(there[1]).toBeGreaterThan(0);
    expect(back[1]).toBeLessThan(0);
  });

  it('keeps its shape at high latitude (longitudes scaled by the cosine)', () => {
    // Northwards at 60°N: left is west; the bulge in metres equals bend × length.
    const arc = linkArc([10, 60], [10, 60.02]);
    const middle = arc[ARC_SEGMENTS / 2]!;
    const westMetres = (10 - middle[0]) * Math.cos((60.01 * Math.PI) / 180);
    expect(westMetres).toBeCloseTo((0.02 * ARC_BEND) / 2, 9);
  });

  it('draws a straight line with no bend, and two points for one position', () => {
    expect(linkArc([1, 1], [3, 4], 0)).toEqual([
      [1, 1],
      [3, 4],
    ]);
    expect(linkArc([1, 1], [1, 1])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});
