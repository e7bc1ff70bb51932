import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { localizedName, type Link, type Place, type Quarter, type Route } from '../../../shared/model/schemas.js';
import { getCategory, type CategoryFamily } from '../../../shared/model/typology.js';
import type { MapPlaces } from '../../../shared/api/contract.js';
import { memoizeLast, sameArguments } from '../util/memoize-last.js';
import { ARC_BEND, linkArc } from './link-arc.js';
import type { PlaceStyler, StyledPlace } from './place-style-types.js';
import { edgeLabel } from './quarter-edge-label.js';

// Pure functions from domain data to the GeoJSON the map draws. Every feature's id is the integer
// id of the place, quarter or link it shows, so feature-state and clicks map back to it (a route
// is drawn leg by leg: its legs carry the route's id as `routeId`).
// Each is memoised on its inputs: the map gets a new collection only when the data changed.
// Names are drawn in the chosen content language (`language`; null: the primary), each falling
// back to the primary name where it has no translation. The lean first paint has primary names.

export interface PlaceFeatureProperties {
  id: number;
  name: string;
  category: string;
  family: CategoryFamily;
  sector: string | null;
  /** The value of the field the places are coloured by (place-paint.ts); absent: no value. */
  styleValue?: string | number;
  /** The label drawn when places are labelled by another field than the name. */
  label?: string;
}

export interface LinkFeatureProperties {
  id: number;
  type: string;
  fromPlaceId: number;
  toPlaceId: number;
  /** How much the arc bends: a second link between the same two places bends further. */
  bend: number;
}

export type PlaceCollection = FeatureCollection<Point, PlaceFeatureProperties>;
export type LinkCollection = FeatureCollection<LineString, LinkFeatureProperties>;

/** Adds the style's value and label to a feature's properties (only those it has). */
function addStyle(
  properties: PlaceFeatureProperties,
  place: StyledPlace,
  styler: PlaceStyler | null,
): PlaceFeatureProperties {
  if (!styler) return properties;
  const value = styler.value(place);
  const label = styler.label(place);
  if (value !== undefined) properties.styleValue = value;
  if (label !== undefined) properties.label = label;
  return properties;
}

export function placeFeature(
  place: Place,
  language: string | null = null,
  styler: PlaceStyler | null = null,
): Feature<Point, PlaceFeatureProperties> {
  return {
    type: 'Feature',
    id: place.id,
    geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
    properties: addStyle(
      {
        id: place.id,
        name: localizedName(place, language),
        category: place.category,
        family: getCategory(place.category).family,
        sector: place.sector,
      },
      place,
      styler,
    ),
  };
}

export function placesToGeoJson(
  places: readonly Place[],
  language: string | null = null,
  styler: PlaceStyler | null = null,
): PlaceCollection {
  return { type: 'FeatureCollection', features: places.map((place) => placeFeature(place, language, styler)) };
}

const NO_FIELDS: Place['customFields'] = Object.freeze({});

/** The same features as placesToGeoJson, from the backend's lean map answer (`places:map:query`). */
export function mapPlacesToGeoJson(lean: MapPlaces, styler: PlaceStyler | null = null): PlaceCollection {
  const families = lean.categories.map((category) => getCategory(category).family);
  const features: Feature<Point, PlaceFeatureProperties>[] = new Array(lean.ids.length);
  for (let index = 0; index < lean.ids.length; index++) {
    const id = lean.ids[index]!;
    const categoryCode = lean.categoryCodes[index]!;
    const properties: PlaceFeatureProperties = {
      id,
      name: lean.names[index]!,
      category: lean.categories[categoryCode]!,
      family: families[categoryCode]!,
      sector: lean.sectors[lean.sectorCodes[index]!] ?? null,
    };
    // The lean answer has no custom fields: a place styled by one shows "no value" until the full list.
    if (styler) {
      const category = lean.categories[categoryCode]!;
      const sector = lean.sectors[lean.sectorCodes[index]!] ?? null;
      addStyle(properties, { id, category, sector, customFields: NO_FIELDS }, styler);
    }
    features[index] = {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [lean.longitudes[index]!, lean.latitudes[index]!] },
      properties,
    };
  }
  return { type: 'FeatureCollection', features };
}

