import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { labelOf, LINK_TYPES } from '../../model/typology.js';
import {
  BUILT_IN_COLUMNS,
  customFieldColumns,
  placeAttributes,
  quarterAttributes,
  routeAttributes,
  type Attributes,
  type FeatureType,
} from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';

// One RFC 7946 FeatureCollection: places (Point), quarters (Polygon) and routes (LineString),
// told apart by `feature_type`; the place, quarter or route id is the `id` property.
// NOTE: features also carry a top-level `id`, their position (1, 2, ...): ids of places, quarters
// and routes overlap, and without a unique feature id GDAL takes the `id` property as the feature
// id and reads duplicate ids (QGIS then mixes features up when selecting or editing). Links have no geometry of their own, so they travel as the
// foreign member `links` (readers that do not know it ignore it), and the project name as the
// foreign member `name`, which GDAL uses as the layer name.

export interface ExportFeatureCollection extends FeatureCollection<Geometry, Attributes> {
  name: string;
  links: {
    id: number;
    from_place_id: number;
    to_place_id: number;
    type: string;
    type_label: string;
    note: string;
  }[];
}

/** The features every feature-based writer (GeoJSON, FlatGeobuf) exports, in one collection. */
export function toFeatureCollection(data: ExportData): ExportFeatureCollection {
  const customColumns = customFieldColumns(data.places, BUILT_IN_COLUMNS);
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
        placeAttributes(place, customColumns),
      ),
    ),
    ...data.quarters.map((quarter) => feature('quarter', quarter.geometry, quarterAttributes(quarter))),
    ...data.routes.map((route) => feature('route', route.geometry, routeAttributes(route))),
  ];
  return {
    type: 'FeatureCollection',
    name: data.projectName,
    features: features.map((entry, index) => ({ ...entry, id: index + 1 })),
    links: data.links.map((link) => ({
      id: link.id,
      from_place_id: link.fromPlaceId,
      to_place_id: link.toPlaceId,
      type: link.type,
      type_label: labelOf(LINK_TYPES, link.type),
      note: link.note,
    })),
  };
}

export function writeGeoJson(data: ExportData): ExportedFile {
  const text = JSON.stringify(toFeatureCollection(data), null, 2) + '\n';
  return { bytes: new TextEncoder().encode(text), extension: 'geojson', mimeType: 'application/geo+json' };
}
