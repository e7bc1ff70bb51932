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
import { MAX_TILE_BYTES } from '../../../shared/codecs/tiles/tile-limits.js';
import { gunzippedSizeWithin, isGzip, TILE_FILE_LIMITS, type TileFileReader } from '../../store/tile-file-reader.js';
import { messageRef as ref } from '../../../shared/i18n/define-messages.js';
import { tileReasonMessages as reason } from '../../../shared/i18n/messages/basemaps-reasons.js';

// Reads a PMTiles v3 archive from disk with the `pmtiles` library (header, JSON metadata,
// directories); the tiles themselves are then read by offset, synchronously, so the copy into
// the project runs inside one SQLite transaction.

const MAGIC = 'PMTiles';
/** The last tile id of zoom 24: (4^25 - 1) / 3 tiles in zooms 0 to 24. */
const MAX_TILE_ID = (4 ** 25 - 1) / 3 - 1;

const FORMATS: Partial<Record<TileType, TileFormat>> = {
  [TileType.Mvt]: 'pbf',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpg',
  [TileType.Webp]: 'webp',
};

const MEGABYTE = 1024 ** 2;

/** Decompresses within `limit` bytes; beyond it, `tooLarge` says what to tell the user. */
function decompress(
  bytes: Uint8Array,
  compression: Compression,
  part: 'directories' | 'tiles',
  limit: number,
  tooLarge: () => TileFileError,
): Uint8Array {
  const inflate = (run: () => Uint8Array) => {
    try {
      return run();
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw error;
    }
  };
  switch (compression) {
    case Compression.None:
    case Compression.Unknown:
      return bytes;
    case Compression.Gzip:
      return inflate(() => zlib.gunzipSync(bytes, { maxOutputLength: limit }));
    case Compression.Brotli:
      return inflate(() => zlib.brotliDecompressSync(bytes, { maxOutputLength: limit }));
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
    const indexPartTooLarge = (part: 'metadata' | 'directories') => () =>
      new TileFileError(
        ref(reason.pmtilesPartTooLarge, { part, megabytes: TILE_FILE_LIMITS.maxDirectoryBytes / MEGABYTE }),
      );
    const cache = new ResolvedValueCache(64, false, (buffer, compression) => {
      const bytes = decompress(
        new Uint8Array(buffer),
        compression,
        'directories',
        TILE_FILE_LIMITS.maxDirectoryBytes,
        indexPartTooLarge('directories'),
      );
      return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    });
    const archive = new PMTiles(source, cache, cache.decompress);
    let header: Header;
    let metadata: Record<string, unknown>;
    try {
      header = await archive.getHeader();
      // The metadata are read here rather than by the library, to inflate them within a budget.
      if (header.jsonMetadataOffset + header.jsonMetadataLength > size)
        throw new TileFileError(ref(reason.pmtilesTruncated));
      const raw = Buffer.alloc(header.jsonMetadataLength);
      fs.readSync(fd, raw, 0, raw.length, header.jsonMetadataOffset);
      const text = decompress(
        raw,
        header.internalCompression,
        'directories',
        TILE_FILE_LIMITS.maxDirectoryBytes,
        indexPartTooLarge('metadata'),
      );
      const json = text.length === 0 ? {} : (JSON.parse(Buffer.from(text).toString('utf8')) as unknown);
      metadata = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
    } catch (error) {
      if (error instanceof TileFileError) throw error;
      throw new TileFileError(ref(reason.pmtilesInvalid, { detail: (error as Error).message }));
    }
    const format = FORMATS[header.tileType as TileType];
    if (!format) throw new TileFileError(ref(reason.pmtilesTileType, { type: String(header.tileType) }));
    if (header.tileDataOffset + (header.tileDataLength ?? 0) > size)
      throw new TileFileError(ref(reason.pmtilesTruncated));

    // Every tile entry, depth first through leaf directories (the spec allows any depth; 4 is
    // plenty). A valid index names each leaf once: a leaf named twice (a fan of pointers to one
    // leaf multiplies the entries without end) and more entries than tiles allowed are refused.
    const entries: Entry[] = [];
    const leaves = new Set<string>();
    let tileCount = 0;
    const walk = async (offset: number, length: number, depth: number): Promise<void> => {
      if (depth > 4) throw new TileFileError(ref(reason.pmtilesNesting));
      const directory = await cache.getDirectory(source, offset, length, header);
      for (const entry of directory) {
        if (entry.runLength === 0) {
          const leaf = `${entry.offset}:${entry.length}`;
          if (leaves.has(leaf)) throw new TileFileError(ref(reason.pmtilesLeafTwice));
          leaves.add(leaf);
          await walk(header.leafDirectoryOffset + entry.offset, entry.length, depth + 1);
          continue;
        }
        entries.push(entry);
        tileCount += entry.runLength;
        if (tileCount > TILE_FILE_LIMITS.maxTiles)
          throw new TileFileError(ref(reason.tooManyTiles, { tiles: tileCount, max: TILE_FILE_LIMITS.maxTiles }));
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
      const tooLarge = () => {
        const [z, x, y] = tileIdToZxy(entry.tileId);
        return new TileFileError(
          ref(reason.tileTooLarge, { tile: `${z}/${x}/${y}`, megabytes: MAX_TILE_BYTES / MEGABYTE }),
        );
      };
      // Gzip is kept as it is (served decompressed, so its size is checked); other codecs are decoded once here.
      if (header.tileCompression !== Compression.Gzip)
        return decompress(bytes, header.tileCompression, 'tiles', MAX_TILE_BYTES, tooLarge);
      if (isGzip(bytes) && gunzippedSizeWithin(bytes, MAX_TILE_BYTES) === null) throw tooLarge();
      return bytes;
    };
    let minZoom = Infinity;
    let maxZoom = -Infinity;
    let copiedBytes = 0;
    for (const entry of entries) {
      minZoom = Math.min(minZoom, tileIdToZxy(entry.tileId)[0]);
      if (entry.tileId + entry.runLength - 1 > MAX_TILE_ID) throw new TileFileError(ref(reason.pmtilesZoomRange));
      maxZoom = Math.max(maxZoom, tileIdToZxy(entry.tileId + entry.runLength - 1)[0]);
      copiedBytes += entry.runLength * entry.length;
    }
    if (maxZoom > 24) throw new TileFileError(ref(reason.pmtilesZoomRange));
    if (copiedBytes > TILE_FILE_LIMITS.maxCopiedBytes)
      throw new TileFileError(
        ref(reason.tooManyBytes, {
          gigabytes: copiedBytes / 1024 ** 3,
          max: TILE_FILE_LIMITS.maxCopiedBytes / 1024 ** 3,
        }),
      );
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
