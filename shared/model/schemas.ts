import { z } from 'zod';
import { polygonProblem } from '../geo/polygon-validity.js';
import { categoryHasSector, MAX_LINK_STRENGTH, MIN_LINK_STRENGTH } from './typology.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import {
  CategorySchema,
  CustomFieldsSchema,
  DateSchema,
  IdSchema,
  LatitudeSchema,
  LinkTypeSchema,
  LongitudeSchema,
  NameSchema,
  PositionSchema,
  QuarterKindSchema,
  SectorSchema,
  ShortTextSchema,
  TagsSchema,
  TextSchema,
  WebsiteSchema,
} from './value-schemas.js';
import { TranslationChangesSchema, TranslationsSchema, type Translations } from './content-languages.js';

// Zod schemas for the model: the single definition of what a valid place, quarter, route or link
// is (groups, events and custom fields: cluster-schemas.ts; the values they are built of:
// value-schemas.ts). The backend validates every API payload with them; the renderer derives its
// types from them. Everything is exported from here.

export * from './value-schemas.js';
export * from './cluster-schemas.js';
export * from './route-schemas.js';
export * from './content-languages.js';

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
  /** Name and description in the project's further languages (no default: absent means none). */
  translations: TranslationsSchema.optional(),
})
  .strict()
  .superRefine(checkSector);
export type PlaceInput = z.input<typeof PlaceInputSchema>;

export const PlaceChangesSchema = PlaceFieldsSchema.extend({ translations: TranslationChangesSchema })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type PlaceChanges = z.input<typeof PlaceChangesSchema>;

export interface Place {
  id: number;
  /** Its stable identity (feature-uuid.ts): set in what an export reads, absent in the app's lists. */
  uuid?: string;
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
  /** Name and description in the project's further languages; absent when it has none. */
  translations?: Translations;
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
    // Valid as GEOS (so QGIS and GDAL) judges it: a quarter whose edges cross or whose holes lie
    // outside has no well-defined inside, so area, "inside the quarter" filters and QGIS would
    // disagree. Repeated corners are fine. O(n log n) (shared/geo/polygon-validity.ts).
    const invalid = polygonProblem(polygon.coordinates);
    // Open rings and bad numbers are the ring and position schemas' to report.
    if (!invalid || invalid.kind === 'not-closed' || invalid.kind === 'invalid-coordinate') return;
    const where = { longitude: invalid.position[0].toFixed(6), latitude: invalid.position[1].toFixed(6) };
    const kind = invalid.kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    context.addIssue({
      code: 'custom',
      path: ['coordinates'],
      message:
        invalid.kind === 'self-intersection'
          ? problem(m.boundaryCrosses, where)
          : problem(m.polygonInvalid, { ...where, kind }),
    });
  });
export type PolygonGeometry = z.infer<typeof PolygonSchema>;

export const QuarterInputSchema = z
  .object({
    name: NameSchema,
    kind: QuarterKindSchema.default('cultural-quarter'),
    description: TextSchema.default(''),
    geometry: PolygonSchema,
    translations: TranslationsSchema.optional(),
  })
  .strict();
export type QuarterInput = z.input<typeof QuarterInputSchema>;

export const QuarterChangesSchema = z
  .object({
    name: NameSchema,
    kind: QuarterKindSchema,
    description: TextSchema,
    geometry: PolygonSchema,
    translations: TranslationChangesSchema,
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type QuarterChanges = z.input<typeof QuarterChangesSchema>;

export interface Quarter {
  id: number;
  /** Its stable identity (feature-uuid.ts): set in what an export reads, absent in the app's lists. */
  uuid?: string;
  name: string;
  kind: z.infer<typeof QuarterKindSchema>;
  description: string;
  /** Attributes an imported file gave the area (its columns), as places keep theirs. */
  customFields: Record<string, string | number | boolean | null>;
  geometry: PolygonGeometry;
  /** Name and description in the project's further languages; absent when it has none. */
  translations?: Translations;
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
  /** Its stable identity (feature-uuid.ts): set in what an export reads, absent in the app's lists. */
  uuid?: string;
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
