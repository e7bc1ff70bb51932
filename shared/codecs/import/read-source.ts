import { readCsv } from './read-csv.js';
import { readFlatGeobuf } from './read-flatgeobuf.js';
import { readGeoJson } from './read-geojson.js';
import { readGpx } from './read-gpx.js';
import { readKml, readKmz } from './read-kml.js';
import { readShapefileZip } from './read-shapefile.js';
import { IMPORT_LIMITS, ImportError, tooManyFeatures, type ImportFormat, type SourceTable } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason } from '../../i18n/messages/transfer-reasons.js';

// Chooses the reader by content first (zip, SQLite, FlatGeobuf magic), then by extension.

const SQLITE_MAGIC = 'SQLite format 3';

export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head.startsWith(SQLITE_MAGIC)) return 'geopackage';
  if (head.startsWith('fgb')) return 'flatgeobuf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return extension === 'kmz' ? 'kmz' : 'shapefile';
  switch (extension) {
    case 'geojson':
    case 'json':
      return 'geojson';
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    case 'kml':
      return 'kml';
    case 'gpx':
      return 'gpx';
    case 'gpkg':
      return 'geopackage';
    case 'fgb':
      return 'flatgeobuf';
    case 'kmz':
    case 'zip':
      throw new ImportError(fileName, null, ref(reason.notZip));
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  if (text.startsWith('{')) return 'geojson';
  if (/^(<\?xml[^>]*>\s*)?<kml/i.test(text)) return 'kml';
  if (/^(<\?xml[^>]*>\s*)?<gpx/i.test(text)) return 'gpx';
  throw new ImportError(fileName, null, ref(reason.unknownType));
}

/** Reads every format but GeoPackage (which needs SQLite: the backend's store reads it). */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceTable[]> {
  if (bytes.length === 0) throw new ImportError(fileName, null, ref(reason.empty));
  if (bytes.length > IMPORT_LIMITS.maxFileBytes)
    throw new ImportError(
      fileName,
      null,
      ref(reason.tooLarge, { megabytes: IMPORT_LIMITS.maxFileBytes / 1024 / 1024 }),
    );
  const format = detectFormat(bytes, fileName);
  let tables: SourceTable[];
  switch (format) {
    case 'geojson':
      tables = [readGeoJson(bytes, fileName)];
      break;
    case 'csv':
      tables = [readCsv(bytes, fileName)];
      break;
    case 'kml':
      tables = [readKml(bytes, fileName)];
      break;
    case 'kmz':
      tables = [readKmz(bytes, fileName)];
      break;
    case 'gpx':
      tables = [readGpx(bytes, fileName)];
      break;
    case 'shapefile':
      tables = await readShapefileZip(bytes, fileName);
      break;
    case 'flatgeobuf':
      tables = [await readFlatGeobuf(bytes, fileName)];
      break;
    case 'geopackage':
      throw new ImportError(fileName, null, ref(reason.geoPackageInBackend));
  }
  const rows = tables.reduce((sum, table) => sum + table.rows.length, 0);
  if (rows > IMPORT_LIMITS.maxRows) throw tooManyFeatures(fileName);
  return tables;
}
