import type { Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { transformToWgs84 } from './reproject.js';
import { geometryProblem } from './geometry-shape.js';
import { safeUnzip } from './safe-unzip.js';
import { correctDbfCount, shpHasMeasures } from './shapefile-parts.js';
import { collectColumns, excerpt, ImportError, type SourceRow, type SourceTable } from './source-table.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importNoteMessages as note } from '../../i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../i18n/messages/import-rows.js';
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

function dbfEncoding(
  dbf: Uint8Array,
  cpg: Uint8Array | undefined,
): { encoding: string; source: 'cpg' | 'driver' | 'detected' } {
  if (cpg) return { encoding: new TextDecoder().decode(cpg).trim() || 'utf-8', source: 'cpg' };
  const driver = LANGUAGE_DRIVERS[dbf[29] ?? 0];
  if (driver) return { encoding: driver, source: 'driver' };
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
    const where = excerpt(`${stem}.shp`);
    if (!parts.dbf) throw new ImportError(fileName, where, ref(reason.missingDbf, { file: excerpt(`${stem}.dbf`) }));
    const notes: MessageRef[] = [];
    let prj: string | undefined;
    if (parts.prj) {
      prj = decoder.decode(parts.prj).trim();
      if (!transformToWgs84(prj))
        throw new ImportError(
          fileName,
          excerpt(`${stem}.prj`),
          ref(reason.unknownProjection, { projection: excerpt(prj, 80) }),
        );
      notes.push(ref(note.reprojected, { crs: excerpt(/^\w+\["([^"]+)"/.exec(prj)?.[1] ?? prj, 60) }));
    } else {
      notes.push(ref(note.noPrj));
    }
    const encoding = dbfEncoding(parts.dbf, parts.cpg);
    notes.push(ref(note.dbfEncoding, { encoding: excerpt(encoding.encoding, 40), source: encoding.source }));
    // The .dbf header's record count is not trusted over the records its data holds.
    const records = correctDbfCount(parts.dbf);
    if (!records)
      throw new ImportError(fileName, excerpt(`${stem}.dbf`), ref(reason.shapefileDamaged, { detail: 'header' }));
    if (records.declared !== records.found)
      notes.push(ref(note.dbfRecordCountMismatch, { declared: records.declared, found: records.found }));
    let shapes: (Geometry | null)[];
    let attributes: Record<string, unknown>[];
    try {
      shapes = parseShp(parts.shp as Uint8Array, prj);
      attributes = parseDbf(records.dbf, encoding.encoding);
    } catch (error) {
      throw new ImportError(
        fileName,
        where,
        ref(reason.shapefileDamaged, { detail: excerpt((error as Error).message, 120) }),
      );
    }
    if (attributes.length < shapes.length)
      notes.push(
        ref(note.dbfFewerRecords, {
          records: attributes.length,
          shapes: shapes.length,
          missing: shapes.length - attributes.length,
        }),
      );
    const measures = shpHasMeasures(parts.shp as Uint8Array);
    const rows: SourceRow[] = [];
    const count = Math.max(shapes.length, attributes.length);
    for (let index = 0; index < count; index++) {
      const properties = { ...(attributes[index] ?? {}) };
      const position = index + 1;
      if (index >= shapes.length) {
        rows.push({ position, properties, geometry: null, problem: ref(rowMessage.noShape) });
        continue;
      }
      const geometry = shapes[index] ?? null;
      const problem = geometryProblem(geometry);
      rows.push(
        problem || !geometry
          ? { position, properties, geometry: null, problem: problem ?? ref(rowMessage.noGeometry) }
          : { position, properties, geometry, ...(measures ? { ordinates: { m: true } } : {}) },
      );
    }
    tables.push({
      format: 'shapefile',
      layer: stem.replace(/^.*\//, ''),
      columns: collectColumns(rows, fileName),
      rows,
      notes,
    });
  }
  return tables;
}
