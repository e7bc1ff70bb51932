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

/**
 * Positions beyond ±180°/±90° by at most this fraction of the bound are rounding, not errors; the
 * import clamps them to the edge (plan-geometry.ts, and a packed line's numbers here).
 * NOTE: relative, not 0.000001° absolute: reprojected world files (Natural Earth's Russia and
 * Antarctica) overshoot by 0.0000019°; a millionth of the bound is 0.00018° of longitude and
 * 0.00009° of latitude (under 20 m), far below any position a person placed there on purpose.
 */
export const EDGE_TOLERANCE = 1e-6;

/** A longitude (`limit` 180) or latitude (90) just beyond the world's edge, on it; anything else as it is. */
export const clampToEdge = (value: number, limit: 180 | 90): number =>
  Math.abs(value) > limit && Math.abs(value) <= limit * (1 + EDGE_TOLERANCE) ? Math.sign(value) * limit : value;

/** The line of `packed` (two numbers a position, at least two positions) for the import's planning. */
export function packedLineString(packed: Float64Array): PackedLineString {
  const seen: Position[] = [[packed[0]!, packed[1]!]];
  const [firstX, firstY] = [clampToEdge(packed[0]!, 180), clampToEdge(packed[1]!, 90)];
  let apart = false;
  for (let at = 2; at < packed.length; at += 2) {
    const [x, y] = [packed[at]!, packed[at + 1]!];
    // Beyond the world (or just on its edge): the planning clamps it, or refuses the line.
    if (!(Math.abs(x) <= 180) || !(Math.abs(y) <= 90)) seen.push([x, y]);
    else if (!apart && (clampToEdge(x, 180) !== firstX || clampToEdge(y, 90) !== firstY)) {
      apart = true;
      seen.push([x, y]);
    }
  }
  return { type: 'LineString', coordinates: seen, packed };
}

/** The same line with what the planning clamped to the world's edge clamped in its numbers too. */
export function clampedPackedLine(line: PackedLineString): PackedLineString {
  const { packed } = line;
  for (let at = 0; at < packed.length; at++) packed[at] = clampToEdge(packed[at]!, at % 2 === 0 ? 180 : 90);
  return line;
}
