// The one place both transports (the Electron app:// protocol and serve mode's HTTP server) turn
// a request path into a basemap tile of the open project. The path is parsed strictly: exactly
// /tiles/{z}/{x}/{y} in plain decimal digits within the tile grid; anything else (traversal,
// encodings, signs, extensions, query tricks) is not a tile.

export const TILE_ROUTE_PREFIX = '/tiles/';
/** Deepest zoom a tile may be asked for (MapLibre overzooms beyond the stored ones). */
const MAX_TILE_ZOOM = 24;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

const TILE_PATH = /^\/tiles\/(0|[1-9]\d?)\/(0|[1-9]\d{0,7})\/(0|[1-9]\d{0,7})$/;

/** `{z, x, y}` of a path like /tiles/16/35321/22015, or null for anything else. */
export function parseTilePath(pathname: string): TileAddress | null {
  const match = TILE_PATH.exec(pathname);
  if (!match) return null;
  const [z, x, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (z > MAX_TILE_ZOOM) return null;
  const size = 2 ** z;
  if (x >= size || y >= size) return null;
  return { z, x, y };
}

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
): TileAnswer {
  const address = parseTilePath(pathname);
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (!address) return { status: 404, body: null, headers };
  const tile = readTile(address.z, address.x, address.y);
  if (!tile) return { status: 204, body: null, headers };
  return { status: 200, body: tile, headers: { ...headers, 'content-type': VECTOR_TILE_CONTENT_TYPE } };
}