function sameLinkFeatures(a: LinkCollection, b: LinkCollection): boolean {
  if (a.features.length !== b.features.length) return false;
  for (let index = 0; index < a.features.length; index++) {
    const x = a.features[index]!;
    const y = b.features[index]!;
    if (
      x.id !== y.id ||
      x.properties.type !== y.properties.type ||
      x.properties.fromPlaceId !== y.properties.fromPlaceId ||
      x.properties.toPlaceId !== y.properties.toPlaceId ||
      x.properties.bend !== y.properties.bend ||
      x.geometry.coordinates.length !== y.geometry.coordinates.length ||
      x.geometry.coordinates.some(
        ([longitude, latitude], at) =>
          longitude !== y.geometry.coordinates[at]![0] || latitude !== y.geometry.coordinates[at]![1],
      )
    )
      return false;
  }
  return true;
}

function samePlaceFeatures(a: PlaceCollection, b: PlaceCollection): boolean {
  if (a.features.length !== b.features.length) return false;
  for (let index = 0; index < a.features.length; index++) {
    const x = a.features[index]!;
    const y = b.features[index]!;
    const [xLongitude, xLatitude] = x.geometry.coordinates;
    const [yLongitude, yLatitude] = y.geometry.coordinates;
    if (
      x.id !== y.id ||
      xLongitude !== yLongitude ||
      xLatitude !== yLatitude ||
      x.properties.name !== y.properties.name ||
      x.properties.category !== y.properties.category ||
      x.properties.sector !== y.properties.sector ||
      x.properties.styleValue !== y.properties.styleValue ||
      x.properties.label !== y.properties.label
    )
      return false;
  }
  return true;
}

/**
 * The places' collection for the map, built from the full list or from the lean answer, and
 * handed back unchanged (the same object) when the places drawn are exactly the same, so the map
 * source keeps its data: `setData` re-tiles and re-clusters every place in MapLibre's worker. Why:
 * the full list replacing the lean first paint, or an edit of a description, changes nothing drawn.
 * Only the collection drawn is kept (at 100,000 places each copy is ~40 MB of the page's heap, and
 * a larger heap makes every full garbage collection longer).
 */
export function createStablePlaces(): (
  source: readonly Place[] | MapPlaces,
  language?: string | null,
  styler?: PlaceStyler | null,
) => PlaceCollection {
  return createStable(
    (source: readonly Place[] | MapPlaces, language: string | null = null, styler: PlaceStyler | null = null) =>
      isLean(source) ? mapPlacesToGeoJson(source, styler) : placesToGeoJson(source, language, styler),
    samePlaceFeatures,
  );
}

function isLean(source: readonly Place[] | MapPlaces): source is MapPlaces {
  return !Array.isArray(source);
}

/** The same for the links' arcs (drawn from the lean positions first, then from the full places). */
export function createStableLinks(): (links: readonly Link[], positions: PlacePositions) => LinkCollection {
  return createStable(linksToGeoJson, sameLinkFeatures);
}

/** Builds again only for new arguments (by identity), and keeps the old result when `same` says so. */
function createStable<Args extends readonly unknown[], Collection>(
  build: (...args: Args) => Collection,
  same: (a: Collection, b: Collection) => boolean,
): (...args: Args) => Collection {
  let last: { args: Args; collection: Collection } | null = null;
  return (...args) => {
    if (last && sameArguments(last.args, args)) return last.collection;
    const next = build(...args);
    last = { args, collection: last && same(last.collection, next) ? last.collection : next };
    return last.collection;
  };
}

/** Where each place is: the full places, or positions from the lean answer (`leanPositions`). */
export type PlacePositions = ReadonlyMap<number, { readonly longitude: number; readonly latitude: number }>;

const leanPositionsCache = new WeakMap<MapPlaces, PlacePositions>();
/** Positions by id from the lean answer (kept only while the answer itself is). */
export function leanPositions(lean: MapPlaces): PlacePositions {
  let positions = leanPositionsCache.get(lean);
  if (!positions) {
    const built = new Map<number, { longitude: number; latitude: number }>();
    for (let index = 0; index < lean.ids.length; index++)
      built.set(lean.ids[index]!, { longitude: lean.longitudes[index]!, latitude: lean.latitudes[index]! });
    leanPositionsCache.set(lean, built);
    positions = built;
  }
  return positions;
}

