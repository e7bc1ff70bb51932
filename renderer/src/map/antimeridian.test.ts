import { describe, expect, it } from 'vitest';
import { flattenPolygonal, splitLinesAtAntimeridian, unwrapRing } from './antimeridian.js';
import { getWorldBasemap } from './world-basemap.js';

/** An edge that jumps more than half the world, other than the closing edge along a pole. */
const crossesFlat = (ring: number[][]) =>
  ring.some((position, index) => {
    const previous = ring[index - 1];
    if (!previous) return false;
    const alongPole = Math.abs(position[1] ?? 0) === 85.0511 && Math.abs(previous[1] ?? 0) === 85.0511;
    return !alongPole && Math.abs((position[0] ?? 0) - (previous[0] ?? 0)) > 180;
  });

describe('antimeridian', () => {
  it('makes a ring across the 180th meridian continuous', () => {
    const fiji = unwrapRing([
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ]);
    expect(fiji).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
  });

  it('closes a ring that goes round a pole along the edge of the map', () => {
    const ring = unwrapRing([
      [-180, -70],
      [0, -70],
      [179, -70],
      [-180, -70],
    ]);
    expect(crossesFlat(ring)).toBe(false);
    expect(ring.some(([, latitude]) => latitude === -85.0511)).toBe(true);
  });

  it('winds outer rings counter-clockwise and breaks lines at the jump', () => {
    const clockwise = flattenPolygonal({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    });
    expect(clockwise.coordinates[0]?.[1]).toEqual([1, 0]);
    const lines = splitLinesAtAntimeridian({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 60],
          [179.9, 60],
          [-179.9, 60],
          [-170, 60],
        ],
      ],
    });
    expect(lines.coordinates).toHaveLength(2);
  });

  it('leaves no land edge and no border jumping across the world map', () => {
    const world = getWorldBasemap();
    for (const feature of world.land.features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) for (const ring of polygon) expect(crossesFlat(ring)).toBe(false);
    }
    for (const line of world.borders.geometry.coordinates) expect(crossesFlat(line)).toBe(false);
    const russia = world.countryLabels.features.find((label) => label.properties.name === 'Russia');
    expect(russia?.geometry.coordinates[0]).toBeGreaterThan(40);
    expect(russia?.geometry.coordinates[0]).toBeLessThan(180);
  });
});
