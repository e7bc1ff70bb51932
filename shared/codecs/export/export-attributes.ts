import type { Place, Quarter, Route } from '../../model/schemas.js';
import { fileLabels } from '../file-labels.js';
import type { ExportData } from './export-data.js';
import { exportLanguages, translationAttributes, translationColumns } from './translation-columns.js';

// The attribute table every export format shares: one flat record per place, quarter and route,
// with stable snake_case column names, so that a column means the same in GeoJSON, CSV, KML,
// FlatGeobuf and (shortened) in a shapefile.

export type AttributeValue = string | number | boolean | null;
export type Attributes = Record<string, AttributeValue>;
export type FeatureType = 'place' | 'quarter' | 'route' | 'route_leg' | 'link';

export const TAG_SEPARATOR = '; ';

// `uuid`: the feature's stable identity (shared/model/feature-uuid.ts); an import keeps it.
export const PLACE_COLUMNS = [
  'id',
  'uuid',
  'name',
  'category',
  'category_label',
  'sector',
  'description',
  'address',
  'website',
  'tags',
] as const;
export const QUARTER_COLUMNS = ['id', 'uuid', 'name', 'kind', 'kind_label', 'description'] as const;
export const ROUTE_COLUMNS = [
  'id',
  'uuid',
  'name',
  'mode',
  'mode_label',
  'description',
  'length_m',
  'duration_min',
  'stops',
] as const;

/** Every built-in column of every feature type, and the column that tells the types apart. */
export const BUILT_IN_COLUMNS: readonly string[] = [
  ...new Set(['feature_type', ...PLACE_COLUMNS, ...QUARTER_COLUMNS, ...ROUTE_COLUMNS]),
];

/**
 * Column names for the custom fields used by any of the features (places, or imported areas or
 * routes), in order of first use.
 * NOTE: names are compared case-insensitively because GDAL (and so QGIS) treats field names so:
 * a custom field "Name" next to the built-in "name" would otherwise be merged or rejected.
 */
export function customFieldColumns(
  features: readonly { customFields: Record<string, AttributeValue> }[],
  reserved: readonly string[],
): Map<string, string> {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const columns = new Map<string, string>();
  for (const feature of features) {
    for (const field of Object.keys(feature.customFields ?? {})) {
      if (columns.has(field)) continue;
      const base = taken.has(field.toLowerCase()) ? `custom_${field}` : field;
      const column = uniqueName(base, taken);
      taken.add(column.toLowerCase());
      columns.set(field, column);
    }
  }
  return columns;
}

/** `base`, or `base_2`, `base_3`, ... whichever is not yet taken (case-insensitively). */
export function uniqueName(base: string, taken: ReadonlySet<string>, maxLength = Infinity): string {
  const fits = (stem: string, suffix: string) => stem.slice(0, Math.max(1, maxLength - suffix.length)) + suffix;
  let candidate = fits(base, '');
  for (let counter = 2; taken.has(candidate.toLowerCase()); counter++) candidate = fits(base, `_${counter}`);
  return candidate;
}

/** The columns per language a writer adds (see translation-columns.ts), and the primary language. */
export interface LanguageColumns {
  languages: string[];
  primary: string | null;
  columns: string[];
}

export function languageColumns(data: Pick<ExportData, 'languages'>): LanguageColumns {
  const languages = exportLanguages(data.languages);
  return { languages, primary: data.languages?.primary ?? null, columns: translationColumns(languages) };
}

const NO_LANGUAGES: LanguageColumns = { languages: [], primary: null, columns: [] };

export function placeAttributes(
  place: Place,
  customColumns: ReadonlyMap<string, string>,
  { languages, primary }: LanguageColumns = NO_LANGUAGES,
): Attributes {
  const attributes: Attributes = {
    id: place.id,
    uuid: place.uuid ?? null,
    name: place.name,
    category: place.category,
    category_label: fileLabels(primary)('category', place.category),
    sector: place.sector,
    description: place.description,
    address: place.address,
    website: place.website,
    tags: place.tags.join(TAG_SEPARATOR),
    ...translationAttributes(place, languages, primary),
  };
  // NOTE: own properties only, defined as data (a field named "toString", "constructor" or
  // "__proto__" is the place's value, or null; never a JavaScript built-in or a new prototype).
  for (const [field, column] of customColumns) {
    const value = Object.hasOwn(place.customFields, field) ? (place.customFields[field] ?? null) : null;
    Object.defineProperty(attributes, column, { value, enumerable: true, writable: true, configurable: true });
  }
  return attributes;
}

