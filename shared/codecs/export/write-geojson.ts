import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { fileLabels } from '../file-labels.js';
import {
  BUILT_IN_COLUMNS,
  customFieldColumns,
  languageColumns,
  placeAttributes,
  quarterAttributes,
  routeAttributes,
  TAG_SEPARATOR,
  type Attributes,
  type FeatureType,
} from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';
import { exportLegs, legAttributes } from './export-legs.js';
import { translationAttributes } from './translation-columns.js';

// One RFC 7946 FeatureCollection: places (Point), quarters (Polygon) and routes (LineString),
// told apart by `feature_type`; the place, quarter or route id is the `id` property.
// NOTE: features also carry a top-level `id`, their position (1, 2, ...): ids of places, quarters
// and routes overlap, and without a unique feature id GDAL takes the `id` property as the feature
// id and reads duplicate ids (QGIS then mixes features up when selecting or editing). The project
// name travels as the foreign member `name`, which GDAL uses as the layer name. Links are written
// twice: as LineString features from place to place (`feature_type` "link", so GDAL and QGIS show
// them as lines), and as the foreign member `links` (older readers of Itinera files read that).

export interface ExportFeatureCollection extends FeatureCollection<Geometry, Attributes> {
  name: string;
  links: {
    id: number;
    uuid: string | null;
    from_place_id: number;
    to_place_id: number;
    type: string;
    type_label: string;
    note: string;
    start_date: string | null;
    strength: number | null;
  }[];
}

/** The features every feature-based writer (GeoJSON, FlatGeobuf) exports, in one collection. */
export function toFeatureCollection(data: ExportData): ExportFeatureCollection {
  const language = languageColumns(data);
  const label = fileLabels(language.primary);
  const reserved = [...BUILT_IN_COLUMNS, ...language.columns];
  const customColumns = customFieldColumns(data.places, reserved);
  // Areas and routes keep the attributes the file they were imported from gave them.
  const quarterColumns = customFieldColumns(data.quarters, reserved);
  const routeColumns = customFieldColumns(data.routes, reserved);
  const feature = (type: FeatureType, geometry: Geometry, attributes: Attributes): Feature<Geometry, Attributes> => ({
    type: 'Feature',
    geometry,
    properties: { feature_type: type, ...attributes },
  });
  const features = [
    ...data.places.map((place) =>
      feature(
        'place',
        { type: 'Point', coordinates: [place.longitude, place.latitude] },
        placeAttributes(place, customColumns, language),
      ),
    ),
    ...data.quarters.map((quarter) =>
      feature('quarter', quarter.geometry, quarterAttributes(quarter, quarterColumns, language)),
    ),
    ...data.routes.map((route) => feature('route', route.geometry, routeAttributes(route, routeColumns, language))),
  ];
  return {
    type: 'FeatureCollection',
    name: data.projectName,
    features: features.map((entry, index) => ({ ...entry, id: index + 1 })),
    links: data.links.map((link) => ({
      id: link.id,
      uuid: link.uuid ?? null,
      from_place_id: link.fromPlaceId,
      to_place_id: link.toPlaceId,
      type: link.type,
      type_label: label('linkType', link.type),
      note: link.note,
      start_date: link.startDate,
      strength: link.strength,
    })),
  };
}

/**
 * GeoJSON also carries each routed route's legs: a LineString per leg from stop to stop, with
 * `feature_type` "route_leg", its route's id and name, the stops' place ids and names, length and
 * minutes (in QGIS: filter on feature_type, style or label by leg). The groups (each place lists its groups in a `groups` property, names
 * joined by "; ", and the collection has the foreign member `groups`) and the events (foreign
 * member `events`), when there are any.
 */
export function writeGeoJson(data: ExportData): ExportedFile {
  const collection: ExportFeatureCollection & { groups?: unknown[]; events?: unknown[] } = toFeatureCollection(data);
  const placesById = new Map(data.places.map((place) => [place.id, place]));
  for (const link of collection.links) {
    const from = placesById.get(link.from_place_id);
    const to = placesById.get(link.to_place_id);
    // A link whose other end a filtered export left out has no line to draw (it stays in `links`).
    if (!from || !to) continue;
    collection.features.push({
      type: 'Feature',
      id: collection.features.length + 1,
      geometry: {
        type: 'LineString',
        coordinates: [
          [from.longitude, from.latitude],
          [to.longitude, to.latitude],
        ],
      },
      properties: { feature_type: 'link', ...link, from_name: from.name, to_name: to.name },
    });
  }
  for (const route of data.routes) {
    for (const leg of exportLegs(route, placesById)) {
      collection.features.push({
        type: 'Feature',
        id: collection.features.length + 1,
        geometry: { type: 'LineString', coordinates: leg.coordinates },
        properties: legAttributes(route, leg),
      });
    }
  }
  const language = languageColumns(data);
  const label = fileLabels(language.primary);
  const groups = data.groups ?? [];
  if (groups.length > 0) {
    const names = new Map<number, string[]>();
    for (const group of groups) {
      for (const placeId of group.placeIds) names.set(placeId, [...(names.get(placeId) ?? []), group.name]);
    }
    for (const feature of collection.features) {
      if (feature.properties.feature_type !== 'place') continue;
      feature.properties.groups = (names.get(Number(feature.properties.id)) ?? []).join(TAG_SEPARATOR);
    }
    collection.groups = groups.map((group) => ({
      id: group.id,
      uuid: group.uuid ?? null,
      name: group.name,
      level: group.level,
      level_label: label('groupLevel', group.level),
      parent_id: group.parentId,
      description: group.description,
      place_ids: group.placeIds,
      quarter_ids: group.quarterIds,
      route_ids: group.routeIds ?? [],
    }));
  }
  if (data.events && data.events.length > 0) {
    collection.events = data.events.map((event) => ({
      id: event.id,
      uuid: event.uuid ?? null,
      title: event.title,
      kind: event.kind,
      kind_label: label('eventKind', event.kind),
      start_date: event.startDate,
      end_date: event.endDate,
      venue_place_id: event.venuePlaceId,
      participant_place_ids: event.participantPlaceIds,
      description: event.description,
      // An event's title per language, as title:xx (its name is its title).
      ...translationAttributes(
        { name: event.title, description: event.description, translations: event.translations },
        language.languages,
        language.primary,
        'title',
      ),
    }));
  }
  const text = JSON.stringify(collection, null, 2) + '\n';
  return { bytes: new TextEncoder().encode(text), extension: 'geojson', mimeType: 'application/geo+json' };
}
