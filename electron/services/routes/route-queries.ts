import { pointToLineDistance } from '@turf/turf';
import type { PlaceAlong, RouteDetails, RoutePlan, TourProposal } from '../../../shared/api/routes.js';
import type { z } from 'zod';
import type { PlacesAlongSchema, PlanRouteSchema, ProposeTourSchema } from '../../../shared/api/routes.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import type { Place, Route } from '../../../shared/model/schemas.js';
import { getCategory, type CategoryFamily } from '../../../shared/model/typology.js';
import { bestStopOrder } from '../../../shared/routing/stop-order.js';
import { proposeTour } from '../../../shared/routing/tour.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ElevationService } from '../elevation/elevation-service.js';
import { withTotals } from './route-geometry.js';
import { routeElevation, routeSchedule } from './route-measures.js';
import { walkingDistances } from './walking-distances.js';
import { PROFILE_OF_MODE, type RoutePlanner, type Waypoint } from './route-planner.js';

// Questions about routes that write nothing: a plan through given stops (in their order or the
// best one), a route's elevation and schedule, the places along it, and a proposed round trip of a
// given time. They answer on the network as it is, like the routes themselves.

type Position = [number, number];

/**
 * How relevant a place is for a tour (the panel shows the score): heritage sites first, then
 * cultural venues and creative spaces; a place with a description counts a little more.
 */
const FAMILY_SCORES: Partial<Record<CategoryFamily, number>> = {
  heritage: 3,
  'cultural-venue': 2.5,
  'creative-space': 2,
  'cultural-institution': 1.5,
  'public-space': 1.5,
};
const TOUR_FAMILIES: CategoryFamily[] = [
  'heritage',
  'cultural-venue',
  'creative-space',
  'cultural-institution',
  'public-space',
];
/** The candidates a tour is chosen from at most (each costs one search of the network). */
const TOUR_CANDIDATES = 40;

export function tourScore(place: Place): number {
  return (FAMILY_SCORES[getCategory(place.category).family] ?? 1) + (place.description.trim() ? 0.5 : 0);
}

