import { kinks } from '@turf/turf';
import { z } from 'zod';
import {
  CATEGORY_FAMILIES,
  CUSTOM_FIELD_TYPE_IDS,
  EVENT_KIND_IDS,
  GROUP_LEVEL_IDS,
  MAX_LINK_STRENGTH,
  MIN_LINK_STRENGTH,
  CATEGORY_IDS,
  LINK_TYPE_IDS,
  QUARTER_KIND_IDS,
  ROUTE_MODE_IDS,
  SECTOR_IDS,
  categoryHasSector,
} from './typology.js';

// Zod schemas for the model: the single definition of what a valid place, quarter, route or link
// is. The backend validates every API payload with them; the renderer derives its types from them.

export const IdSchema = z.number().int().positive();

export const LongitudeSchema = z
  .number({ error: 'must be a number (degrees east, WGS84)' })
  .finite()
  .min(-180, 'must be between -180 and 180')
  .max(180, 'must be between -180 and 180');
export const LatitudeSchema = z
  .number({ error: 'must be a number (degrees north, WGS84)' })
  .finite()
  .min(-90, 'must be between -90 and 90')
  .max(90, 'must be between -90 and 90');

/** A WGS84 position as [longitude, latitude]. */
export const PositionSchema = z.tuple([LongitudeSchema, LatitudeSchema]);

export const CategorySchema = z.enum(CATEGORY_IDS, { error: 'is not a known category' });
export const CategoryFamilySchema = z.enum(CATEGORY_FAMILIES, { error: 'is not a known category family' });
export const SectorSchema = z.enum(SECTOR_IDS, { error: 'is not a known creative sector' });
export const LinkTypeSchema = z.enum(LINK_TYPE_IDS, { error: 'is not a known link type' });
export const QuarterKindSchema = z.enum(QUARTER_KIND_IDS, { error: 'is not a known area kind' });
export const RouteModeSchema = z.enum(ROUTE_MODE_IDS, { error: 'is not a known route mode' });
export const GroupLevelSchema = z.enum(GROUP_LEVEL_IDS, { error: 'is not a known group level' });
export const EventKindSchema = z.enum(EVENT_KIND_IDS, { error: 'is not a known event kind' });
export const CustomFieldTypeSchema = z.enum(CUSTOM_FIELD_TYPE_IDS, { error: 'is not a known field type' });

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
export const DateSchema = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .refine(isCalendarDate, 'must be a date (YYYY-MM-DD)');

const NameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const TextSchema = z.string().max(20_000, 'must be at most 20,000 characters');
const ShortTextSchema = z.string().max(500, 'must be at most 500 characters');

export const WebsiteSchema = z
  .string()
  .max(2000)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'must be an http:// or https:// address');

export const TagsSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'))
  .max(100, 'must have at most 100 tags');

/** Free custom fields: simple values only, so they export as columns. */
export const CustomFieldsSchema = z
  .record(
    z.string().trim().min(1, 'field names must not be empty').max(80),
    z.union([z.string().max(5000), z.number().finite(), z.boolean(), z.null()]),
  )
  .refine((fields) => Object.keys(fields).length <= 100, 'must have at most 100 fields');

const PlaceFieldsSchema = z.object({
  name: NameSchema,
  category: CategorySchema,
  sector: SectorSchema.nullable(),
  description: TextSchema,
  address: ShortTextSchema,
  website: WebsiteSchema,
  tags: TagsSchema,
  customFields: CustomFieldsSchema,
  longitude: LongitudeSchema,
  latitude: LatitudeSchema,
});

function checkSector(
  value: { category?: string | undefined; sector?: string | null | undefined },
  context: z.RefinementCtx,
) {
  if (value.sector && value.category && !categoryHasSector(value.category as never)) {
    context.addIssue({
      code: 'custom',
      path: ['sector'],
      message: 'only creative firms and creative-industry companies have a sector',
    });
  }
}

export const PlaceInputSchema = PlaceFieldsSchema.extend({
  sector: SectorSchema.nullable().default(null),
  description: TextSchema.default(''),
  address: ShortTextSchema.default(''),
  website: WebsiteSchema.default(''),
  tags: TagsSchema.default([]),
  customFields: CustomFieldsSchema.default({}),
})
  .strict()
  .superRefine(checkSector);
export type PlaceInput = z.input<typeof PlaceInputSchema>;

