import type { Route } from '../model/schemas.js';

// A route's way from stop to stop: its legs (several when the line passes via points) summed per
// stop reached. The route panel lists them; a printed guide gives each stop the way to the next.

export interface StopSegment {
  /** The stop reached (its index among the stops). */
  toStop: number;
  /** The legs that reach it (more than one when the line passes via points). */
  legIndexes: number[];
  lengthMetres: number;
  durationSeconds: number;
  /** Why a part of it is a straight line (empty when it follows the network all the way). */
  straightReasons: NonNullable<Route['legs'][number]['reason']>[];
  ascentMetres: number | null;
  descentMetres: number | null;
}

/**
 * The way to each stop from the one before, summed over its legs; times and climbs with the slopes
 * when the route's details measured them (`legClimbs`: per leg, as the elevation's legs).
 */
export function stopSegments(
  legs: Route['legs'],
  legClimbs?: readonly { ascentMetres: number; descentMetres: number; durationSeconds: number }[] | null,
): StopSegment[] {
  const segments: StopSegment[] = [];
  let pending: number[] = [];
  legs.forEach((leg, index) => {
    pending.push(index);
    if (leg.toStop === null) return;
    const climbs = legClimbs ? pending.map((legIndex) => legClimbs[legIndex]) : null;
    const measured = climbs?.every((climb) => climb !== undefined) ? climbs : null;
    segments.push({
      toStop: leg.toStop,
      legIndexes: pending,
      lengthMetres: pending.reduce((sum, legIndex) => sum + legs[legIndex]!.lengthMetres, 0),
      durationSeconds: measured
        ? measured.reduce((sum, climb) => sum + climb!.durationSeconds, 0)
        : pending.reduce((sum, legIndex) => sum + legs[legIndex]!.durationSeconds, 0),
      straightReasons: pending.flatMap((legIndex) => {
        const reason = legs[legIndex]!.kind === 'straight' ? (legs[legIndex]!.reason ?? 'not-routed') : null;
        return reason ? [reason] : [];
      }),
      ascentMetres: measured ? measured.reduce((sum, climb) => sum + climb!.ascentMetres, 0) : null,
      descentMetres: measured ? measured.reduce((sum, climb) => sum + climb!.descentMetres, 0) : null,
    });
    pending = [];
  });
  return segments;
}
