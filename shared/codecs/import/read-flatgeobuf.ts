import type { Geometry } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { reprojectGeometry, transformToWgs84, type Transform } from './reproject.js';
import { geometryProblem } from './read-geojson.js';
import { collectColumns, IMPORT_LIMITS, ImportError, type SourceRow, type SourceTable } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

export async function readFlatGeobuf(bytes: Uint8Array, fileName: string): Promise<SourceTable> {
  if (!(bytes[0] === 0x66 && bytes[1] === 0x67 && bytes[2] === 0x62))
    throw new ImportError(fileName, null, ref(reason.notFlatGeobuf));
  // NOTE: the flatgeobuf reader spins forever on a header that runs past the end of the file;
  // check the header's declared size first.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || 12 + view.getUint32(8, true) > bytes.length) {
    throw new ImportError(fileName, ref(where.header), ref(reason.flatGeobufHeader));
  }
  let header: HeaderMeta | null = null;
  let transform: Transform | null = null;
  const rows: SourceRow[] = [];
  try {
    for await (const feature of deserialize(bytes, {
      headerMetaFn: (meta) => {
        header = meta;
      },
    })) {
      if (rows.length === 0 && header) {
        const crs = (header as HeaderMeta).crs;
        if (crs && !(crs.org?.toUpperCase() === 'EPSG' && crs.code === 4326) && crs.code !== 0) {
          transform = transformToWgs84(crs.wkt ?? `EPSG:${crs.code}`);
          if (!transform)
            throw new ImportError(fileName, null, ref(reason.unknownCrs, { crs: `${crs.org ?? ''}:${crs.code}` }));
        }
      }
      if (rows.length >= IMPORT_LIMITS.maxRows)
        throw new ImportError(fileName, null, ref(reason.tooManyFeatures, { maximum: IMPORT_LIMITS.maxRows }));
      const geometry = feature.geometry as Geometry | null;
      const problem = geometryProblem(geometry);
      const properties = { ...(feature.properties ?? {}) };
      const position = rows.length + 1;
      rows.push(
        problem || !geometry
          ? { position, properties, geometry: null, problem: problem ?? 'no geometry' }
          : { position, properties, geometry: transform ? reprojectGeometry(geometry, transform) : geometry },
      );
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      fileName,
      ref(where.feature, { number: String(rows.length + 1) }),
      ref(reason.flatGeobufDamaged, { detail: (error as Error).message }),
    );
  }
  const name = (header as HeaderMeta | null)?.title || fileName.replace(/\.[^.]+$/, '');
  return {
    format: 'flatgeobuf',
    layer: name,
    columns: collectColumns(rows),
    rows,
    notes: transform ? ['reprojected to WGS84'] : [],
  };
}
