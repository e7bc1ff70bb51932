import { z } from 'zod';
import { PlaceFilterSchema } from '../filter/place-filter.js';
import {
  CategoryFamilySchema,
  IdSchema,
  LatitudeSchema,
  LongitudeSchema,
  PlaceChangesSchema,
  PlaceInputSchema,
  type Place,
} from '../model/schemas.js';
import { DEFAULT_NEARBY_FAMILIES, type CategoryId, type SectorId } from '../model/typology.js';
import { NEARBY_DEFAULT_METRES, NEARBY_MAX_METRES } from './limits.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';

// Places (sites and actors): list, the map's lean answer, edit, search and nearby.

export interface SearchHit {
  place: Place;
  /** Matched text with the terms wrapped in «» (plain text, never HTML). */
  snippet: string;
}

/** What a nearby answer tells about each place: enough to list, select and link it. */
export type NearbyPlace = Pick<Place, 'id' | 'name' | 'category' | 'sector' | 'longitude' | 'latitude'>;

export interface NearbyHit {
  /** Lean on purpose: an answer carries up to `limit` places; the full place is one getPlace away. */
  place: NearbyPlace;
  distanceMetres: number;
  /**
   * How the distance was measured: 'walking' along the project's street network (from the place to
   * the nearest street, along the streets, to the other place), or 'straight' (as the crow flies:
   * asked so, or no street leads there).
   */
  measure: NearbyMeasure;
  /** Whether a link already joins the two places (in either direction). */
  linked: boolean;
}

export const NEARBY_MEASURES = ['straight', 'walking'] as const;
export type NearbyMeasure = (typeof NEARBY_MEASURES)[number];

/**
 * What the map draws of every place, in columns (one array per field, the same position in each):
 * about a fifth of the full list's bytes, and no object per place to build or parse. Category and
 * sector are codes into the small `categories` / `sectors` tables. Ordered by id, like the full list.
 */
export interface MapPlaces {
  ids: number[];
  longitudes: number[];
  latitudes: number[];
  names: string[];
  categoryCodes: number[];
  categories: CategoryId[];
  sectorCodes: number[];
  sectors: (SectorId | null)[];
}

export interface DeletePlaceResult {
  id: number;
  linksRemoved: number;
  stopsRemoved: number;
  attachmentsRemoved: number;
  annotationsRemoved: number;
}

/**
 * The map's first paint: only the facets a place's category and sector decide (the rest of the
 * workspace filter needs fields the lean answer leaves out, so the renderer waits for the full list).
 */
export const MapPlacesQuerySchema = PlaceFilterSchema.pick({ families: true, categories: true, sectors: true });

export const NearbyQuerySchema = z
  .object({
    placeId: IdSchema,
    withinMetres: z.number().positive().max(NEARBY_MAX_METRES).default(NEARBY_DEFAULT_METRES),
    families: z
      .array(CategoryFamilySchema)
      .min(1)
      .default([...DEFAULT_NEARBY_FAMILIES]),
    limit: z.number().int().positive().max(1000).default(200),
    /** As the crow flies (the default), or walking along the street network where the project has one. */
    measure: z.enum(NEARBY_MEASURES).optional(),
  })
  .strict();

export const SearchQuerySchema = z
  .object({
    text: z.string().trim().min(1).max(200),
    limit: z.number().int().positive().max(200).default(20),
  })
  .strict();

/** Several places at once (the map's multi-select): one call, one undo step. */
export const DeletePlacesSchema = z.object({ ids: z.array(IdSchema).min(1).max(10_000) }).strict();
export const MovePlacesSchema = z
  .object({
    moves: z
      .array(z.object({ id: IdSchema, longitude: LongitudeSchema, latitude: LatitudeSchema }).strict())
      .min(1)
      .max(10_000),
  })
  .strict();

const PlaceUpdateSchema = updateSchema(PlaceChangesSchema);

export const placesApi = {
  listPlaces: method<typeof EmptySchema, Place[]>('places:list:query', EmptySchema),
  mapPlaces: method<typeof MapPlacesQuerySchema, MapPlaces>('places:map:query', MapPlacesQuerySchema),
  getPlace: method<typeof ByIdSchema, Place>('places:item:get', ByIdSchema),
  createPlace: method<typeof PlaceInputSchema, Place>('places:item:create', PlaceInputSchema),
  updatePlace: method<typeof PlaceUpdateSchema, Place>('places:item:update', PlaceUpdateSchema),
  deletePlace: method<typeof ByIdSchema, DeletePlaceResult>('places:item:delete', ByIdSchema),
  searchPlaces: method<typeof SearchQuerySchema, SearchHit[]>('places:search:query', SearchQuerySchema),
  nearbyPlaces: method<typeof NearbyQuerySchema, NearbyHit[]>('places:nearby:query', NearbyQuerySchema),
  deletePlaces: method<typeof DeletePlacesSchema, DeletePlaceResult[]>('places:items:delete', DeletePlacesSchema),
  movePlaces: method<typeof MovePlacesSchema, Place[]>('places:items:move', MovePlacesSchema),
};
