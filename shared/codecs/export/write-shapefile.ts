import { write as writeShapes } from '@mapbox/shp-write';
import { booleanClockwise } from '@turf/turf';
import { zipSync, type Zippable } from 'fflate';
import type { Place } from '../../model/schemas.js';
import {
  customFieldColumns,
  PLACE_COLUMNS,
  placeAttributes,
  QUARTER_COLUMNS,
  quarterAttributes,
  ROUTE_COLUMNS,
  routeAttributes,
  uniqueName,
  type Attributes,
} from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';
import { writeDbf, type DbfColumn } from './write-dbf.js';

// A zip of shapefiles, one per geometry type, as GIS tools expect: places.shp (points),
// quarters.shp (polygons), routes.shp (lines), each with .shx, .dbf, .prj (WGS84) and .cpg
// (UTF-8). A layer without features is left out, except that an export with nothing at all
// still holds an empty places layer. Links have no geometry and are not exported.
// NOTE: @mapbox/shp-write writes the geometry files (.shp, .shx); its `zip` is not used because
// its attribute tables lose every non-ASCII character and its line layer merges all routes into
// one feature. The .dbf comes from ./write-dbf.ts and the zip from fflate.
// Shapefile limits: field names of at most 10 characters (hence `descriptn`, `cat_label`; custom
// fields are shortened and made unique) and text values of at most 254 bytes (longer
// descriptions are cut).

const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],' +
  'PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]';

/** Shapefile field names for the built-in columns (the attribute key when it fits). */
const SHORT_NAMES: Record<string, string> = { category_label: 'cat_label', description: 'descriptn' };

type ShapeType = 'POINT' | 'POLYLINE' | 'POLYGON';

interface Layer {
  name: string;
  type: ShapeType;
  columns: DbfColumn[];
  rows: Attributes[];
  /** Per feature, in @mapbox/shp-write's layout: [x, y] for a point, a list of parts otherwise. */
  geometries: unknown[];
}

export function writeShapefile(data: ExportData): ExportedFile {
  const customColumns = customFieldColumns(data.places, PLACE_COLUMNS);
  const placeColumns = dbfColumns(
    [...PLACE_COLUMNS],
    [...customColumns].map(([field, key]) => ({ field, key })),
  );
  const layers: Layer[] = [
    {
      name: 'places',
      type: 'POINT',
      columns: placeColumns,
      rows: data.places.map((place) => placeAttributes(place, customColumns)),
      geometries: data.places.map((place) => [place.longitude, place.latitude]),
    },
    {
      name: 'quarters',
      type: 'POLYGON',
      columns: dbfColumns([...QUARTER_COLUMNS], []),
      rows: data.quarters.map((quarter) => quarterAttributes(quarter)),
      geometries: data.quarters.map((quarter) => shapefileRings(quarter.geometry.coordinates)),
    },
    {
      name: 'routes',
      type: 'POLYLINE',
      columns: dbfColumns([...ROUTE_COLUMNS], []),
      rows: data.routes.map((route) => routeAttributes(route)),
      geometries: data.routes.map((route) => [route.geometry.coordinates]),
    },
  ];
  const written = layers.filter((layer) => layer.rows.length > 0);
  const updated = lastUpdate(data.places);
  const files: Zippable = {};
  for (const layer of written.length > 0 ? written : layers.slice(0, 1)) {
    const { shp, shx } = shapes(layer);
    files[`${layer.name}.shp`] = shp;
    files[`${layer.name}.shx`] = shx;
    files[`${layer.name}.dbf`] = writeDbf(layer.columns, layer.rows, updated);
    files[`${layer.name}.prj`] = new TextEncoder().encode(WGS84_PRJ);
    files[`${layer.name}.cpg`] = new TextEncoder().encode('UTF-8');
  }
  // NOTE: the data's own date, not the clock, so that exporting the same data gives the same file.
  const bytes = zipSync(files, { level: 6, mtime: updated });
  return { bytes, extension: 'zip', mimeType: 'application/zip' };
}

function shapes(layer: Layer): { shp: Uint8Array; shx: Uint8Array } {
  let result: { shp: Uint8Array; shx: Uint8Array } | undefined;
  writeShapes([], layer.type, layer.geometries as object[], (error, files) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    const bytesOf = (view: DataView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    result = { shp: bytesOf(files.shp as DataView), shx: bytesOf(files.shx as DataView) };
  });
  if (!result) throw new Error(`The ${layer.name} shapefile could not be written`);
  if (layer.geometries.length === 0) {
    // NOTE: the library leaves ±Number.MAX_VALUE as the bounding box of an empty layer.
    for (const file of [result.shp, result.shx]) file.fill(0, 36, 68);
  }
  return result;
}

/** Shapefile rings run clockwise around the outside and counter-clockwise around holes. */
function shapefileRings(rings: [number, number][][]): [number, number][][] {
  return rings.map((ring, index) => {
    const clockwise = booleanClockwise(ring);
    return clockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

/** Built-in columns under their short names, then the custom fields made to fit in 10 ASCII characters. */
function dbfColumns(builtIn: string[], custom: { field: string; key: string }[]): DbfColumn[] {
  const columns = builtIn.map((key) => ({ key, name: SHORT_NAMES[key] ?? key }));
  const reserved = new Set(columns.map((column) => column.name.toLowerCase()));
  const taken = new Set(reserved);
  for (const { field, key } of custom) {
    const plain = asciiFieldName(field);
    const name = uniqueName(reserved.has(plain.toLowerCase()) ? `c_${plain}` : plain, taken, 10);
    taken.add(name.toLowerCase());
    columns.push({ key, name });
  }
  return columns;
}

/** "Gründungsjahr (ca.)" -> "grundungsj": ASCII letters, digits and underscores. */
function asciiFieldName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const safe = plain === '' ? 'field' : /^[0-9]/.test(plain) ? `f_${plain}` : plain;
  return safe.slice(0, 10);
}

function lastUpdate(places: readonly Place[]): Date {
  const times = places.map((place) => Date.parse(place.updatedAt)).filter((time) => Number.isFinite(time));
  // NOTE: zip and dBase dates start in 1980; an export with no dated place gets that date.
  return new Date(Math.max(Date.UTC(1980, 0, 2), ...times));
}