/** The attributes an imported file gave an area or route, under their export columns. */
function customAttributes(
  customFields: Record<string, AttributeValue> | undefined,
  customColumns: ReadonlyMap<string, string>,
): Attributes {
  const attributes: Attributes = {};
  // NOTE: own properties, defined as data, as for places ("__proto__" is a field, not a prototype).
  for (const [field, column] of customColumns) {
    const value = customFields && Object.hasOwn(customFields, field) ? (customFields[field] ?? null) : null;
    Object.defineProperty(attributes, column, { value, enumerable: true, writable: true, configurable: true });
  }
  return attributes;
}

export function quarterAttributes(
  quarter: Quarter,
  customColumns: ReadonlyMap<string, string> = new Map(),
  { languages, primary }: LanguageColumns = NO_LANGUAGES,
): Attributes {
  return {
    id: quarter.id,
    uuid: quarter.uuid ?? null,
    name: quarter.name,
    kind: quarter.kind,
    kind_label: fileLabels(primary)('areaKind', quarter.kind),
    description: quarter.description,
    ...translationAttributes(quarter, languages, primary),
    ...customAttributes(quarter.customFields, customColumns),
  };
}

export function routeAttributes(
  route: Route,
  customColumns: ReadonlyMap<string, string> = new Map(),
  { languages, primary }: LanguageColumns = NO_LANGUAGES,
): Attributes {
  return {
    id: route.id,
    uuid: route.uuid ?? null,
    name: route.name,
    mode: route.mode,
    mode_label: fileLabels(primary)('routeMode', route.mode),
    description: route.description,
    length_m: Math.round(route.lengthMetres),
    /** At the route's speed, without the minutes spent at the stops. */
    duration_min: Math.round(route.durationSeconds / 6) / 10,
    stops: orderedStops(route)
      .map((stop) => stop.placeId)
      .join(','),
    ...translationAttributes(route, languages, primary),
    ...customAttributes(route.customFields, customColumns),
  };
}

export function orderedStops(route: Route): Route['stops'] {
  return [...route.stops].sort((a, b) => a.position - b.position);
}

/**
 * Where each stop of a route is, in stop order. A stop whose place is not in the export (a
 * filtered export) takes the end of the routed leg arriving at it (the start of the first leg for
 * the first stop), or the route's own vertex for that stop when the route has one vertex per
 * stop (a line not routed), and is left out otherwise.
 */
export function stopLocations(
  route: Route,
  placesById: ReadonlyMap<number, Place>,
): { name: string; description: string; longitude: number; latitude: number; placeId: number }[] {
  const stops = orderedStops(route);
  const vertices = route.geometry.coordinates;
  const legEnds = new Map<number, [number, number]>();
  const first = route.legs[0]?.coordinates[0];
  if (first) legEnds.set(0, first);
  for (const leg of route.legs) {
    const end = leg.coordinates[leg.coordinates.length - 1];
    if (leg.toStop !== null && end) legEnds.set(leg.toStop, end);
  }
  return stops.flatMap((stop, index) => {
    const place = placesById.get(stop.placeId);
    if (place)
      return [
        {
          name: place.name,
          description: place.description,
          longitude: place.longitude,
          latitude: place.latitude,
          placeId: place.id,
        },
      ];
    const vertex = legEnds.get(index) ?? (vertices.length === stops.length ? vertices[index] : undefined);
    return vertex
      ? [{ name: stopName(index), description: '', longitude: vertex[0], latitude: vertex[1], placeId: stop.placeId }]
      : [];
  });
}

/** What a stop is called when its place is not in the export. */
export function stopName(index: number): string {
  return `Stop ${index + 1}`;
}
