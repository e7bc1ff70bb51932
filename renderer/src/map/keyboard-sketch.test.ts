import { describe, expect, it } from 'vitest';
import {
  areaPolygon,
  pressEnter,
  removeLast,
  roundVertex,
  sketchCollection,
  type Position,
} from './keyboard-sketch.js';

// Positions a tenth of a unit apart or less are "the same spot" here (the map uses pixels).
const same = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.1;

describe('drawing with the keyboard (pure steps)', () => {
  it('adds a corner where the crosshair is', () => {
    expect(pressEnter('area', [], [1, 1], same)).toEqual({ type: 'added', vertices: [[1, 1]] });
    expect(pressEnter('area', [[1, 1]], [2, 1], same)).toEqual({
      type: 'added',
      vertices: [
        [1, 1],
        [2, 1],
      ],
    });
  });

  it('finishes an area on Enter at the same spot once it has three corners, not before', () => {
    const two: Position[] = [
      [0, 0],
      [1, 0],
    ];
    expect(pressEnter('area', two, [1, 0.01], same)).toEqual({ type: 'too-few', vertices: two });
    const three: Position[] = [...two, [1, 1]];
    expect(pressEnter('area', three, [1, 1], same)).toEqual({ type: 'finished', vertices: three });
  });

  it('finishes an area on its first corner, as the mouse does', () => {
    const three: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    expect(pressEnter('area', three, [0.02, 0], same)).toEqual({ type: 'finished', vertices: three });
    // With only two corners the first one is a corner like any other.
    expect(pressEnter('area', three.slice(0, 2), [0, 0], same).type).toBe('added');
  });

  it('finishes a route on the same stop once it has two stops; a route does not close on its first', () => {
    expect(pressEnter('route', [[0, 0]], [0, 0], same).type).toBe('too-few');
    const stops: Position[] = [
      [0, 0],
      [1, 0],
    ];
    expect(pressEnter('route', stops, [1, 0], same)).toEqual({ type: 'finished', vertices: stops });
    expect(pressEnter('route', stops, [0, 0], same).type).toBe('added');
  });

  it('takes the last corner back', () => {
    expect(
      removeLast([
        [0, 0],
        [1, 0],
      ]),
    ).toEqual([[0, 0]]);
    expect(removeLast([])).toEqual([]);
  });

  it('makes a closed ring with positions to 7 decimals', () => {
    expect(roundVertex([15.123456789, 48.987654321])).toEqual([15.1234568, 48.9876543]);
    expect(
      areaPolygon([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
  });

  it('shows the shape so far up to the crosshair, and its corners', () => {
    expect(sketchCollection('area', [], [5, 5]).features).toEqual([]);
    const one = sketchCollection('area', [[0, 0]], [1, 1]);
    expect(one.features.map((feature) => feature.geometry.type)).toEqual(['LineString', 'Point']);
    const two = sketchCollection(
      'area',
      [
        [0, 0],
        [1, 0],
      ],
      [1, 1],
    );
    expect(two.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    const route = sketchCollection(
      'route',
      [
        [0, 0],
        [1, 0],
      ],
      [1, 1],
    );
    expect(route.features[0]!.geometry.type).toBe('LineString');
  });
});
