import { z } from 'zod';
import type { LineString } from 'geojson';
import { LanguageCodeSchema } from '../model/content-languages.js';
import { IdSchema, type PolygonGeometry, type Quarter } from '../model/schemas.js';
import type { CategoryFamily, CategoryId, LinkTypeId } from '../model/typology.js';
import { LatitudeSchema, LongitudeSchema } from '../model/value-schemas.js';
import { guideMessages as m } from '../i18n/messages/guides.js';
import { problem } from '../i18n/validation.js';
import { method } from './method.js';

// Printed maps (issue #16, point 2): an area of the project, or a box (the map's current view),
// with everything of the project in it, read in one call by the map's print view: the places and
// their kinds, the areas, routes and links, the names in one of the project's content languages.

/** Places a printed map draws at most (more would be a cloud of dots, and slow to draw at 300 dpi). */
export const MAX_PRINTED_PLACES = 20_000;

export const BoxSchema = z
  .tuple([LongitudeSchema, LatitudeSchema, LongitudeSchema, LatitudeSchema])
  .refine(([west, south, east, north]) => west < east && south < north, problem(m.boxOrder));

export const GetMapPrintSchema = z
  .object({
    areaId: IdSchema.optional(),
    /** [west, south, east, north] in degrees. */
    box: BoxSchema.optional(),
    /** A content language of the project; null: the project's own texts. */
    language: LanguageCodeSchema.nullable().default(null),
    /** The printed map's width over its height: the extent is widened to it, so what is drawn is what is listed. */
    aspect: z.number().min(0.05).max(20).optional(),
  })
  .strict()
  .refine((input) => (input.areaId === undefined) !== (input.box === undefined), problem(m.areaOrBox));

export interface PrintedPlace {
  id: number;
  name: string;
  category: CategoryId;
  family: CategoryFamily;
  longitude: number;
  latitude: number;
}

export interface MapPrint {
  projectName: string;
  /** The content language of the names (null: the project's own). */
  language: string | null;
  /** The area printed (null for a box). */
  area: { id: number; name: string; description: string; kind: Quarter['kind'] } | null;
  /**
   * [west, south, east, north] the map shows: the area with a tenth of its size around it, or the
   * box, widened to the aspect asked for (in Web Mercator, as the map is drawn).
   */
  bounds: [number, number, number, number];
  places: PrintedPlace[];
  /** Places in the box beyond MAX_PRINTED_PLACES, not drawn. */
  placesLeftOut: number;
  areas: { id: number; name: string; kind: Quarter['kind']; geometry: PolygonGeometry; printed: boolean }[];
  routes: { id: number; name: string; line: LineString }[];
  /** Links with both places drawn. */
  links: { id: number; type: LinkTypeId; from: [number, number]; to: [number, number] }[];
  /** Whom the basemap's data is owed to (plain text, one per source). */
  attribution: string[];
}

export const mapPrintApi = {
  getMapPrint: method<typeof GetMapPrintSchema, MapPrint>('guides:map:get', GetMapPrintSchema),
};