/** An arc between the two places of each link (link-arc.ts); links to a missing place are left out. */
export function linksToGeoJson(links: readonly Link[], placesById: PlacePositions): LinkCollection {
  const features: Feature<LineString, LinkFeatureProperties>[] = [];
  const seenPairs = new Map<string, number>();
  for (const link of links) {
    const from = placesById.get(link.fromPlaceId);
    const to = placesById.get(link.toPlaceId);
    if (!from || !to) continue;
    const pair = `${link.fromPlaceId}>${link.toPlaceId}`;
    const earlier = seenPairs.get(pair) ?? 0;
    seenPairs.set(pair, earlier + 1);
    const bend = ARC_BEND * (1 + earlier * 0.7);
    features.push({
      type: 'Feature',
      id: link.id,
      geometry: {
        type: 'LineString',
        coordinates: linkArc([from.longitude, from.latitude], [to.longitude, to.latitude], bend),
      },
      properties: {
        id: link.id,
        type: link.type,
        fromPlaceId: link.fromPlaceId,
        toPlaceId: link.toPlaceId,
        bend,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The same links with one place drawn at another position (while it is being dragged). */
export function moveLinkEnds(links: LinkCollection, placeId: number, position: [number, number]): LinkCollection {
  return {
    type: 'FeatureCollection',
    features: links.features.map((link) => {
      const { fromPlaceId, toPlaceId } = link.properties;
      if (fromPlaceId !== placeId && toPlaceId !== placeId) return link;
      const coordinates = link.geometry.coordinates;
      const from = coordinates[0] ?? position;
      const to = coordinates[coordinates.length - 1] ?? position;
      return {
        ...link,
        geometry: {
          type: 'LineString',
          coordinates: linkArc(
            (fromPlaceId === placeId ? position : from) as [number, number],
            (toPlaceId === placeId ? position : to) as [number, number],
            link.properties.bend,
          ),
        },
      };
    }),
  };
}

export interface RouteLegProperties {
  routeId: number;
  name: string;
  mode: string;
  /** 'network', 'straight' (drawn dashed) or 'imported'. */
  kind: string;
  /** The route's longest leg carries its name on the map (once, not on every leg). */
  label: boolean;
  /** Which of the route's legs (its index), for a drag of the line. */
  leg: number;
}

/** A feature per leg of each route (ids count up from 0; `routeId` says whose leg it is). */
export const routesToGeoJson = memoizeLast(
  (routes: readonly Route[], language: string | null = null): FeatureCollection<LineString, RouteLegProperties> => {
    const features: Feature<LineString, RouteLegProperties>[] = [];
    for (const route of routes) {
      // A route stored without legs (before routing) is one line.
      const legs =
        route.legs.length > 0
          ? route.legs
          : [{ kind: 'network', coordinates: route.geometry.coordinates, lengthMetres: route.lengthMetres }];
      const longest = legs.reduce(
        (best, leg, index) => (leg.lengthMetres > (legs[best]?.lengthMetres ?? 0) ? index : best),
        0,
      );
      legs.forEach((leg, index) => {
        if (leg.coordinates.length < 2) return;
        features.push({
          type: 'Feature',
          id: features.length,
          geometry: { type: 'LineString', coordinates: leg.coordinates },
          properties: {
            routeId: route.id,
            name: localizedName(route, language),
            mode: route.mode,
            kind: leg.kind,
            label: index === longest,
            leg: index,
          },
        });
      });
    }
    return { type: 'FeatureCollection', features };
  },
);

export const quartersToGeoJson = memoizeLast(
  (
    quarters: readonly Quarter[],
    language: string | null = null,
  ): FeatureCollection<Polygon, { id: number; name: string; kind: string }> => ({
    type: 'FeatureCollection',
    features: quarters.map((quarter) => ({
      type: 'Feature',
      id: quarter.id,
      geometry: quarter.geometry,
      properties: { id: quarter.id, name: localizedName(quarter, language), kind: quarter.kind },
    })),
  }),
);

/** One label point per quarter, on its longest edge (see edgeLabel). */
export const quarterLabelsToGeoJson = memoizeLast(
  (
    quarters: readonly Quarter[],
    language: string | null = null,
  ): FeatureCollection<Point, { id: number; name: string; rotate: number; inside: number }> => ({
    type: 'FeatureCollection',
    features: quarters.flatMap((quarter) => {
      const label = edgeLabel(quarter.geometry.coordinates[0] ?? []);
      if (!label) return [];
      return [
        {
          type: 'Feature' as const,
          id: quarter.id,
          geometry: { type: 'Point' as const, coordinates: label.position },
          properties: {
            id: quarter.id,
            name: localizedName(quarter, language),
            rotate: label.rotate,
            inside: label.inside,
          },
        },
      ];
    }),
  }),
);

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };
