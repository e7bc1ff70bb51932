import { z } from 'zod';
import {
  CategoryFamilySchema,
  IdSchema,
  LatitudeSchema,
  LongitudeSchema,
  RouteChangesSchema,
  RouteInputSchema,
  RouteModeSchema,
  type Route,
  type RouteLeg,
} from '../model/schemas.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';
import type { NearbyPlace } from './places.js';

// Cultural routes: ordered stops at places, routed along the project's walking and cycling
// network; their best order, elevation profile, schedule, the places along them, and a proposed
// round trip of a given time.

const RouteUpdateSchema = updateSchema(RouteChangesSchema);

/** A stop of a plan: a place of the project, or a position (a CLI's --via, a clicked point). */
export const PlanStopSchema = z.union([
  z.object({ placeId: IdSchema }).strict(),
  z.object({ longitude: LongitudeSchema, latitude: LatitudeSchema }).strict(),
]);

export const PlanRouteSchema = z
  .object({
    mode: RouteModeSchema.default('walk'),
    stops: z.array(PlanStopSchema).min(2).max(500),
    /** keep: in the given order; open: the best order from the first stop; round: a round trip from it. */
    order: z.enum(['keep', 'open', 'round']).default('keep'),
    /** With order open: the last stop stays last. */
    fixEnd: z.boolean().default(false),
    speedKmh: z.number().min(1).max(60).nullable().default(null),
  })
  .strict();

export interface ElevationPoint {
  distanceMetres: number;
  /** Metres above sea level; null where the elevation file has no data. */
  elevation: number | null;
  position: [number, number];
}

/** What a route climbs and how long it takes with its slopes (null without an elevation file). */
export interface RouteElevation {
  points: ElevationPoint[];
  ascentMetres: number;
  descentMetres: number;
  /** Per leg, as RouteLeg's, with the climbs. */
  legs: { ascentMetres: number; descentMetres: number; durationSeconds: number }[];
  /** The route's travel time with its slopes (Tobler's hiking function on foot and by wheelchair). */
  durationSeconds: number;
}

export interface RoutePlan {
  /** The given stops' indexes in the planned order. */
  order: number[];
  legs: RouteLeg[];
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  lengthMetres: number;
  durationSeconds: number;
  elevation: RouteElevation | null;
  /** With order open or round: whether the order is proven best (up to 12 stops) or the best found. */
  exact: boolean;
  /** With order open or round: the given order's length and time, to show what the new one saves. */
  given: { lengthMetres: number; durationSeconds: number } | null;
}

export interface RouteDetails {
  route: Route;
  elevation: RouteElevation | null;
  /** With a start time: when the walk reaches each stop and leaves it (HH:MM). */
  schedule: { stop: number; arrival: string; departure: string }[] | null;
}

export const PlacesAlongSchema = z
  .object({
    id: IdSchema,
    /** Walking distance from the line, in metres. */
    withinMetres: z.number().positive().max(2000).default(200),
    families: z.array(CategoryFamilySchema).min(1).optional(),
    limit: z.number().int().positive().max(1000).default(200),
  })
  .strict();

export interface PlaceAlong {
  place: NearbyPlace;
  /** Walking distance from the route's line (straight when the network cannot say). */
  distanceMetres: number;
  /** The stop it is nearest to along the route (its index), to insert it after. */
  nearestStop: number;
  isStop: boolean;
}

export const ProposeTourSchema = z
  .object({
    startPlaceId: IdSchema,
    minutes: z.number().int().min(10).max(600),
    mode: RouteModeSchema.default('walk'),
    families: z.array(CategoryFamilySchema).min(1).optional(),
    /** Minutes at each place proposed. */
    visitMinutes: z.number().int().min(0).max(240).default(10),
  })
  .strict();

export interface TourProposal {
  stopPlaceIds: number[];
  /** Travel and visits, in seconds. */
  durationSeconds: number;
  lengthMetres: number;
  /** Why each place was chosen: its score (the panel shows it). */
  scores: { placeId: number; score: number }[];
}

export const routesApi = {
  listRoutes: method<typeof EmptySchema, Route[]>('routes:list:query', EmptySchema),
  createRoute: method<typeof RouteInputSchema, Route>('routes:item:create', RouteInputSchema),
  updateRoute: method<typeof RouteUpdateSchema, Route>('routes:item:update', RouteUpdateSchema),
  deleteRoute: method<typeof ByIdSchema, { id: number }>('routes:item:delete', ByIdSchema),
  /** Routes a route again on the network as it is now (after an import, or for a route stored before routing). */
  rerouteRoute: method<typeof ByIdSchema, Route>('routes:item:reroute', ByIdSchema),
  getRouteDetails: method<typeof ByIdSchema, RouteDetails>('routes:details:get', ByIdSchema),
  planRoute: method<typeof PlanRouteSchema, RoutePlan>('routes:plan:query', PlanRouteSchema),
  placesAlongRoute: method<typeof PlacesAlongSchema, PlaceAlong[]>('routes:along:query', PlacesAlongSchema),
  proposeTour: method<typeof ProposeTourSchema, TourProposal>('routes:tour:query', ProposeTourSchema),
};
