import { orientation } from './orientation.js';

// Where two segments meet, decided as JTS/GEOS's RobustLineIntersector decides it (validity
// reports must agree with GDAL): nowhere, at one point (an end of at least one segment, or a
// proper crossing of both interiors), or along a stretch (collinear overlap).

export type SegmentMeeting =
  | { kind: 'none' }
  | { kind: 'point'; proper: boolean; x: number; y: number }
  | { kind: 'overlap'; x: number; y: number };

const NONE: SegmentMeeting = { kind: 'none' };

const inBox = (ax: number, ay: number, bx: number, by: number, x: number, y: number) =>
  x >= Math.min(ax, bx) && x <= Math.max(ax, bx) && y >= Math.min(ay, by) && y <= Math.max(ay, by);

export function meetSegments(
  p1x: number,
  p1y: number,
  p2x: number,
  p2y: number,
  q1x: number,
  q1y: number,
  q2x: number,
  q2y: number,
): SegmentMeeting {
  if (
    Math.max(p1x, p2x) < Math.min(q1x, q2x) ||
    Math.max(q1x, q2x) < Math.min(p1x, p2x) ||
    Math.max(p1y, p2y) < Math.min(q1y, q2y) ||
    Math.max(q1y, q2y) < Math.min(p1y, p2y)
  )
    return NONE;
  const pq1 = orientation(p1x, p1y, p2x, p2y, q1x, q1y);
  const pq2 = orientation(p1x, p1y, p2x, p2y, q2x, q2y);
  if ((pq1 > 0 && pq2 > 0) || (pq1 < 0 && pq2 < 0)) return NONE;
  const qp1 = orientation(q1x, q1y, q2x, q2y, p1x, p1y);
  const qp2 = orientation(q1x, q1y, q2x, q2y, p2x, p2y);
  if ((qp1 > 0 && qp2 > 0) || (qp1 < 0 && qp2 < 0)) return NONE;
  if (pq1 === 0 && pq2 === 0 && qp1 === 0 && qp2 === 0) return collinear(p1x, p1y, p2x, p2y, q1x, q1y, q2x, q2y);
  if (pq1 === 0 || pq2 === 0 || qp1 === 0 || qp2 === 0) {
    const at = (x: number, y: number): SegmentMeeting => ({ kind: 'point', proper: false, x, y });
    if ((p1x === q1x && p1y === q1y) || (p1x === q2x && p1y === q2y)) return at(p1x, p1y);
    if ((p2x === q1x && p2y === q1y) || (p2x === q2x && p2y === q2y)) return at(p2x, p2y);
    if (pq1 === 0) return at(q1x, q1y);
    if (pq2 === 0) return at(q2x, q2y);
    if (qp1 === 0) return at(p1x, p1y);
    return at(p2x, p2y);
  }
  // A proper crossing: where exactly only matters for the message.
  const denominator = (p2x - p1x) * (q2y - q1y) - (p2y - p1y) * (q2x - q1x);
  const t = ((q1x - p1x) * (q2y - q1y) - (q1y - p1y) * (q2x - q1x)) / denominator;
  return { kind: 'point', proper: true, x: p1x + t * (p2x - p1x), y: p1y + t * (p2y - p1y) };
}

function collinear(
  p1x: number,
  p1y: number,
  p2x: number,
  p2y: number,
  q1x: number,
  q1y: number,
  q2x: number,
  q2y: number,
): SegmentMeeting {
  const q1InP = inBox(p1x, p1y, p2x, p2y, q1x, q1y);
  const q2InP = inBox(p1x, p1y, p2x, p2y, q2x, q2y);
  const p1InQ = inBox(q1x, q1y, q2x, q2y, p1x, p1y);
  const p2InQ = inBox(q1x, q1y, q2x, q2y, p2x, p2y);
  if (q1InP && q2InP) return { kind: 'overlap', x: q1x, y: q1y };
  if (p1InQ && p2InQ) return { kind: 'overlap', x: p1x, y: p1y };
  // Touching end to end is one point; sharing more is an overlap.
  const touch = (x: number, y: number, same: boolean, more: boolean): SegmentMeeting =>
    same && !more ? { kind: 'point', proper: false, x, y } : { kind: 'overlap', x, y };
  if (q1InP && p1InQ) return touch(q1x, q1y, q1x === p1x && q1y === p1y, q2InP || p2InQ);
  if (q1InP && p2InQ) return touch(q1x, q1y, q1x === p2x && q1y === p2y, q2InP || p1InQ);
  if (q2InP && p1InQ) return touch(q2x, q2y, q2x === p1x && q2y === p1y, q1InP || p2InQ);
  if (q2InP && p2InQ) return touch(q2x, q2y, q2x === p2x && q2y === p2y, q1InP || p1InQ);
  return NONE;
}
