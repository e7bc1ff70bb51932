// A link drawn as a gentle arc rather than a straight line: links between places in a row no
// longer lie on top of each other, and two links between the same pair (A→B and B→A, or two
// types) bend apart. Pure: positions in, positions out.

/** Points along each arc: smooth at street level without weighing on 10,000 links. */
export const ARC_SEGMENTS = 16;

/** How far the arc bows out, as a share of the distance between the places. */
export const ARC_BEND = 0.18;

/**
 * A quadratic Bézier curve from `from` to `to` whose control point sits `bend` × length to the
 * left of the chord (looking from `from`). Longitudes are scaled by cos(latitude) while bending so
 * the arc keeps its shape away from the equator. `bend` 0 gives the straight line.
 */
export function linkArc(
  from: readonly [number, number],
  to: readonly [number, number],
  bend: number = ARC_BEND,
  segments: number = ARC_SEGMENTS,
): [number, number][] {
  const [x0, y0] = from;
  const [x1, y1] = to;
  if ((x0 === x1 && y0 === y1) || bend === 0) {
    return [
      [x0, y0],
      [x1, y1],
    ];
  }
  const scale = Math.max(Math.cos((((y0 + y1) / 2) * Math.PI) / 180), 1e-6);
  const dx = (x1 - x0) * scale;
  const dy = y1 - y0;
  // Left normal of the chord, as long as the chord, times the bend.
  const controlX = x0 + (x1 - x0) / 2 + (-dy * bend) / scale;
  const controlY = y0 + dy / 2 + dx * bend;
  const points: [number, number][] = [];
  for (let step = 0; step <= segments; step++) {
    const t = step / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * x0 + b * controlX + c * x1, a * y0 + b * controlY + c * y1]);
  }
  // Exactly the places' positions at both ends (no rounding drift), so the arc meets the circles.
  points[0] = [x0, y0];
  points[segments] = [x1, y1];
  return points;
}
