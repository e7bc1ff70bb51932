import { z } from 'zod';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import type { DirectionStep } from '../routing/directions.js';
import { TranslationChangesSchema, TranslationsSchema, type Translations } from './content-languages.js';
import { IdSchema, LatitudeSchema, LongitudeSchema, NameSchema, RouteModeSchema, TextSchema } from './value-schemas.js';

// Cultural routes: ordered stops at places, travelled on foot, by wheelchair, by bicycle or by
// car. A route's line follows the project's walking and cycling network (legs between stops,
// through via points a user dragged the line to); a leg the network cannot make is a straight
// line, marked as such.

/** A point the line passes on its way from stop `afterStop` to the next (dragged onto the map). */
export const RouteViaSchema = z
  .object({ afterStop: z.number().int().min(0).max(499), longitude: LongitudeSchema, latitude: LatitudeSchema })
  .strict();
export type RouteVia = z.infer<typeof RouteViaSchema>;

/** A start time as HH:MM (24 hours). */
const StartTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, problem(m.timeOfDay));
const SpeedSchema = z.number().min(1).max(60);
const VisitMinutesSchema = z
  .array(
    z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
  )
  .max(500);
const StopsSchema = z.array(IdSchema).min(2, problem(m.routeTwoStops)).max(500);

const RouteFieldsSchema = z.object({
  name: NameSchema,
  mode: RouteModeSchema,
  description: TextSchema,
  stopPlaceIds: StopsSchema,
  /** Minutes spent at each stop, in stop order (missing ones are 0). */
  visitMinutes: VisitMinutesSchema,
  vias: z.array(RouteViaSchema).max(500),
  /** km/h on the flat; null for the mode's usual speed (walkers 5, wheelchairs 4, cyclists 18). */
  speedKmh: SpeedSchema.nullable(),
  /** When the walk starts (HH:MM), for arrival times at the stops; null when not planned. */
  startTime: StartTimeSchema.nullable(),
});

export const RouteInputSchema = RouteFieldsSchema.extend({
  mode: RouteModeSchema.default('walk'),
  description: TextSchema.default(''),
  visitMinutes: VisitMinutesSchema.default([]),
  vias: RouteFieldsSchema.shape.vias.default([]),
  speedKmh: SpeedSchema.nullable().default(null),
  startTime: StartTimeSchema.nullable().default(null),
  translations: TranslationsSchema.optional(),
}).strict();
export type RouteInput = z.input<typeof RouteInputSchema>;

export const RouteChangesSchema = RouteFieldsSchema.extend({ translations: TranslationChangesSchema })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type RouteChanges = z.input<typeof RouteChangesSchema>;

export interface RouteStop {
  placeId: number;
  position: number;
  visitMinutes: number;
}

/** One piece of the line: from a stop or via point to the next one. */
export interface RouteLeg {
  /**
   * 'network' follows the ways; 'straight' is a straight line the network could not replace;
   * 'imported' is a line as a file brought it (a GPX track), not routed.
   */
  kind: 'network' | 'straight' | 'imported';
  /** Why a leg is straight: a stop off the network, no way between them, or a mode not routed (car). */
  reason?: 'off-network' | 'no-path' | 'not-routed';
  /** The stop this leg arrives at (its index in `stops`), or null when it ends at a via point. */
  toStop: number | null;
  coordinates: [number, number][];
  lengthMetres: number;
  /** At the route's speed, on the flat (the route's details add slopes when elevation is known). */
  durationSeconds: number;
  directions: DirectionStep[];
}

export interface Route {
  id: number;
  /** Its stable identity (feature-uuid.ts): set in what an export reads, absent in the app's lists. */
  uuid?: string;
  name: string;
  mode: z.infer<typeof RouteModeSchema>;
  description: string;
  stops: RouteStop[];
  vias: RouteVia[];
  speedKmh: number | null;
  startTime: string | null;
  /** Attributes an imported file gave the route (its columns), as places keep theirs. */
  customFields: Record<string, string | number | boolean | null>;
  /** The whole line, leg after leg. */
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  legs: RouteLeg[];
  lengthMetres: number;
  durationSeconds: number;
  /** Name and description in the project's further languages; absent when it has none. */
  translations?: Translations;
}
