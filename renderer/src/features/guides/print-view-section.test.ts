import { describe, expect, it } from 'vitest';
import { viewBox } from './print-view-section.js';

// The map's current view as the box a printed map is asked for: within the world's longitudes
// whichever copy of the world the map shows, and never across the antimeridian (a box cannot be).

const bounds = (west: number, south: number, east: number, north: number) => ({
  getWest: () => west,
  getSouth: () => south,
  getEast: () => east,
  getNorth: () => north,
});

describe('the box of the map’s current view', () => {
  it('keeps a view of the first world as it is, rounded to a micro-degree', () => {
    expect(viewBox(bounds(15.5978123456, 48.4, 15.6112, 48.4152))).toEqual([15.597812, 48.4, 15.6112, 48.4152]);
  });

  it('brings a view of another copy of the world back into -180..180', () => {
    expect(viewBox(bounds(375.6, 48.4, 375.7, 48.5))).toEqual([15.6, 48.4, 15.7, 48.5]);
    expect(viewBox(bounds(-344.4, 48.4, -344.3, 48.5))).toEqual([15.6, 48.4, 15.7, 48.5]);
  });

  it('keeps the larger side of a view across the antimeridian, and the whole world when it shows more', () => {
    // Fiji: 177°E to 178°W, more of it west of the line.
    expect(viewBox(bounds(177, -19, 182, -16))).toEqual([177, -19, 180, -16]);
    expect(viewBox(bounds(179, -19, 184, -16))).toEqual([-180, -19, -176, -16]);
    expect(viewBox(bounds(-300, -95, 200, 95))).toEqual([-180, -90, 180, 90]);
  });
});
