import type { LineString, Position } from 'geojson';

// A long line kept packed (a GPX track read point by point): its positions in one Float64Array
// (x0, y0, x1, y1…), carried through the import's planning as a LineString whose `coordinates`
// are only the positions its checks must see (the first, the first apart from it, and any beyond
// the world's edge), and encoded from the packed numbers (gpkg-geometry.ts). A million positions
// take 16 MB this way, 64 MB as arrays of two numbers.

export interface PackedLineString extends LineString {
  packed: Float64Array;
}

export function isPackedLine(geometry: unknown): geometry is PackedLineString {
  return (geometry as { packed?: unknown } | null)?.packed instanceof Float64Array;
}

const clamp = (value: number, limit: number, tolerance: number) =>
  Math.abs(value) > limit && Math.abs(value) <= limit * (1 + tolerance) ? Math.sign(value) * limit : value;

/**
 * The line of `packed` (two numbers a position, at least two positions) for the import's planning;
 * `tolerance`: how far beyond ±180/±90 a position is clamped to the edge (float overshoot).
 */
export function packedLineString(packed: Float64Array, tolerance: number): PackedLineString {
  const seen: Position[] = [[packed[0]!, packed[1]!]];
  const [firstX, firstY] = [clamp(packed[0]!, 180, tolerance), clamp(packed[1]!, 90, tolerance)];
  let apart = false;
  for (let at = 2; at < packed.length; at += 2) {
    const [x, y] = [packed[at]!, packed[at + 1]!];
    // Beyond the world (or just on its edge): the planning clamps it, or refuses the line.
    if (!(Math.abs(x) <= 180) || !(Math.abs(y) <= 90)) seen.push([x, y]);
    else if (!apart && (clamp(x, 180, tolerance) !== firstX || clamp(y, 90, tolerance) !== firstY)) {
      apart = true;
      seen.push([x, y]);
    }
  }
  return { type: 'LineString', coordinates: seen, packed };
}

/** The same line with what the planning clamped to the world's edge clamped in its numbers too. */
export function clampedPackedLine(line: PackedLineString, tolerance: number): PackedLineString {
  const { packed } = line;
  for (let at = 0; at < packed.length; at++) packed[at] = clamp(packed[at]!, at % 2 === 0 ? 180 : 90, tolerance);
  return line;
}
