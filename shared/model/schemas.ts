import { z } from 'zod';
import {
  CATEGORY_FAMILIES,
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

export const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(RingSchema).min(1, 'a polygon needs an outer ring').max(1000),
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

export const LinkInputSchema = z
  .object({
    fromPlaceId: IdSchema,
    toPlaceId: IdSchema,
    type: LinkTypeSchema,
    note: ShortTextSchema.default(''),
  })
  .strict()
  .refine((link) => link.fromPlaceId !== link.toPlaceId, {
    message: 'a place cannot be linked to itself',
    path: ['toPlaceId'],
  });
export type LinkInput = z.input<typeof LinkInputSchema>;

export interface Link {
  id: number;
  fromPlaceId: number;
  toPlaceId: number;
  type: z.infer<typeof LinkTypeSchema>;
  note: string;
  createdAt: string;
}
