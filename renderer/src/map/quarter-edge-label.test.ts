import { describe, expect, it } from 'vitest';
import { edgeLabel } from './quarter-edge-label.js';

describe('edgeLabel', () => {
  it('puts the name level on the north edge, pushed inside (below the text)', () => {
    const label = edgeLabel([
      [15.6, 48.41],
      [15.61, 48.41],
      [15.61, 48.415],
      [15.6, 48.415],
      [15.6, 48.41],
    ]);
    expect(label?.position[1]).toBeCloseTo(48.415);
    expect(Math.abs(label?.rotate ?? 99)).toBeLessThan(1e-9);
    expect(label?.inside).toBe(1);
  });

  it('prefers a long level edge to a slightly longer steep one', () => {
    const label = edgeLabel([
      [0, 0],
      [0.01, 0],
      [0.01, 0.012],
      [0, 0.0125],
      [0, 0],
    ]);
    expect(Math.abs(label?.rotate ?? 99)).toBeLessThan(5);
  });
});
