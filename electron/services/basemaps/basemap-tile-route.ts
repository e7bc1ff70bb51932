// The one place both transports (the Electron app:// protocol and serve mode's HTTP server) turn
// a request path into a basemap tile of the open project. The path is parsed strictly: exactly
// /tiles/{z}/{x}/{y} in plain decimal digits within the tile grid; anything else (traversal,
// encodings, signs, extensions, query tricks) is not a tile. Tiles of basemap files a user added
// live under /tiles/files/{id}/{z}/{x}/{y}, parsed as strictly (the id names a row, never a path).

export const TILE_ROUTE_PREFIX = '/tiles/';
/** Deepest zoom a tile may be asked for (MapLibre overzooms beyond the stored ones). */
const MAX_TILE_ZOOM = 24;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

const TILE_PATH = /^\/tiles\/(0|[1-9]\d?)\/(0|[1-9]\d{0,7})\/(0|[1-9]\d{0,7})$/;
const FILE_TILE_PATH = /^\/tiles\/files\/([1-9]\d{0,8})\/(0|[1-9]\d?)\/(0|[1-9]\d{0,7})\/(0|[1-9]\d{0,7})$/;

function inGrid(z: number, x: number, y: number): TileAddress | null {
  if (z > MAX_TILE_ZOOM) return null;
  const size = 2 ** z;
  if (x >= size || y >= size) return null;
  return { z, x, y };
}

/** `{z, x, y}` of a path like /tiles/16/35321/22015, or null for anything else. */
export function parseTilePath(pathname: string): TileAddress | null {
  const match = TILE_PATH.exec(pathname);
  if (!match) return null;
  return inGrid(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `{fileId, z, x, y}` of a path like /tiles/files/3/12/2200/1343, or null for anything else. */
export function parseFileTilePath(pathname: string): (TileAddress & { fileId: number }) | null {
  const match = FILE_TILE_PATH.exec(pathname);
  if (!match) return null;
  const address = inGrid(Number(match[2]), Number(match[3]), Number(match[4]));
  return address && { fileId: Number(match[1]), ...address };
}

/** A tile of an added basemap file: its bytes as MapLibre reads them and their type. */
export type ReadFileTile = (
  fileId: number,
  z: number,
  x: number,
  y: number,
) => { bytes: Buffer; contentType: string } | null;

export interface TileAnswer {
  /** 200 with the tile; 204 for a valid address without a tile (MapLibre draws it empty); 404 for a path that is no tile. */
  status: 200 | 204 | 404;
  body: Buffer | null;
  headers: Record<string, string>;
}

export const VECTOR_TILE_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';

/** Answers a tile request from whatever project is open (`readTile` gives null when none is). */
export function answerTileRequest(
  readTile: (z: number, x: number, y: number) => Buffer | null,
  pathname: string,
  readFileTile?: ReadFileTile,
): TileAnswer {
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  const fileAddress = parseFileTilePath(pathname);
  if (fileAddress) {
    const found = readFileTile?.(fileAddress.fileId, fileAddress.z, fileAddress.x, fileAddress.y);
    if (!found) return { status: 204, body: null, headers };
    return { status: 200, body: found.bytes, headers: { ...headers, 'content-type': found.contentType } };
  }
  const address = parseTilePath(pathname);
  if (!address) return { status: 404, body: null, headers };
  const tile = readTile(address.z, address.x, address.y);
  if (!tile) return { status: 204, body: null, headers };
  return { status: 200, body: tile, headers: { ...headers, 'content-type': VECTOR_TILE_CONTENT_TYPE } };
}
