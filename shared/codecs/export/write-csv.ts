import { geoJSONToWkt } from 'betterknown';
import Papa from 'papaparse';
import {
  customFieldColumns,
  languageColumns,
  PLACE_COLUMNS,
  placeAttributes,
  type AttributeValue,
} from './export-attributes.js';
import type { ExportData, ExportedFile, ExportOptions } from './export-data.js';

// Places only, one row per place: a CSV table has one geometry type, and spreadsheets (the
// usual reader) want points. Quarters and routes are not in the CSV; export them as GeoJSON,
// KML, shapefile or FlatGeobuf. UTF-8 without a byte order mark, RFC 4180 quoting, CRLF.
// Geometry as a `wkt` column (GDAL and QGIS read it as the geometry) or as `longitude` and
// `latitude` columns. Names and descriptions per language as `name:xx`, `description:xx` columns.
// Texts a spreadsheet would run as formulas get a leading apostrophe unless the caller keeps them
// (papaparse's escapeFormulae; numbers stay numbers).

export function writeCsv(data: ExportData, options: ExportOptions = {}): ExportedFile {
  const lonLat = options.csvGeometry === 'lonlat';
  const geometryColumns = lonLat ? ['longitude', 'latitude'] : ['wkt'];
  const language = languageColumns(data);
  const customColumns = customFieldColumns(data.places, [...PLACE_COLUMNS, ...language.columns, ...geometryColumns]);
  const fields = [...PLACE_COLUMNS, ...language.columns, ...customColumns.values(), ...geometryColumns];
  const rows = data.places.map((place) => {
    const attributes = placeAttributes(place, customColumns, language);
    const geometry = lonLat
      ? [place.longitude, place.latitude]
      : [geoJSONToWkt({ type: 'Point', coordinates: [place.longitude, place.latitude] })];
    return [
      ...fields.slice(0, fields.length - geometryColumns.length).map((field) => cell(attributes[field])),
      ...geometry,
    ];
  });
  const escapeFormulae = options.csvFormulas !== 'keep';
  const text = Papa.unparse({ fields, data: rows }, { newline: '\r\n', header: true, escapeFormulae }).replace(
    /(\r\n)*$/,
    '\r\n',
  );
  return { bytes: new TextEncoder().encode(text), extension: 'csv', mimeType: 'text/csv' };
}

function cell(value: AttributeValue | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
