import { describe, expect, it } from 'vitest';
import {
  answerTileRequest,
  parseFileTilePath,
  parseTilePath,
} from '../../../electron/services/basemaps/basemap-tile-route.js';

// The one parser both transports use for basemap tile paths: exactly /tiles/{z}/{x}/{y} in plain
// digits inside the tile grid. Everything else is refused (404), before any lookup.

const JUNK = [
  '/tiles/',
  '/tiles/16/1/',
  '/tiles/16/1',
  '/tiles/16/1/2/3',
  '/tiles/16/1/2.pbf',
  '/tiles/16/1/2/',
  '/tiles//1/2',
  '/tiles/-1/0/0',
  '/tiles/+1/0/0',
  '/tiles/01/0/0',
  '/tiles/1/00/0',
  '/tiles/1e1/0/0',
  '/tiles/0x10/0/0',
  '/tiles/1.0/0/0',
  '/tiles/ 1/0/0',
  '/tiles/%31/0/0',
  '/tiles/25/0/0',
  '/tiles/99/0/0',
  '/tiles/1/2/0',
  '/tiles/1/0/2',
  '/tiles/16/65536/0',
  '/tiles/0/0/0%00',
  '/tiles/../../package.json',
  '/tiles/..%2f..%2fpackage.json',
  '/tiles/%2e%2e/%2e%2e/package.json',
  '/tiles/..%5c..%5cpackage.json',
  '/tiles/%252e%252e%252fpackage.json',
  '/tiles/16/1/../../../etc/passwd',
  '/tiles/16/１/2',
  '/TILES/1/0/0',
  '/tiles\\1\\0\\0',
];

describe('basemap tile paths', () => {
  it('reads z/x/y from a well-formed path (the test below can fail)', () => {
    expect(parseTilePath('/tiles/0/0/0')).toEqual({ z: 0, x: 0, y: 0 });
    expect(parseTilePath('/tiles/16/35321/22015')).toEqual({ z: 16, x: 35321, y: 22015 });
    expect(parseTilePath('/tiles/24/16777215/16777215')).toEqual({ z: 24, x: 16777215, y: 16777215 });
  });

  it('refuses junk, traversal and addresses outside the tile grid', () => {
    for (const path of JUNK) expect(parseTilePath(path), path).toBeNull();
  });

  it('answers 404 for junk without looking anything up, 204 for a valid address without a tile, 200 with it', () => {
    const asked: string[] = [];
    const read = (z: number, x: number, y: number) => {
      asked.push(`${z}/${x}/${y}`);
      return z === 16 ? Buffer.from([1, 2, 3]) : null;
    };
    for (const path of JUNK) expect(answerTileRequest(read, path).status, path).toBe(404);
    expect(asked).toEqual([]);
    expect(answerTileRequest(read, '/tiles/15/1/1')).toMatchObject({ status: 204, body: null });
    const found = answerTileRequest(read, '/tiles/16/1/1');
    expect(found.status).toBe(200);
    expect(found.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect([...found.body!]).toEqual([1, 2, 3]);
  });
});

// Tiles of basemap files a user added: /tiles/files/{id}/{z}/{x}/{y}, the id a row number.
const FILE_JUNK = [
  '/tiles/files/',
  '/tiles/files/1',
  '/tiles/files/1/0/0',
  '/tiles/files/0/0/0/0',
  '/tiles/files/01/0/0/0',
  '/tiles/files/-1/0/0/0',
  '/tiles/files/1e2/0/0/0',
  '/tiles/files/%31/0/0/0',
  '/tiles/files/1/0/0/0/0',
  '/tiles/files/1/0/0/0.png',
  '/tiles/files/1/1/2/0',
  '/tiles/files/1/25/0/0',
  '/tiles/files/1234567890/0/0/0',
  '/tiles/files/../1/0/0/0',
  '/tiles/files/..%2f..%2fpackage.json',
  '/tiles/files/1/../../../../etc/passwd',
  '/tiles/files/1/0/0/0%00',
  '/tiles/files\\1\\0\\0\\0',
  '/tiles/FILES/1/0/0/0',
];

describe('basemap file tile paths', () => {
  it('reads the file id and z/x/y from a well-formed path', () => {
    expect(parseFileTilePath('/tiles/files/3/12/2200/1343')).toEqual({ fileId: 3, z: 12, x: 2200, y: 1343 });
    expect(parseFileTilePath('/tiles/files/123456789/0/0/0')).toEqual({ fileId: 123456789, z: 0, x: 0, y: 0 });
  });

  it('refuses junk, traversal, bad ids and addresses outside the grid without reading anything', () => {
    const asked: string[] = [];
    const readFile = (id: number, z: number, x: number, y: number) => {
      asked.push(`${id}/${z}/${x}/${y}`);
      return id === 7 ? { bytes: Buffer.from([9, 9]), contentType: 'image/png' } : null;
    };
    for (const path of FILE_JUNK) {
      expect(parseFileTilePath(path), path).toBeNull();
      expect(answerTileRequest(() => null, path, readFile).status, path).toBe(404);
    }
    expect(asked).toEqual([]);
    expect(answerTileRequest(() => null, '/tiles/files/6/1/1/1', readFile).status).toBe(204);
    const found = answerTileRequest(() => null, '/tiles/files/7/1/1/1', readFile);
    expect(found).toMatchObject({
      status: 200,
      headers: { 'content-type': 'image/png', 'x-content-type-options': 'nosniff' },
    });
    expect([...found.body!]).toEqual([9, 9]);
    // Without a reader for files (an older caller), a file path is an empty tile, never the OSM basemap's.
    expect(answerTileRequest(() => Buffer.from([1]), '/tiles/files/7/1/1/1').status).toBe(204);
  });
});
