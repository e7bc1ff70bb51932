import type { RouteElevation } from '../../../shared/api/routes.js';
import type { Route, RouteLeg } from '../../../shared/model/schemas.js';
import { elevationProfile, toblerFactor, type ElevationSampler } from '../../../shared/routing/elevation.js';

// What a route's line climbs and how long it takes with its slopes, and its schedule. Walkers and
// wheelchairs slow down on slopes by Tobler's hiking function; cyclists' times stay those of the
// flat (no model here fits every rider).

const SAMPLE_METRES = 10;

export function routeElevation(
  sampler: ElevationSampler,
  mode: Route['mode'],
  legs: readonly RouteLeg[],
): RouteElevation | null {
  const points: RouteElevation['points'] = [];
  const perLeg: RouteElevation['legs'] = [];
  let offset = 0;
  let withData = 0;
  for (const leg of legs) {
    const profile = elevationProfile(sampler, leg.coordinates, SAMPLE_METRES);
    const flatSpeed = leg.lengthMetres > 0 && leg.durationSeconds > 0 ? leg.lengthMetres / leg.durationSeconds : 0;
    let seconds = 0;
    for (let index = 1; index < profile.points.length; index++) {
      const from = profile.points[index - 1]!;
      const to = profile.points[index]!;
      const run = to.distanceMetres - from.distanceMetres;
      if (run <= 0 || flatSpeed === 0) continue;
      const slope = from.elevation !== null && to.elevation !== null ? (to.elevation - from.elevation) / run : 0;
      const factor = mode === 'walk' || mode === 'wheelchair' ? toblerFactor(slope) : 1;
      seconds += run / (flatSpeed * factor);
    }
    // The profile's sampled length is geodesic like the leg's: scale to the leg's own total.
    const sampled = profile.points[profile.points.length - 1]?.distanceMetres ?? 0;
    const durationSeconds = sampled > 0 ? Math.round((seconds * leg.lengthMetres) / sampled) : leg.durationSeconds;
    perLeg.push({
      ascentMetres: Math.round(profile.ascentMetres),
      descentMetres: Math.round(profile.descentMetres),
      durationSeconds,
    });
    for (const point of profile.points) {
      if (point.elevation !== null) withData++;
      const last = points[points.length - 1];
      const distanceMetres = offset + point.distanceMetres;
      if (last && Math.abs(last.distanceMetres - distanceMetres) < 1e-6) continue;
      points.push({
        distanceMetres: Math.round(distanceMetres * 10) / 10,
        elevation: point.elevation === null ? null : Math.round(point.elevation * 10) / 10,
        position: point.position,
      });
    }
    offset += sampled;
  }
  if (withData === 0) return null;
  return {
    points,
    ascentMetres: perLeg.reduce((sum, leg) => sum + leg.ascentMetres, 0),
    descentMetres: perLeg.reduce((sum, leg) => sum + leg.descentMetres, 0),
    legs: perLeg,
    durationSeconds: perLeg.reduce((sum, leg) => sum + leg.durationSeconds, 0),
  };
}

function clock(minutes: number): string {
  const day = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/** When the walk reaches and leaves each stop, from the start time, legs' times and visits. */
export function routeSchedule(
  startTime: string,
  stops: readonly { visitMinutes: number }[],
  legSeconds: readonly { toStop: number | null; seconds: number }[],
): { stop: number; arrival: string; departure: string }[] {
  const [hours, minutes] = startTime.split(':').map(Number) as [number, number];
  let now = hours * 60 + minutes;
  const schedule = [{ stop: 0, arrival: clock(now), departure: clock(now + (stops[0]?.visitMinutes ?? 0)) }];
  now += stops[0]?.visitMinutes ?? 0;
  for (const leg of legSeconds) {
    now += leg.seconds / 60;
    if (leg.toStop === null) continue;
    const visit = stops[leg.toStop]?.visitMinutes ?? 0;
    schedule.push({ stop: leg.toStop, arrival: clock(now), departure: clock(now + visit) });
    now += visit;
  }
  return schedule;
}
