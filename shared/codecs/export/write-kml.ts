import type { Root } from '@tmcw/togeojson';
import { foldersToKML } from '@placemarkio/tokml';
import type { Feature, Geometry } from 'geojson';
import {
  customFieldColumns,
  PLACE_COLUMNS,
  QUARTER_COLUMNS,
  ROUTE_COLUMNS,
  placeAttributes,
  quarterAttributes,
  routeAttributes,
  type Attributes,
} from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';
import { exportLegs, legAttributes } from './export-legs.js';
import { xmlText } from './xml-text.js';

// KML 2.2: one Folder each for places (Point), quarters (Polygon) and routes; in Routes, a Folder
// per route with its routed line and a Placemark per leg from stop to stop (length and minutes in
// ExtendedData). GDAL (LIBKML) and QGIS read each folder as a layer: a route's line and legs
// together, the Routes folder itself as an empty layer. Name and description become the Placemark's
// <name> and <description>, every other attribute its <ExtendedData>. Empty values are left
// out of ExtendedData. tokml escapes all text, so a description shows as written, never as HTML.

type KmlFeature = Feature<Geometry, Record<string, string>>;

/**
 * Names a custom field must not take: tokml turns `visibility` into the KML element (a false
 * value would hide the place), and GDAL's LIBKML driver reads these KML elements as fields.
 */
const KML_FIELDS = [
  'visibility',
  'timestamp',
  'begin',
  'end',
  'altitudeMode',
  'tessellate',
  'extrude',
  'drawOrder',
  'icon',
  'snippet',
];

export function writeKml(data: ExportData): ExportedFile {
  const customColumns = customFieldColumns(data.places, [...PLACE_COLUMNS, ...KML_FIELDS]);
  // Areas and routes keep the attributes the file they were imported from gave them.
  const quarterColumns = customFieldColumns(data.quarters, [...QUARTER_COLUMNS, ...KML_FIELDS]);
  const routeColumns = customFieldColumns(data.routes, [...ROUTE_COLUMNS, ...KML_FIELDS]);
  const placemark = (id: string, geometry: Geometry, attributes: Attributes): KmlFeature => ({
    type: 'Feature',
    id,
    geometry,
    properties: Object.fromEntries(
      Object.entries(attributes).flatMap(([key, value]) =>
        value === null || value === '' ? [] : [[key, String(value)]],
      ),
    ),
  });
  const placesById = new Map(data.places.map((place) => [place.id, place]));
  const folder = (name: string, children: Root['children']) => ({ type: 'folder' as const, meta: { name }, children });
  const routeFolders = data.routes.map((route) =>
    folder(route.name, [
      placemark(`route-${route.id}`, route.geometry, routeAttributes(route, routeColumns)),
      ...exportLegs(route, placesById).map((leg) =>
        placemark(
          `route-${route.id}-leg-${leg.number}`,
          { type: 'LineString', coordinates: leg.coordinates },
          legAttributes(route, leg),
        ),
      ),
    ]),
  );
  const folders: Root['children'] = [
    folder(
      'Places',
      data.places.map((place) =>
        placemark(
          `place-${place.id}`,
          { type: 'Point', coordinates: [place.longitude, place.latitude] },
          placeAttributes(place, customColumns),
        ),
      ),
    ),
    folder(
      'Quarters',
      data.quarters.map((quarter) =>
        placemark(`quarter-${quarter.id}`, quarter.geometry, quarterAttributes(quarter, quarterColumns)),
      ),
    ),
    folder('Routes', routeFolders),
  ].filter((entry) => entry.children.length > 0);
  // NOTE: tokml escapes "<" and "&" but leaves "]]>", which XML forbids in text (GDAL and
  // GPSBabel then refuse the whole file); tokml writes no CDATA section, so every "]]>" is text.
  const body = foldersToKML({ type: 'root', children: folders }).replaceAll(']]>', ']]&gt;');
  // NOTE: tokml writes no XML declaration and no document name; both are added here.
  const named = body.replace('<Document>', () => `<Document>\n<name>${xmlText(data.projectName)}</name>`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${named}\n`;
  return { bytes: new TextEncoder().encode(text), extension: 'kml', mimeType: 'application/vnd.google-earth.kml+xml' };
}
