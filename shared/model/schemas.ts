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
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// Zod schemas for the model: the single definition of what a valid place, quarter, route or link
// is. The backend validates every API payload with them; the renderer derives its types from them.

export const IdSchema = z.number().int().positive();

export const LongitudeSchema = z
  .number({ error: problem(m.longitudeNotNumber) })
  .finite()
  .min(-180, problem(m.longitudeRange))
  .max(180, problem(m.longitudeRange));
export const LatitudeSchema = z
  .number({ error: problem(m.latitudeNotNumber) })
  .finite()
  .min(-90, problem(m.latitudeRange))
  .max(90, problem(m.latitudeRange));

/** A WGS84 position as [longitude, latitude]. */
export const PositionSchema = z.tuple([LongitudeSchema, LatitudeSchema]);

export const CategorySchema = z.enum(CATEGORY_IDS, { error: problem(m.notKnownCategory) });
export const CategoryFamilySchema = z.enum(CATEGORY_FAMILIES, { error: problem(m.notKnownFamily) });
export const SectorSchema = z.enum(SECTOR_IDS, { error: problem(m.notKnownSector) });
export const LinkTypeSchema = z.enum(LINK_TYPE_IDS, { error: problem(m.notKnownLinkType) });
export const QuarterKindSchema = z.enum(QUARTER_KIND_IDS, { error: problem(m.notKnownAreaKind) });
export const RouteModeSchema = z.enum(ROUTE_MODE_IDS, { error: problem(m.notKnownRouteMode) });
export const GroupLevelSchema = z.enum(GROUP_LEVEL_IDS, { error: problem(m.notKnownGroupLevel) });
export const EventKindSchema = z.enum(EVENT_KIND_IDS, { error: problem(m.notKnownEventKind) });
export const CustomFieldTypeSchema = z.enum(CUSTOM_FIELD_TYPE_IDS, { error: problem(m.notKnownFieldType) });

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
export const DateSchema = z.string({ error: problem(m.notDate) }).refine(isCalendarDate, problem(m.notDate));

const NameSchema = z.string().trim().min(1).max(200);
const TextSchema = z.string().max(20_000);
const ShortTextSchema = z.string().max(500);

export const WebsiteSchema = z
  .string()
  .max(2000)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), problem(m.webAddress));

export const TagsSchema = z.array(z.string().trim().min(1).max(80)).max(100);

/** Free custom fields: simple values only, so they export as columns. */
export const CustomFieldsSchema = z
  .record(z.string().trim().min(1).max(80), z.union([z.string().max(5000), z.number().finite(), z.boolean(), z.null()]))
  .refine((fields) => Object.keys(fields).length <= 100, problem(m.tooManyFields, { maximum: 100 }));

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
      message: problem(m.sectorOnlyForCreative),
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
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
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
  .min(4, problem(m.ringTooShort))
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, problem(m.ringNotClosed));

export const PolygonSchema = z
  .object({
    type: z.literal('Polygon'),
    coordinates: z.array(RingSchema).min(1, problem(m.polygonNoRing)).max(1000),
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
        message: problem(m.boundaryCrosses, { longitude: first[0]?.toFixed(6), latitude: first[1]?.toFixed(6) }),
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
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
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
    stopPlaceIds: z.array(IdSchema).min(2, problem(m.routeTwoStops)).max(500),
  })
  .strict();
export type RouteInput = z.input<typeof RouteInputSchema>;

export const RouteChangesSchema = z
  .object({
    name: NameSchema,
    mode: RouteModeSchema,
    description: TextSchema,
    stopPlaceIds: z.array(IdSchema).min(2, problem(m.routeTwoStops)).max(500),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
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

const strengthProblem = problem(m.linkStrength, { minimum: MIN_LINK_STRENGTH, maximum: MAX_LINK_STRENGTH });
const strengthRangeProblem = problem(m.linkStrengthRange, { minimum: MIN_LINK_STRENGTH, maximum: MAX_LINK_STRENGTH });
export const LinkStrengthSchema = z
  .number({ error: strengthProblem })
  .int(strengthProblem)
  .min(MIN_LINK_STRENGTH, strengthRangeProblem)
  .max(MAX_LINK_STRENGTH, strengthRangeProblem);

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
    message: problem(m.linkToItself),
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
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
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
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type GroupChanges = z.input<typeof GroupChangesSchema>;

export const GroupMemberTypeSchema = z.enum(['place', 'quarter']);
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
  participantPlaceIds: z.array(IdSchema).max(10_000),
  description: TextSchema,
});

function checkEventDates(
  value: { startDate?: string | undefined; endDate?: string | undefined },
  context: z.RefinementCtx,
) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: problem(m.endBeforeStart) });
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
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething))
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

const FieldNameSchema = z.string().trim().min(1).max(80);
const ChoiceOptionsSchema = z
  .array(z.string().trim().min(1).max(200))
  .max(200)
  .refine((options) => new Set(options).size === options.length, problem(m.repeatedOption));

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
      context.addIssue({ code: 'custom', path: ['options'], message: problem(m.choiceNeedsOption) });
    }
    if (value.type !== 'choice' && value.options.length > 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: problem(m.onlyChoiceHasOptions) });
    }
  });
export type CustomFieldDefinitionInput = z.input<typeof CustomFieldDefinitionInputSchema>;

export const CustomFieldDefinitionChangesSchema = z
  .object({ name: FieldNameSchema, options: ChoiceOptionsSchema, position: z.number().int().min(0).max(10_000) })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type CustomFieldDefinitionChanges = z.input<typeof CustomFieldDefinitionChangesSchema>;

export interface CustomFieldDefinition {
  id: number;
  category: z.infer<typeof CategorySchema>;
  name: string;
  type: z.infer<typeof CustomFieldTypeSchema>;
  options: string[];
  position: number;
}
