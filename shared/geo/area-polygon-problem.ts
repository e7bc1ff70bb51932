import type { Polygon } from 'geojson';
import { messageRef, type MessageRef } from '../i18n/define-messages.js';
import { geoMessages as m } from '../i18n/messages/geo.js';
import { createTranslator } from '../i18n/translator.js';
import { polygonProblem } from './polygon-validity.js';

// Why a drawn area (quarter, protection zone…) cannot be saved, in words a user understands, or
// null when it can. The drawing tool checks before it calls the API, so nothing is sent on failure;
// the backend validates the geometry again on its own.

/** The problem as a message (shown in the reader's language), or null. */
export function areaPolygonProblemMessage(polygon: Polygon): MessageRef | null {
  const outer = polygon.coordinates[0];
  if (!outer) return messageRef(m.noOutline);
  for (const [ringIndex, ring] of polygon.coordinates.entries()) {
    for (const [index, position] of ring.entries()) {
      const [longitude, latitude] = position;
      const where = { corner: index + 1, hole: ringIndex };
      if (typeof longitude !== 'number' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180)
        return messageRef(m.longitudeRange, where);
      if (typeof latitude !== 'number' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90)
        return messageRef(m.latitudeRange, where);
    }
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length < 4 || !first || !last) return messageRef(m.tooFewCorners);
    if (first[0] !== last[0] || first[1] !== last[1]) return messageRef(m.notClosed);
    const distinct = new Set(ring.slice(0, -1).map(([x, y]) => `${x},${y}`));
    if (distinct.size < 3) return messageRef(m.tooFewDistinctCorners);
  }
  // Judged as GEOS judges validity (repeated corners are fine), in O(n log n).
  const invalid = polygonProblem(polygon.coordinates);
  if (!invalid) return null;
  const [longitude, latitude] = invalid.position;
  if (invalid.kind === 'self-intersection') return messageRef(m.crossesItself, { latitude, longitude });
  const kind = invalid.kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return messageRef(m.invalidArea, { kind, latitude, longitude });
}

/** The problem in English (for tools without a reader's language), or null. */
export function areaPolygonProblem(polygon: Polygon): string | null {
  const problem = areaPolygonProblemMessage(polygon);
  return problem && createTranslator('en').t(problem);
}