export const PlaceChangesSchema = PlaceFieldsSchema.partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type PlaceChanges = z.input<typeof PlaceChangesSchema>;

export interface Place {
  id: number;
  name: string;
  category: z.infer<typeof CategorySchema>;
  sector: z.infer<typeof SectorSchema> | null;
  description: string;
  address: string;
  website: string;
  tags: string[];
  customFields: Record<string, string | number | boolean | null>;
  longitude: number;
  latitude: number;
  createdAt: string;
  updatedAt: string;
}

/** A closed ring of at least four positions whose first and last positions are equal. */
const RingSchema = z
  .array(PositionSchema)
  .min(4, 'a ring needs at least 4 positions')
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a ring must end where it starts');

export const PolygonSchema = z
  .object({
    type: z.literal('Polygon'),
    coordinates: z.array(RingSchema).min(1, 'a polygon needs an outer ring').max(1000),
  })
  .superRefine((polygon, context) => {
    // turf's kinks finds where edges cross (within a ring or between rings): such a quarter has
    // no well-defined inside, so area, "inside the quarter" filters and QGIS would disagree.
    const crossings = kinks(polygon).features;
    const first = crossings[0]?.geometry.coordinates;
    if (first) {
      context.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: `the boundary crosses itself near ${first[0]?.toFixed(6)}, ${first[1]?.toFixed(6)} (longitude, latitude); draw it without crossing edges`,
      });
    }
  });
export type PolygonGeometry = z.infer<typeof PolygonSchema>;

export const QuarterInputSchema = z
  .object({
    name: NameSchema,
    kind: QuarterKindSchema.default('cultural-quarter'),
    description: TextSchema.default(''),
    geometry: PolygonSchema,
  })
  .strict();
export type QuarterInput = z.input<typeof QuarterInputSchema>;

