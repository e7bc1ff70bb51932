import type { Geometry } from 'geojson';
// NOTE: flatbuffers is flatgeobuf's own dependency (pinned by it); its ByteBuffer is what
// flatgeobuf's header and feature readers take.
import { ByteBuffer } from 'flatbuffers';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { parseProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { reprojectGeometry, transformToWgs84, type Transform } from './reproject.js';
import { geometryProblem, MAX_NESTING } from './geometry-shape.js';
import {
  collectColumns,
  excerpt,
  IMPORT_LIMITS,
  ImportError,
  tooManyFeatures,
  type SourceRow,
  type SourceTable,
} from './source-table.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importNoteMessages as note } from '../../i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../i18n/messages/import-rows.js';
import { importReasonMessages as reason, importWhereMessages as where } from '../../i18n/messages/transfer-reasons.js';

// FlatGeobuf: magic, header, an optional spatial index, then size-prefixed features. The header's
// feature count is not trusted: it only sizes the index, and a count that does not fit the data
// (features that tile the rest of the file exactly) is replaced by the one that does. Features
// are read one by one, so one unreadable feature is a skipped row, not a failed file.

const INDEX_NODE_BYTES = 40;

function treeSize(count: number, nodeSize: number): number {
  const size = Math.min(Math.max(nodeSize, 2), 65535);
  let level = count;
  let nodes = count;
  while (level > 1) {
    level = Math.ceil(level / size);
    nodes += level;
  }
  return (count === 1 ? 2 : nodes) * INDEX_NODE_BYTES;
}

/** Offsets of the size-prefixed features filling [start, end) exactly, or null (at most `limit`). */
function walk(view: DataView, start: number, limit: number): number[] | null {
  const offsets: number[] = [];
  let offset = start;
  while (offset < view.byteLength) {
    if (offsets.length >= limit || offset + 4 > view.byteLength) return null;
    const length = view.getUint32(offset, true);
    if (length < 4 || offset + 4 + length > view.byteLength) return null;
    offsets.push(offset);
    offset += 4 + length;
  }
  return offsets;
}

/** Where the features are: from the declared count if it fits the data, else from the count that does. */
function locateFeatures(view: DataView, header: HeaderMeta, start: number): number[] | null {
  const limit = IMPORT_LIMITS.maxRows + 1;
  if (header.indexNodeSize === 0) return walk(view, start, limit);
  if (start === view.byteLength) return [];
  const declared = header.featuresCount;
  if (declared > 0 && declared <= IMPORT_LIMITS.maxRows) {
    const offsets = walk(view, start + treeSize(declared, header.indexNodeSize), declared + 1);
    if (offsets?.length === declared) return offsets;
  }
  for (let count = 1; start + treeSize(count, header.indexNodeSize) < view.byteLength; count++) {
    if (count > IMPORT_LIMITS.maxRows) return null;
    const offsets = walk(view, start + treeSize(count, header.indexNodeSize), count + 1);
    if (offsets?.length === count) return offsets;
  }
  return null;
}

function hasMeasures(geometry: FgbGeometry | null, depth = 0): boolean {
  if (!geometry || depth > MAX_NESTING) return false;
  if (geometry.mLength() > 0) return true;
  for (let index = 0; index < geometry.partsLength(); index++)
    if (hasMeasures(geometry.parts(index), depth + 1)) return true;
  return false;
}

export function readFlatGeobuf(bytes: Uint8Array, fileName: string): SourceTable {
  if (!(bytes[0] === 0x66 && bytes[1] === 0x67 && bytes[2] === 0x62))
    throw new ImportError(fileName, null, ref(reason.notFlatGeobuf));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || 12 + view.getUint32(8, true) > bytes.length) {
    throw new ImportError(fileName, ref(where.header), ref(reason.flatGeobufHeader));
  }
  const buffer = new ByteBuffer(bytes);
  let header: HeaderMeta;
  try {
    buffer.setPosition(8);
    header = fromByteBuffer(buffer);
  } catch (error) {
    throw new ImportError(
      fileName,
      ref(where.header),
      ref(reason.flatGeobufDamaged, { detail: excerpt((error as Error).message, 120) }),
    );
  }
  let transform: Transform | null = null;
  const crs = header.crs;
  if (crs && !(crs.org?.toUpperCase() === 'EPSG' && crs.code === 4326) && crs.code !== 0) {
    transform = transformToWgs84(crs.wkt ?? `EPSG:${crs.code}`);
    if (!transform)
      throw new ImportError(fileName, null, ref(reason.unknownCrs, { crs: excerpt(`${crs.org ?? ''}:${crs.code}`) }));
  }
  const offsets = locateFeatures(view, header, 12 + view.getUint32(8, true));
  if (!offsets) throw new ImportError(fileName, null, ref(reason.flatGeobufDamaged, { detail: 'feature sizes' }));
  if (offsets.length > IMPORT_LIMITS.maxRows) throw tooManyFeatures(fileName);
  const rows: SourceRow[] = offsets.map((offset, index) => {
    const position = index + 1;
    buffer.setPosition(offset);
    let feature: Feature;
    let properties: Record<string, unknown> = {};
    try {
      feature = Feature.getSizePrefixedRootAsFeature(buffer);
      properties = { ...parseProperties(feature, header.columns) };
      if (!feature.geometry()) return { position, properties, geometry: null, problem: ref(rowMessage.noGeometry) };
      const geometry = fromFeature(index, feature, header).geometry as Geometry | null;
      const problem: MessageRef | null = geometryProblem(geometry);
      if (problem || !geometry)
        return { position, properties, geometry: null, problem: problem ?? ref(rowMessage.noGeometry) };
      return {
        position,
        properties,
        geometry: transform ? reprojectGeometry(geometry, transform) : geometry,
        ...(hasMeasures(feature.geometry()) ? { ordinates: { m: true } } : {}),
      };
    } catch (error) {
      const detail = excerpt((error as Error).message, 120);
      return { position, properties, geometry: null, problem: ref(rowMessage.featureUnreadable, { detail }) };
    }
  });
  const notes: MessageRef[] = [];
  if (transform) notes.push(ref(note.reprojected, { crs: excerpt(`${crs?.org ?? 'EPSG'}:${crs?.code ?? ''}`) }));
  if (header.indexNodeSize > 0 || header.featuresCount > 0) {
    if (header.featuresCount !== rows.length)
      notes.push(ref(note.featureCountMismatch, { declared: header.featuresCount, found: rows.length }));
  }
  return {
    format: 'flatgeobuf',
    layer: excerpt(header.title || fileName.replace(/\.[^.]+$/, ''), 200),
    columns: collectColumns(rows, fileName),
    rows,
    notes,
  };
}
