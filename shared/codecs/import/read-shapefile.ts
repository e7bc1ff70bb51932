import type { FeatureCollection } from 'geojson';
import { getShapefile } from 'shpjs';
import { transformToWgs84 } from './reproject.js';
import { geometryProblem } from './read-geojson.js';
import { safeUnzip } from './safe-unzip.js';
import { collectColumns, ImportError, type SourceRow, type SourceTable } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason } from '../../i18n/messages/transfer-reasons.js';

// A zipped shapefile (.shp + .dbf, with .prj for its CRS and .cpg for the text encoding).
// Reprojected to WGS84 from the .prj; a .prj that cannot be read is an error, never a guess.

// DBF language driver ids (byte 29) of the code pages met in practice, when there is no .cpg.
const LANGUAGE_DRIVERS: Record<number, string> = {
  0x01: 'ibm437',
  0x02: 'ibm850',
  0x03: 'windows-1252',
  0x57: 'windows-1252',
  0x64: 'ibm852',
  0xc8: 'windows-1250',
  0x4d: 'gbk',
  0x4e: 'euc-kr',
  0x13: 'shift_jis',
  0x26: 'ibm866',
  0xc9: 'windows-1251',
};

function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): { encoding: string; source: string } {
  if (cpg) return { encoding: new TextDecoder().decode(cpg).trim() || 'utf-8', source: '.cpg' };
  const driver = LANGUAGE_DRIVERS[dbf[29] ?? 0];
  if (driver) return { encoding: driver, source: 'the DBF language driver' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(32));
    return { encoding: 'utf-8', source: 'detected' };
  } catch {
    return { encoding: 'windows-1252', source: 'detected' };
  }
}

export async function readShapefileZip(bytes: Uint8Array, fileName: string): Promise<SourceTable[]> {
  const entries = safeUnzip(bytes, fileName, (name) => /\.(shp|shx|dbf|prj|cpg)$/i.test(name));
  const byStem = new Map<string, Record<string, Uint8Array>>();
  for (const [name, data] of entries) {
    const dot = name.lastIndexOf('.');
    const key = name.slice(0, dot);
    const extension = name.slice(dot + 1).toLowerCase();
    byStem.set(key, { ...byStem.get(key), [extension]: data });
  }
  const layers = [...byStem.entries()].filter(([, parts]) => parts.shp);
  if (layers.length === 0) throw new ImportError(fileName, null, ref(reason.noShapefile));
  const decoder = new TextDecoder();
  const tables: SourceTable[] = [];
  for (const [stem, parts] of layers) {
    const where = `${stem}.shp`;
    if (!parts.dbf) throw new ImportError(fileName, where, ref(reason.missingDbf, { file: `${stem}.dbf` }));
    const notes: string[] = [];
    let prj: string | undefined;
    if (parts.prj) {
      prj = decoder.decode(parts.prj).trim();
      if (!transformToWgs84(prj))
        throw new ImportError(fileName, `${stem}.prj`, ref(reason.unknownProjection, { projection: prj.slice(0, 80) }));
      notes.push(`reprojected to WGS84 from ${/^\w+\["([^"]+)"/.exec(prj)?.[1] ?? 'the .prj CRS'}`);
    } else {
      notes.push('no .prj: coordinates taken as WGS84 longitude/latitude');
    }
    const encoding = dbfEncoding(parts.dbf, parts.cpg);
    notes.push(`attributes read as ${encoding.encoding} (${encoding.source})`);
    let collection: FeatureCollection;
    try {
      collection = (await getShapefile({
        shp: parts.shp as Uint8Array,
        dbf: parts.dbf,
        cpg: encoding.encoding,
        prj,
      })) as FeatureCollection;
    } catch (error) {
      throw new ImportError(fileName, where, ref(reason.shapefileDamaged, { detail: (error as Error).message }));
    }
    const rows: SourceRow[] = collection.features.map((feature, index) => {
      const problem = geometryProblem(feature.geometry);
      const properties = { ...(feature.properties ?? {}) };
      return problem
        ? { position: index + 1, properties, geometry: null, problem }
        : { position: index + 1, properties, geometry: feature.geometry };
    });
    tables.push({ format: 'shapefile', layer: stem.replace(/^.*\//, ''), columns: collectColumns(rows), rows, notes });
  }
  return tables;
}