export const QuarterChangesSchema = z
  .object({
    name: NameSchema,
    kind: QuarterKindSchema,
    description: TextSchema,
    geometry: PolygonSchema,
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type QuarterChanges = z.input<typeof QuarterChangesSchema>;

export interface Quarter {
  id: number;
  name: string;
  kind: z.infer<typeof QuarterKindSchema>;
  description: string;
  geometry: PolygonGeometry;
}

export const RouteInputSchema = z
  .object({
    name: NameSchema,
    mode: RouteModeSchema.default('walk'),
    description: TextSchema.default(''),
    stopPlaceIds: z.array(IdSchema).min(2, 'a route needs at least two stops').max(500),
  })
  .strict();
export type RouteInput = z.input<typeof RouteInputSchema>;

export const RouteChangesSchema = z
  .object({
    name: NameSchema,
    mode: RouteModeSchema,
    description: TextSchema,
    stopPlaceIds: z.array(IdSchema).min(2, 'a route needs at least two stops').max(500),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type RouteChanges = z.input<typeof RouteChangesSchema>;

export interface RouteStop {
  placeId: number;
  position: number;
}

export interface Route {
  id: number;
  name: string;
  mode: z.infer<typeof RouteModeSchema>;
  description: string;
  stops: RouteStop[];
  /** Straight segments between the stops, in stop order. */
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  lengthMetres: number;
}

export const LinkStrengthSchema = z
  .number({ error: `must be a whole number from ${MIN_LINK_STRENGTH} to ${MAX_LINK_STRENGTH}` })
  .int(`must be a whole number from ${MIN_LINK_STRENGTH} to ${MAX_LINK_STRENGTH}`)
  .min(MIN_LINK_STRENGTH, `must be from ${MIN_LINK_STRENGTH} to ${MAX_LINK_STRENGTH}`)
  .max(MAX_LINK_STRENGTH, `must be from ${MIN_LINK_STRENGTH} to ${MAX_LINK_STRENGTH}`);

export const LinkInputSchema = z
  .object({
    fromPlaceId: IdSchema,
    toPlaceId: IdSchema,
    type: LinkTypeSchema,
    note: ShortTextSchema.default(''),
    startDate: DateSchema.nullable().default(null),
    strength: LinkStrengthSchema.nullable().default(null),
  })
  .strict()
  .refine((link) => link.fromPlaceId !== link.toPlaceId, {
    message: 'a place cannot be linked to itself',
    path: ['toPlaceId'],
  });
export type LinkInput = z.input<typeof LinkInputSchema>;

export const LinkChangesSchema = z
  .object({
    type: LinkTypeSchema,
    note: ShortTextSchema,
    startDate: DateSchema.nullable(),
    strength: LinkStrengthSchema.nullable(),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type LinkChanges = z.input<typeof LinkChangesSchema>;

export interface Link {
  id: number;
  fromPlaceId: number;
  toPlaceId: number;
  type: z.infer<typeof LinkTypeSchema>;
  note: string;
  /** When the link began (YYYY-MM-DD), or null when unknown. */
  startDate: string | null;
  /** 1 (very weak) to 5 (very strong), or null when not assessed. */
  strength: number | null;
  createdAt: string;
}

// Groups: the levels of a creative cluster; places and areas belong to any number of them.

export const GroupInputSchema = z
  .object({
    name: NameSchema,
    level: GroupLevelSchema,
    parentId: IdSchema.nullable().default(null),
    description: TextSchema.default(''),
  })
  .strict();
export type GroupInput = z.input<typeof GroupInputSchema>;

export const GroupChangesSchema = z
  .object({
    name: NameSchema,
    level: GroupLevelSchema,
    parentId: IdSchema.nullable(),
    description: TextSchema,
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type GroupChanges = z.input<typeof GroupChangesSchema>;

export const GroupMemberTypeSchema = z.enum(['place', 'quarter'], { error: "must be 'place' or 'quarter'" });
export const GroupMemberSchema = z
  .object({ groupId: IdSchema, memberType: GroupMemberTypeSchema, memberId: IdSchema })
  .strict();
export type GroupMember = z.input<typeof GroupMemberSchema>;

export interface Group {
  id: number;
  name: string;
  level: z.infer<typeof GroupLevelSchema>;
  parentId: number | null;
  description: string;
  placeIds: number[];
  quarterIds: number[];
}

// Events: soft infrastructure in time.

const EventFieldsSchema = z.object({
  title: NameSchema,
  kind: EventKindSchema,
  startDate: DateSchema,
  endDate: DateSchema,
  venuePlaceId: IdSchema.nullable(),
  participantPlaceIds: z.array(IdSchema).max(10_000, 'must have at most 10,000 participants'),
  description: TextSchema,
});

function checkEventDates(
  value: { startDate?: string | undefined; endDate?: string | undefined },
  context: z.RefinementCtx,
) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after the start date' });
  }
}

export const EventInputSchema = EventFieldsSchema.extend({
  endDate: DateSchema.optional(),
  venuePlaceId: IdSchema.nullable().default(null),
  participantPlaceIds: EventFieldsSchema.shape.participantPlaceIds.default([]),
  description: TextSchema.default(''),
})
  .strict()
  .superRefine(checkEventDates);
export type EventInput = z.input<typeof EventInputSchema>;

export const EventChangesSchema = EventFieldsSchema.partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field')
  .superRefine(checkEventDates);
export type EventChanges = z.input<typeof EventChangesSchema>;

export interface ClusterEvent {
  id: number;
  title: string;
  kind: z.infer<typeof EventKindSchema>;
  startDate: string;
  endDate: string;
  venuePlaceId: number | null;
  participantPlaceIds: number[];
  description: string;
}

// Custom fields per category: definitions stored in the project, values in place.customFields.

const FieldNameSchema = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
const ChoiceOptionsSchema = z
  .array(z.string().trim().min(1, 'an option must not be empty').max(200))
  .max(200, 'must have at most 200 options')
  .refine((options) => new Set(options).size === options.length, 'must not repeat an option');

export const CustomFieldDefinitionInputSchema = z
  .object({
    category: CategorySchema,
    name: FieldNameSchema,
    type: CustomFieldTypeSchema,
    options: ChoiceOptionsSchema.default([]),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.type === 'choice' && value.options.length === 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'a choice needs at least one option' });
    }
    if (value.type !== 'choice' && value.options.length > 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'only a choice has options' });
    }
  });
export type CustomFieldDefinitionInput = z.input<typeof CustomFieldDefinitionInputSchema>;

export const CustomFieldDefinitionChangesSchema = z
  .object({ name: FieldNameSchema, options: ChoiceOptionsSchema, position: z.number().int().min(0).max(10_000) })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type CustomFieldDefinitionChanges = z.input<typeof CustomFieldDefinitionChangesSchema>;

export interface CustomFieldDefinition {
  id: number;
  category: z.infer<typeof CategorySchema>;
  name: string;
  type: z.infer<typeof CustomFieldTypeSchema>;
  options: string[];
  position: number;
}
