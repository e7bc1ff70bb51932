import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { basemapsMessages } from '../../../shared/i18n/messages/basemaps.js';
import { tileReasonMessages as reason } from '../../../shared/i18n/messages/basemaps-reasons.js';
import type {
  BasemapFile,
  BasemapFileRole,
  DemEncoding,
  StagedBasemapFile,
  TileFormat,
} from '../../../shared/api/basemaps.js';
import { isGzip, TileFileError } from '../../../shared/codecs/tiles/describe-tile-file.js';
import type { ProjectStore } from '../../store/project-store.js';
import { MAX_TILE_BYTES } from '../../../shared/codecs/tiles/tile-limits.js';
import { openMbtiles } from '../../store/read-mbtiles.js';
import type { TileFileReader } from '../../store/tile-file-reader.js';
import { openPmtiles } from './read-pmtiles.js';
import { VECTOR_TILE_CONTENT_TYPE } from './basemap-tile-route.js';

// Basemap and overlay files (MBTiles, PMTiles): staged like an OSM extract (base64 in one call,
// a private temporary file), described, then copied tile by tile into the project in one
// transaction. A file Itinera cannot use is refused with its name and the reason, and nothing
// in the project changes.

const MAX_STAGED = 4;
const SQLITE_MAGIC = 'SQLite format 3\0';

export const TILE_CONTENT_TYPES: Record<TileFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pbf: VECTOR_TILE_CONTENT_TYPE,
};

/** Opens an MBTiles or PMTiles file, deciding by its first bytes (not its name). */
export async function openTileFile(file: string, fileName: string, encoding?: DemEncoding): Promise<TileFileReader> {
  const start = Buffer.alloc(16);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, start, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new TileFileError(
      messageRef(reason.cannotRead, { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }),
    );
  }
  if (read === 0) throw new TileFileError(messageRef(reason.empty));
  if (start.subarray(0, 16).toString('latin1') === SQLITE_MAGIC) return openMbtiles(file, fileName, encoding);
  if (start.subarray(0, 7).toString('latin1') === 'PMTiles') return openPmtiles(file, fileName, encoding);
  throw new TileFileError(messageRef(reason.notTileFile));
}

function refusal(fileName: string, error: unknown, field?: string): unknown {
  if (error instanceof TileFileError)
    return new ApiError(
      'invalid-input',
      messageRef(basemapsMessages.fileRefused, { fileName, reason: error.reason }),
      field,
    );
  return error;
}

export interface FileTile {
  bytes: Buffer;
  contentType: string;
}

export function createBasemapFileService(store: ProjectStore) {
  let folder: string | null = null;
  const staged = new Map<string, { file: string; fileName: string }>();
  const formats = new Map<number, TileFormat>();

  function discard(stagedId: string) {
    const entry = staged.get(stagedId);
    if (!entry) return;
    staged.delete(stagedId);
    fs.rmSync(entry.file, { force: true });
  }

  function requireFile(id: number): BasemapFile {
    const file = store.basemapFiles.get(id);
    if (!file) throw new ApiError('not-found', messageRef(basemapsMessages.notFound, { id: String(id) }), 'id');
    return file;
  }

  /** Copies every tile of a file on disk into the project (one transaction); the stored file. */
  async function addFromPath(
    file: string,
    fileName: string,
    options: { role?: BasemapFileRole; encoding?: DemEncoding; opacity?: number } = {},
  ): Promise<BasemapFile> {
    let reader: TileFileReader;
    try {
      reader = await openTileFile(file, fileName, options.encoding);
    } catch (error) {
      throw refusal(fileName, error);
    }
    try {
      const id = store.transaction(() => {
        const fileId = store.basemapFiles.insert(reader.description, {
          role: options.role ?? 'basemap',
          opacity: options.opacity ?? 1,
          metadata: reader.metadata,
        });
        reader.forEachTile((z, x, y, data) => store.basemapFiles.addTile(fileId, z, x, y, data));
        store.basemapFiles.finish(fileId);
        return fileId;
      });
      return requireFile(id);
    } catch (error) {
      throw refusal(fileName, error);
    } finally {
      reader.close();
    }
  }

  return {
    addFromPath,
    async stageBasemapFile({
      fileName,
      contentBase64,
    }: {
      fileName: string;
      contentBase64: string;
    }): Promise<StagedBasemapFile> {
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length === 0)
        throw new ApiError('invalid-input', messageRef(basemapsMessages.emptyFile, { fileName }), 'contentBase64');
      folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-tiles-'));
      const stagedId = crypto.randomUUID();
      const file = path.join(folder, `${stagedId}-${path.basename(fileName).replace(/[^\w.-]+/g, '_')}`);
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      let reader: TileFileReader;
      try {
        reader = await openTileFile(file, fileName);
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw refusal(fileName, error, 'contentBase64');
      }
      reader.close();
      staged.set(stagedId, { file, fileName });
      while (staged.size > MAX_STAGED) discard(staged.keys().next().value as string);
      return { stagedId, bytes: bytes.length, description: reader.description };
    },
    async addBasemapFile(input: {
      stagedId: string;
      role: BasemapFileRole;
      encoding?: DemEncoding;
      opacity: number;
    }): Promise<BasemapFile> {
      const entry = staged.get(input.stagedId);
      if (!entry) throw new ApiError('not-found', messageRef(basemapsMessages.notStaged), 'stagedId');
      const added = await addFromPath(entry.file, entry.fileName, input);
      discard(input.stagedId);
      return added;
    },
    listBasemapFiles: (): BasemapFile[] => store.basemapFiles.list(),
    updateBasemapFile({
      id,
      changes,
    }: {
      id: number;
      changes: { role?: BasemapFileRole; opacity?: number; visible?: boolean };
    }): BasemapFile {
      return store.transaction(() => {
        const current = requireFile(id);
        store.basemapFiles.update(id, {
          role: changes.role ?? current.role,
          opacity: changes.opacity ?? current.opacity,
          visible: changes.visible ?? current.visible,
        });
        return requireFile(id);
      });
    },
    removeBasemapFile({ id }: { id: number }): { id: number } {
      store.transaction(() => {
        requireFile(id);
        store.basemapFiles.remove(id);
      });
      formats.delete(id);
      return { id };
    },
    /** A tile of an added file as MapLibre wants it (vector tiles decompressed), or null. */
    tile(id: number, z: number, x: number, y: number): FileTile | null {
      let format = formats.get(id);
      if (!format) {
        const file = store.basemapFiles.get(id);
        if (!file) return null;
        format = file.tileFormat;
        formats.set(id, format);
      }
      const stored = store.basemapFiles.tile(id, z, x, y);
      if (!stored) return null;
      // NOTE: decompressed here rather than sent with Content-Encoding: Electron's custom
      // protocol does not decode it, and serve mode should answer alike.
      // Decompression is bounded: a gzip bomb in a file stops at the limit (an error, answered 500)
      // instead of growing the answer to gigabytes; a truncated tile is an error too.
      const bytes =
        format === 'pbf' && isGzip(stored) ? zlib.gunzipSync(stored, { maxOutputLength: MAX_TILE_BYTES }) : stored;
      return { bytes, contentType: TILE_CONTENT_TYPES[format] };
    },
    close(): void {
      for (const stagedId of [...staged.keys()]) discard(stagedId);
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}
export type BasemapFileService = ReturnType<typeof createBasemapFileService>;
