import type { Root } from '@tmcw/togeojson';
import { foldersToKML } from '@placemarkio/tokml';
import type { Feature, Geometry } from 'geojson';
import {
  customFieldColumns,
  PLACE_COLUMNS,
  placeAttributes,
  quarterAttributes,
  routeAttributes,
  type Attributes,
} from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';
import { xmlText } from './xml-text.js';

// KML 2.2: one Folder each for places (Point), quarters (Polygon) and routes (LineString); GDAL
// (LIBKML) and QGIS read each folder as a layer. Name and description become the Placemark's
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
  const folders: Root['children'] = [
    {
      name: 'Places',
      features: data.places.map((place) =>
        placemark(
          `place-${place.id}`,
          { type: 'Point', coordinates: [place.longitude, place.latitude] },
          placeAttributes(place, customColumns),
        ),
      ),
    },
    {
      name: 'Quarters',
      features: data.quarters.map((quarter) =>
        placemark(`quarter-${quarter.id}`, quarter.geometry, quarterAttributes(quarter)),
      ),
    },
    {
      name: 'Routes',
      features: data.routes.map((route) => placemark(`route-${route.id}`, route.geometry, routeAttributes(route))),
    },
  ]
    .filter((folder) => folder.features.length > 0)
    .map((folder) => ({ type: 'folder', meta: { name: folder.name }, children: folder.features }));
  // NOTE: tokml escapes "<" and "&" but leaves "]]>", which XML forbids in text (GDAL and
  // GPSBabel then refuse the whole file); tokml writes no CDATA section, so every "]]>" is text.
  const body = foldersToKML({ type: 'root', children: folders }).replaceAll(']]>', ']]&gt;');
  // NOTE: tokml writes no XML declaration and no document name; both are added here.
  const named = body.replace('<Document>', () => `<Document>\n<name>${xmlText(data.projectName)}</name>`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${named}\n`;
  return { bytes: new TextEncoder().encode(text), extension: 'kml', mimeType: 'application/vnd.google-earth.kml+xml' };
}
