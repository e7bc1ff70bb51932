import { VectorTile } from '@mapbox/vector-tile';
import { gunzipSync } from 'fflate';
import { PbfReader } from 'pbf';
import {
  DEM_ENCODINGS,
  type DemEncoding,
  type TileContainer,
  type TileFileDescription,
  type TileFormat,
  type VectorLayerInfo,
} from '../../api/basemaps.js';
import { plainAttribution } from './attribution-text.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { createTranslator } from '../../i18n/translator.js';
import { tileReasonMessages as reason } from '../../i18n/messages/basemaps-reasons.js';

// What an MBTiles or PMTiles file holds, decided from its metadata, then from its first tile where
// the metadata is silent. Both readers (electron/store/read-mbtiles.ts,
// electron/services/basemaps/read-pmtiles.ts) gather the facts; this decides, the same way for both.

/** A tile file Itinera cannot use; `reason` says what is wrong (the caller names the file). */
export class TileFileError extends Error {
  constructor(readonly reason: MessageRef) {
    super(createTranslator('en').t(reason));
    this.name = 'TileFileError';
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The format of one tile from its first bytes, or null when it is none Itinera draws. */
export function sniffTileFormat(bytes: Uint8Array): TileFormat | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (
    bytes.length >= 12 &&
    String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' &&
    String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
  )
    return 'webp';
  if (isGzip(bytes)) return 'pbf';
  // An uncompressed Mapbox Vector Tile starts with its first layer: field 3, length-delimited.
  if (bytes.length > 0 && bytes[0] === 0x1a) return 'pbf';
  return null;
}

/** Width in pixels of a PNG or JPEG tile, or null. */
export function imageWidth(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (sniffTileFormat(bytes) === 'png' && bytes.length >= 24) return view.getUint32(16);
  if (sniffTileFormat(bytes) === 'jpg') {
    let at = 2;
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!;
      const length = view.getUint16(at + 2);
      // Start-of-frame markers (baseline, progressive, …) carry height then width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return view.getUint16(at + 7);
      at += 2 + length;
    }
  }
  return null;
}

const FORMAT_NAMES: Record<string, TileFormat> = {
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  webp: 'webp',
  pbf: 'pbf',
  mvt: 'pbf',
};

function vectorLayersOf(metadata: Record<string, unknown>, firstTile: Uint8Array, format: TileFormat) {
  const declared = metadata.vector_layers;
  if (Array.isArray(declared)) {
    const layers: VectorLayerInfo[] = [];
    for (const layer of declared as unknown[]) {
      if (typeof layer !== 'object' || layer === null) continue;
      const { id, fields, minzoom, maxzoom } = layer as Record<string, unknown>;
      if (typeof id !== 'string' || id === '') continue;
      layers.push({
        id,
        fields:
          typeof fields === 'object' && fields !== null
            ? Object.fromEntries(Object.entries(fields).map(([name, type]) => [name, String(type)]))
            : {},
        minZoom: typeof minzoom === 'number' ? minzoom : null,
        maxZoom: typeof maxzoom === 'number' ? maxzoom : null,
      });
    }
    if (layers.length > 0) return layers;
  }
  if (format !== 'pbf') return [];
  // No vector_layers in the metadata: the first tile's layers and their keys stand in.
  try {
    const bytes = isGzip(firstTile) ? gunzipSync(firstTile) : firstTile;
    const tile = new VectorTile(new PbfReader(bytes));
    return Object.values(tile.layers).map((layer) => {
      const fields: Record<string, string> = {};
      for (let index = 0; index < layer.length; index++)
        for (const name of Object.keys(layer.feature(index).properties)) fields[name] = 'String';
      return { id: layer.name, fields, minZoom: null, maxZoom: null };
    });
  } catch {
    throw new TileFileError(ref(reason.firstTileUnreadable));
  }
}

function boundsOf(value: unknown): [number, number, number, number] | null {
  const parts =
    typeof value === 'string' ? value.split(',').map(Number) : Array.isArray(value) ? value.map(Number) : [];
  if (parts.length !== 4 || !parts.every(Number.isFinite)) return null;
  const [west, south, east, north] = parts as [number, number, number, number];
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) return null;
  return [west, south, east, north];
}

export interface TileFileFacts {
  fileName: string;
  container: TileContainer;
  /** Name/value metadata (MBTiles `metadata` with its `json` merged in; PMTiles JSON metadata). */
  metadata: Record<string, unknown>;
  /** The format the container's header declares (PMTiles); undefined to go by the metadata. */
  declaredFormat?: TileFormat | null;
  bounds?: [number, number, number, number] | null;
  firstTile: Uint8Array;
  minZoom: number;
  maxZoom: number;
  tileCount: number;
}

export function describeTileFile(facts: TileFileFacts, chosenEncoding?: DemEncoding): TileFileDescription {
  const { metadata, firstTile } = facts;
  let format: TileFormat | null = facts.declaredFormat ?? null;
  if (facts.declaredFormat === undefined && metadata.format !== undefined && metadata.format !== '') {
    const named = String(metadata.format).toLowerCase();
    format = FORMAT_NAMES[named] ?? null;
    if (!format) throw new TileFileError(ref(reason.unknownFormatNamed, { format: named }));
  }
  format ??= sniffTileFormat(firstTile);
  if (!format) throw new TileFileError(ref(reason.unknownFormat));

  const declaredEncoding = typeof metadata.encoding === 'string' ? metadata.encoding.trim().toLowerCase() : '';
  if (declaredEncoding && !(DEM_ENCODINGS as readonly string[]).includes(declaredEncoding))
    throw new TileFileError(ref(reason.unknownEncoding, { encoding: declaredEncoding }));
  const encoding = chosenEncoding ?? ((declaredEncoding || null) as DemEncoding | null);
  if (encoding && format === 'pbf') throw new TileFileError(ref(reason.vectorNotElevation));
  if (encoding && format === 'jpg') throw new TileFileError(ref(reason.elevationFormat));

  const kind = format === 'pbf' ? 'vector' : encoding ? 'raster-dem' : 'raster';
  const baseName = facts.fileName.replace(/\.(mbtiles|pmtiles)$/i, '');
  const name =
    typeof metadata.name === 'string' && metadata.name.trim() ? metadata.name.trim().slice(0, 200) : baseName;
  return {
    fileName: facts.fileName,
    container: facts.container,
    name,
    kind,
    tileFormat: format,
    encoding: kind === 'raster-dem' ? encoding : null,
    encodingUnknown: kind === 'raster' && format !== 'jpg' && !declaredEncoding,
    bounds: facts.bounds !== undefined ? facts.bounds : boundsOf(metadata.bounds),
    minZoom: facts.minZoom,
    maxZoom: facts.maxZoom,
    tileSize: kind === 'vector' ? 512 : (imageWidth(firstTile) ?? 256),
    attribution: plainAttribution(metadata.attribution),
    vectorLayers: kind === 'vector' ? vectorLayersOf(metadata, firstTile, format) : [],
    tileCount: facts.tileCount,
  };
}

export { boundsOf as parseTileBounds };
