import { gpx, kml } from '@tmcw/togeojson';
import type { FeatureCollection } from 'geojson';
import { parseXml } from './read-xml.js';
import { geometryProblem } from './read-geojson.js';
import { safeUnzip } from './safe-unzip.js';
import { decodeText } from './text-decoding.js';
import {
  collectColumns,
  ImportError,
  inferNumericColumns,
  type ImportFormat,
  type SourceRow,
  type SourceTable,
} from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason } from '../../i18n/messages/transfer-reasons.js';

function toTable(collection: FeatureCollection, format: ImportFormat, layer: string): SourceTable {
  const rows: SourceRow[] = collection.features.map((feature, index) => {
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      // togeojson adds styling keys (styleUrl, stroke, fill…) that are not the user's data.
      if (
        /^(styleUrl|styleHash|styleMap|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|_gpxType|coordinateProperties|visibility)$/.test(
          key,
        )
      )
        continue;
      // GDAL writes extra fields into GPX extensions as ogr_<name>.
      const name = format === 'gpx' ? key.replace(/^ogr_/, '') : key;
      properties[name] = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
    }
    const kind = (feature.properties as { _gpxType?: string } | null)?._gpxType;
    if (kind) properties.gpx_type = kind === 'rte' ? 'route' : kind === 'trk' ? 'track' : kind;
    const problem = geometryProblem(feature.geometry);
    return problem
      ? { position: index + 1, properties, geometry: null, problem }
      : { position: index + 1, properties, geometry: feature.geometry };
  });
  const columns = collectColumns(rows);
  inferNumericColumns(rows, columns);
  return { format, layer, columns, rows, notes: [] };
}

const stem = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

export function readKml(bytes: Uint8Array, fileName: string): SourceTable {
  const document = parseXml(decodeText(bytes, fileName).text, fileName);
  if (document.documentElement?.localName !== 'kml')
    throw new ImportError(fileName, null, ref(reason.notKml, { element: '<kml>' }));
  return toTable(kml(document as unknown as Parameters<typeof kml>[0]) as FeatureCollection, 'kml', stem(fileName));
}

export function readKmz(bytes: Uint8Array, fileName: string): SourceTable {
  const entries = safeUnzip(bytes, fileName, (name) => /\.kml$/i.test(name));
  const mainName = entries.has('doc.kml') ? 'doc.kml' : [...entries.keys()][0];
  if (!mainName) throw new ImportError(fileName, null, ref(reason.noKml));
  // GDAL's LIBKML driver (and Google Earth) put layers in files that doc.kml links to.
  const mainText = decodeText(entries.get(mainName) as Uint8Array, fileName).text;
  const linked = [...mainText.matchAll(/<href>\s*([^<\s]+\.kml)\s*<\/href>/gi)]
    .map((match) => (match[1] as string).replace(/^\.\//, ''))
    .filter((name) => entries.has(name));
  const parts = (linked.length > 0 ? linked : [mainName]).map((name) =>
    readKml(entries.get(name) as Uint8Array, `${fileName} (${name})`),
  );
  const rows = parts.flatMap((part) => part.rows).map((row, index) => ({ ...row, position: index + 1 }));
  return { format: 'kmz', layer: stem(fileName), columns: collectColumns(rows), rows, notes: [] };
}

export function readGpx(bytes: Uint8Array, fileName: string): SourceTable {
  const document = parseXml(decodeText(bytes, fileName).text, fileName);
  if (document.documentElement?.localName !== 'gpx')
    throw new ImportError(fileName, null, ref(reason.notGpx, { element: '<gpx>' }));
  return toTable(gpx(document as unknown as Parameters<typeof gpx>[0]) as FeatureCollection, 'gpx', stem(fileName));
}
