import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { inferGeometryType } from 'flatgeobuf/lib/mjs/generic/header.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { AttributeValue } from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';
import { toFeatureCollection } from './write-geojson.js';

// FlatGeobuf (EPSG:4326): the same features and columns as the GeoJSON export, in one layer.
// Places, quarters and routes share the file: FlatGeobuf allows mixed geometry (the header says
// "Unknown" and each feature carries its own type), GDAL reads it as one layer of geometry
// "Unknown (any)", and `feature_type` tells the kinds apart for a filter or a style rule.
// Links have no geometry and are not exported.
// NOTE: this is flatgeobuf's own `serialize` with the columns decided here: `serialize` types
// every column from the first feature alone, so a custom field that the first place lacks
// would become text or be left out, and a quarter or route would get an empty text or NaN
// instead of null in the place columns.
// Known limits of the library: the layer is named "L1" (GDAL shows that name), and the file
// has no spatial index (readers scan it; fine at the size of a project).

const WGS84 = 4326;

export function writeFlatGeobuf(data: ExportData): ExportedFile {
  const { features } = toFeatureCollection(data);
  const names = [...new Set(features.flatMap((feature) => Object.keys(feature.properties)))];
  const columns = names.map((name) =>
    column(
      name,
      features.map((feature) => feature.properties[name] ?? null),
    ),
  );
  const header: HeaderMeta = {
    geometryType: features.length > 0 ? inferGeometryType(features) : GeometryType.Unknown,
    columns,
    envelope: null,
    featuresCount: features.length,
    indexNodeSize: 0,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const parts = [
    magicbytes,
    buildHeader(header, WGS84),
    ...features.map((feature) => {
      if (feature.geometry.type === 'GeometryCollection') throw new Error('GeometryCollection is not exported');
      const properties = Object.fromEntries(
        columns.map((meta) => [meta.name, valueFor(meta.type, feature.properties[meta.name] ?? null)]),
      );
      return buildFeature(parseGeometry(feature.geometry), properties, header);
    }),
  ];
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, extension: 'fgb', mimeType: 'application/octet-stream' };
}

function column(name: string, values: AttributeValue[]): ColumnMeta {
  const present = values.filter((value) => value !== null);
  let type = ColumnType.String;
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) type = ColumnType.Bool;
  else if (present.length > 0 && present.every((value) => Number.isSafeInteger(value))) type = ColumnType.Long;
  else if (present.length > 0 && present.every((value) => typeof value === 'number')) type = ColumnType.Double;
  return {
    name,
    type,
    title: null,
    description: null,
    width: -1,
    precision: -1,
    scale: -1,
    nullable: true,
    unique: false,
    primary_key: false,
  };
}

function valueFor(type: ColumnType, value: AttributeValue): AttributeValue {
  if (value === null) return null;
  return type === ColumnType.String ? String(value) : value;
}