export function createRouteQueries(context: ServiceContext, planner: RoutePlanner, elevation: ElevationService) {
  const { store, requirePlace, requireRoute } = context;

  function elevationOf(mode: Route['mode'], legs: Route['legs']) {
    const sampler = elevation.sampler();
    return sampler ? routeElevation(sampler, mode, legs) : null;
  }

  /** Weights between the stops for ordering them (network time, or straight distance where it cannot help). */
  function costMatrix(mode: Route['mode'], positions: readonly Position[]): number[][] {
    const profile = PROFILE_OF_MODE[mode];
    const network = profile ? planner.network() : null;
    const straight = (from: Position, to: Position) => geodesicDistanceMetres(from, to);
    if (!network || !profile) return positions.map((from) => positions.map((to) => straight(from, to)));
    planner.prepare(profile, network);
    const matrix = network.legs.costMatrix(profile, positions);
    // Stops the network cannot join still need an order: a straight line, slowly.
    return matrix.map((row, i) =>
      Array.from(row, (cost, j) => (cost === Infinity ? straight(positions[i]!, positions[j]!) * 3 : cost)),
    );
  }

  function planThrough(
    mode: Route['mode'],
    positions: readonly Position[],
    order: readonly number[],
    speedKmh: number | null,
  ) {
    const waypoints: Waypoint[] = order.map((stop, index) => ({ position: positions[stop]!, stop: index }));
    const { legs, line } = planner.plan(mode, waypoints, speedKmh);
    return {
      legs,
      geometry: { type: 'LineString' as const, coordinates: line.coordinates as Position[] },
      lengthMetres: Math.round(legs.reduce((sum, leg) => sum + leg.lengthMetres, 0) * 10) / 10,
      durationSeconds: Math.round(legs.reduce((sum, leg) => sum + leg.durationSeconds, 0)),
    };
  }

  return {
    async planRoute(input: z.output<typeof PlanRouteSchema>): Promise<RoutePlan> {
      await elevation.ready();
      const positions = input.stops.map((stop, index): Position => {
        if ('placeId' in stop) {
          const place = requirePlace(stop.placeId, `stops.${index}.placeId`);
          return [place.longitude, place.latitude];
        }
        return [stop.longitude, stop.latitude];
      });
      const given = [...positions.keys()];
      let order = given;
      let exact = true;
      if (input.order !== 'keep') {
        const best = bestStopOrder(costMatrix(input.mode, positions), {
          mode: input.order,
          fixStart: true,
          fixEnd: input.order === 'open' && input.fixEnd,
        });
        order = best.order;
        exact = best.exact;
        if (input.order === 'round') order = [...order, order[0]!];
      }
      const planned = planThrough(input.mode, positions, order, input.speedKmh);
      const givenPlan =
        input.order === 'keep'
          ? null
          : planThrough(input.mode, positions, input.order === 'round' ? [...given, 0] : given, input.speedKmh);
      return {
        order,
        ...planned,
        elevation: elevationOf(input.mode, planned.legs),
        exact,
        given: givenPlan && { lengthMetres: givenPlan.lengthMetres, durationSeconds: givenPlan.durationSeconds },
      };
    },

    async getRouteDetails({ id }: { id: number }): Promise<RouteDetails> {
      await elevation.ready();
      const route = withTotals(requireRoute(id));
      const measured = elevationOf(route.mode, route.legs);
      const schedule = route.startTime
        ? routeSchedule(
            route.startTime,
            route.stops,
            route.legs.map((leg, index) => ({
              toStop: leg.toStop,
              seconds: measured?.legs[index]?.durationSeconds ?? leg.durationSeconds,
            })),
          )
        : null;
      return { route, elevation: measured, schedule };
    },

    placesAlongRoute(input: z.output<typeof PlacesAlongSchema>): PlaceAlong[] {
      const route = withTotals(requireRoute(input.id));
      const line = route.geometry.coordinates;
      if (line.length < 2) return [];
      const stopIds = new Set(route.stops.map((stop) => stop.placeId));
      const families = input.families ? new Set(input.families) : null;
      // Candidates: places of the families within the distance of the line as the crow flies.
      const lineFeature = {
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'LineString' as const, coordinates: line },
      };
      const [west, south, east, north] = line.reduce(
        (box, [longitude, latitude]) => [
          Math.min(box[0]!, longitude),
          Math.min(box[1]!, latitude),
          Math.max(box[2]!, longitude),
          Math.max(box[3]!, latitude),
        ],
        [Infinity, Infinity, -Infinity, -Infinity],
      );
      const margin = input.withinMetres / 111_000;
      const marginLongitude = margin / Math.max(0.1, Math.cos((((south + north) / 2) * Math.PI) / 180));
      const candidates = store.places
        .list()
        .filter(
          (place) =>
            (!families || families.has(getCategory(place.category).family)) &&
            place.longitude >= west - marginLongitude &&
            place.longitude <= east + marginLongitude &&
            place.latitude >= south - margin &&
            place.latitude <= north + margin,
        )
        .map((place) => ({
          place,
          crow: pointToLineDistance([place.longitude, place.latitude], lineFeature, { units: 'meters' }),
        }))
        .filter(({ crow }) => crow <= input.withinMetres);
      // Walking distance: a bounded search of the network from the whole line.
      const network = planner.network();
      const walking =
        (network &&
          walkingDistances(
            network,
            line,
            candidates.map(({ place }) => place),
            input.withinMetres,
          )) ??
        new Map<number, number>();
      const stops = route.stops.map((stop) => store.places.get(stop.placeId)).filter((place) => place !== undefined);
      return candidates
        .map(({ place, crow }) => ({
          place: {
            id: place.id,
            name: place.name,
            category: place.category,
            sector: place.sector,
            longitude: place.longitude,
            latitude: place.latitude,
          },
          distanceMetres: Math.round(walking.get(place.id) ?? crow),
          nearestStop: stops.reduce(
            (best, stop, index) =>
              geodesicDistanceMetres([stop.longitude, stop.latitude], [place.longitude, place.latitude]) <
              geodesicDistanceMetres([stops[best]!.longitude, stops[best]!.latitude], [place.longitude, place.latitude])
                ? index
                : best,
            0,
          ),
          isStop: stopIds.has(place.id),
        }))
        .filter((along) => along.distanceMetres <= input.withinMetres)
        .sort((a, b) => a.distanceMetres - b.distanceMetres || a.place.id - b.place.id)
        .slice(0, input.limit);
    },

    proposeTour(input: z.output<typeof ProposeTourSchema>): TourProposal {
      const start = requirePlace(input.startPlaceId, 'startPlaceId');
      const families = new Set(input.families ?? TOUR_FAMILIES);
      const budget = input.minutes * 60;
      // A walker covers at most half the time out and half back.
      const reach = ((input.minutes * 60) / 2) * (input.mode === 'bicycle' ? 5 : 1.4);
      const candidates = store.places
        .list()
        .filter((place) => place.id !== start.id && families.has(getCategory(place.category).family))
        .map((place) => ({
          place,
          away: geodesicDistanceMetres([start.longitude, start.latitude], [place.longitude, place.latitude]),
        }))
        .filter(({ away }) => away <= reach)
        .sort((a, b) => tourScore(b.place) - tourScore(a.place) || a.away - b.away || a.place.id - b.place.id)
        .slice(0, TOUR_CANDIDATES)
        .map(({ place }) => place);
      const places = [start, ...candidates];
      const positions = places.map((place): Position => [place.longitude, place.latitude]);
      const chosen = proposeTour(
        costMatrix(input.mode, positions),
        places.map((place, index) => ({
          score: index === 0 ? 0 : tourScore(place),
          visitSeconds: index === 0 ? 0 : input.visitMinutes * 60,
        })),
        budget,
      );
      const planned = planThrough(input.mode, positions, [...chosen.order, 0], null);
      return {
        // A round trip: back to the start as the last stop.
        stopPlaceIds: [...chosen.order, 0].map((index) => places[index]!.id),
        durationSeconds: planned.durationSeconds + (chosen.order.length - 1) * input.visitMinutes * 60,
        lengthMetres: planned.lengthMetres,
        scores: chosen.order
          .slice(1)
          .map((index) => ({ placeId: places[index]!.id, score: tourScore(places[index]!) })),
      };
    },

    async elevationAt({ longitude, latitude }: { longitude: number; latitude: number }) {
      await elevation.ready();
      const sampler = elevation.sampler();
      const metres = sampler?.sample(longitude, latitude) ?? null;
      return { metres: metres === null ? null : Math.round(metres * 10) / 10, hasElevationFile: sampler !== null };
    },
  };
}
export type RouteQueries = ReturnType<typeof createRouteQueries>;
