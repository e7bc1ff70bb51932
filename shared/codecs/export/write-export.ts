import type { ExportData, ExportedFile, ExportFormat, ExportOptions } from './export-data.js';
import { writeCsv } from './write-csv.js';
import { writeFlatGeobuf } from './write-flatgeobuf.js';
import { writeGeoJson } from './write-geojson.js';
import { writeGpx } from './write-gpx.js';
import { writeJsonLd } from './write-json-ld.js';
import { writeKml } from './write-kml.js';
import { writeShapefile } from './write-shapefile.js';

// One entry point for every export format written in shared/. GeoPackage is not among them: it
// is written by the backend, which owns SQLite.

type Writer = (data: ExportData, options: ExportOptions) => ExportedFile | Promise<ExportedFile>;

const WRITERS: Record<Exclude<ExportFormat, 'gpkg'>, Writer> = {
  geojson: writeGeoJson,
  csv: writeCsv,
  kml: writeKml,
  gpx: writeGpx,
  shp: writeShapefile,
  fgb: writeFlatGeobuf,
  jsonld: writeJsonLd,
};

export async function writeExport(
  format: ExportFormat,
  data: ExportData,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  if (format === 'gpkg') {
    throw new Error('GeoPackage export is written by the backend, not by writeExport (shared/ has no SQLite)');
  }
  const writer = WRITERS[format] as Writer | undefined;
  if (!writer) throw new Error(`Unknown export format "${String(format)}"`);
  return writer(data, options);
}
