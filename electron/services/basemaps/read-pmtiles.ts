import fs from 'node:fs';
import zlib from 'node:zlib';
import {
  Compression,
  PMTiles,
  ResolvedValueCache,
  TileType,
  tileIdToZxy,
  type Entry,
  type Header,
  type Source,
} from 'pmtiles';
import type { DemEncoding, TileFormat } from '../../../shared/api/basemaps.js';
import { describeTileFile, TileFileError } from '../../../shared/codecs/tiles/describe-tile-file.js';
import type { TileFileReader } from '../../store/tile-file-reader.js';
import { messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { tileReasonMessages as reason } from '../../../shared/i18n/messages/basemaps-reasons.js';

// Reads a PMTiles v3 archive from disk with the `pmtiles` library (header, JSON metadata,
// directories); the tiles themselves are then read by offset, synchronously, so the copy into
// the project runs inside one SQLite transaction.

const MAGIC = 'PMTiles';

const FORMATS: Partial<Record<TileType, TileFormat>> = {
  [TileType.Mvt]: 'pbf',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpg',
  [TileType.Webp]: 'webp',
};

function decompress(bytes: Uint8Array, compression: Compression, part: 'directories' | 'tiles'): Uint8Array {
  switch (compression) {
    case Compression.None:
    case Compression.Unknown:
      return bytes;
    case Compression.Gzip:
      return zlib.gunzipSync(bytes);
    case Compression.Brotli:
      return zlib.brotliDecompressSync(bytes);
    case Compression.Zstd:
      throw new TileFileError(ref(reason.pmtilesZstd, { part }));
    default:
      throw new TileFileError(ref(reason.pmtilesUnknownCompression, { part, compression: String(compression) }));
  }
}

function nodeFileSource(fd: number, size: number): Source {
  return {
    getKey: () => 'file',
    getBytes: (offset, length) => {
      const end = Math.min(size, offset + length);
      const buffer = Buffer.alloc(Math.max(0, end - offset));
      if (buffer.length > 0) fs.readSync(fd, buffer, 0, buffer.length, offset);
      return Promise.resolve({
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
      });
    },
  };
}

export async function openPmtiles(file: string, fileName: string, encoding?: DemEncoding): Promise<TileFileReader> {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const start = Buffer.alloc(Math.min(size, 127));
    fs.readSync(fd, start, 0, start.length, 0);
    if (start.length < 127 || start.subarray(0, 7).toString('latin1') !== MAGIC)
      throw new TileFileError(ref(reason.pmtilesNoHeader));
    if (start[7] !== 3) throw new TileFileError(ref(reason.pmtilesVersion, { version: String(start[7]) }));
    const source = nodeFileSource(fd, size);
    const cache = new ResolvedValueCache(64, false, (buffer, compression) => {
      const bytes = decompress(new Uint8Array(buffer), compression, 'directories');
      return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    });
    const archive = new PMTiles(source, cache, cache.decompress);
    let header: Header;
    let metadata: Record<string, unknown>;
    try {
      header = await archive.getHeader();
      const json = await archive.getMetadata();
      metadata = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
    } catch (error) {
      if (error instanceof TileFileError) throw error;
      throw new TileFileError(ref(reason.pmtilesInvalid, { detail: (error as Error).message }));
    }
    const format = FORMATS[header.tileType as TileType];
    if (!format) throw new TileFileError(ref(reason.pmtilesTileType, { type: String(header.tileType) }));
    if (header.tileDataOffset + (header.tileDataLength ?? 0) > size)
      throw new TileFileError(ref(reason.pmtilesTruncated));

    // Every tile entry, depth first through leaf directories (the spec allows any depth; 4 is plenty).
    const entries: Entry[] = [];
    const walk = async (offset: number, length: number, depth: number): Promise<void> => {
      if (depth > 4) throw new TileFileError(ref(reason.pmtilesNesting));
      const directory = await cache.getDirectory(source, offset, length, header);
      for (const entry of directory) {
        if (entry.runLength === 0) await walk(header.leafDirectoryOffset + entry.offset, entry.length, depth + 1);
        else entries.push(entry);
      }
    };
    try {
      await walk(header.rootDirectoryOffset, header.rootDirectoryLength, 0);
    } catch (error) {
      if (error instanceof TileFileError) throw error;
      throw new TileFileError(ref(reason.pmtilesDirectory, { detail: (error as Error).message }));
    }
    if (entries.length === 0) throw new TileFileError(ref(reason.noTiles));

    const readTile = (entry: Entry): Uint8Array => {
      const at = header.tileDataOffset + entry.offset;
      if (entry.length <= 0 || at + entry.length > size) throw new TileFileError(ref(reason.pmtilesTileBeyondEnd));
      const bytes = Buffer.alloc(entry.length);
      fs.readSync(fd, bytes, 0, entry.length, at);
      // Gzip is kept as it is (served decompressed); other codecs are decoded once here.
      return header.tileCompression === Compression.Gzip ? bytes : decompress(bytes, header.tileCompression, 'tiles');
    };
    let minZoom = Infinity;
    let maxZoom = -Infinity;
    let tileCount = 0;
    for (const entry of entries) {
      minZoom = Math.min(minZoom, tileIdToZxy(entry.tileId)[0]);
      maxZoom = Math.max(maxZoom, tileIdToZxy(entry.tileId + entry.runLength - 1)[0]);
      tileCount += entry.runLength;
    }
    if (maxZoom > 24) throw new TileFileError(ref(reason.pmtilesZoomRange));
    const bounds: [number, number, number, number] | null =
      header.minLon < header.maxLon && header.minLat < header.maxLat
        ? [header.minLon, header.minLat, header.maxLon, header.maxLat]
        : null;
    const description = describeTileFile(
      {
        fileName,
        container: 'pmtiles',
        metadata,
        declaredFormat: format,
        bounds,
        firstTile: readTile(entries[0]!),
        minZoom,
        maxZoom,
        tileCount,
      },
      encoding,
    );
    return {
      description,
      metadata,
      forEachTile(visit) {
        for (const entry of entries) {
          const data = readTile(entry);
          // A run is one tile's bytes repeated for consecutive tile ids (the sea, say).
          for (let id = entry.tileId; id < entry.tileId + entry.runLength; id++) {
            const [z, x, y] = tileIdToZxy(id);
            visit(z, x, y, data);
          }
        }
      },
      close: () => fs.closeSync(fd),
    };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}
