import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { blobEnvelope, decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';

const samples: Geometry[] = [
  { type: 'Point', coordinates: [15.60209, 48.411877] },
  {
    type: 'LineString',
    coordinates: [
      [15.5, 48.4],
      [15.6, 48.41],
      [15.61, 48.42],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [2, 2],
        [2, 3],
        [3, 3],
        [2, 2],
      ],
    ],
  },
  {
    type: 'MultiPoint',
    coordinates: [
      [1, 2],
      [3, 4],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ],
  },
  {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ],
  },
  { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] },
];

describe('GeoPackage geometry blobs', () => {
  it.each(samples.map((geometry) => [geometry.type, geometry] as const))('round-trips a %s', (_, geometry) => {
    const blob = encodeGeometry(geometry);
    expect(decodeGeometry(blob)).toEqual({ geometry, srsId: 4326, hasZ: false, hasM: false });
  });

  it('writes the GP header: magic, version 0, little-endian flags, SRS id', () => {
    const blob = encodeGeometry({ type: 'Point', coordinates: [1, 2] });
    expect([blob[0], blob[1], blob[2]]).toEqual([0x47, 0x50, 0]);
    expect(blob[3]).toBe(0x01); // little-endian, no envelope, not empty
    expect(new DataView(blob.buffer).getInt32(4, true)).toBe(4326);
    expect(blob.length).toBe(8 + 21); // header + WKB point
  });

  it('stores an XY envelope for lines and polygons, read back without parsing WKB', () => {
    const blob = encodeGeometry({
      type: 'LineString',
      coordinates: [
        [3, -1],
        [-2, 5],
      ],
    });
    expect(blob[3]).toBe(0x03); // envelope kind 1 (XY)
    expect(blobEnvelope(blob)).toEqual({ minX: -2, maxX: 3, minY: -1, maxY: 5 });
  });

  it('marks empty geometries and gives them no envelope', () => {
    const blob = encodeGeometry({ type: 'LineString', coordinates: [] });
    expect(blob[3]! & 0x10).toBe(0x10);
    expect(blobEnvelope(blob)).toBeNull();
    const point = encodeGeometry({ type: 'Point', coordinates: [] });
    expect(decodeGeometry(point).geometry).toEqual({ type: 'Point', coordinates: [] });
  });

  it('reads big-endian WKB and drops Z values (ISO 1001 = Point Z)', () => {
    const bytes = new Uint8Array(8 + 1 + 4 + 24);
    const view = new DataView(bytes.buffer);
    bytes.set([0x47, 0x50, 0, 0x00]); // flags: big-endian, no envelope
    view.setInt32(4, 4326, false);
    view.setUint8(8, 0);
    view.setUint32(9, 1001, false);
    view.setFloat64(13, 14.5, false);
    view.setFloat64(21, 51.2, false);
    view.setFloat64(29, 200, false);
    expect(decodeGeometry(bytes).geometry).toEqual({ type: 'Point', coordinates: [14.5, 51.2] });
  });

  it('refuses corrupt blobs with a clear error instead of reading garbage', () => {
    const good = encodeGeometry({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    });
    expect(() => decodeGeometry(good.slice(0, good.length - 4))).toThrow(/ends early/);
    expect(() => decodeGeometry(new Uint8Array([1, 2, 3]))).toThrow(/too short/);
    const wrongMagic = good.slice();
    wrongMagic[0] = 0x58;
    expect(() => decodeGeometry(wrongMagic)).toThrow(/magic/);
    const hugeCount = good.slice();
    new DataView(hugeCount.buffer).setUint32(8 + 32 + 5, 0x7fffffff, true);
    expect(() => decodeGeometry(hugeCount)).toThrow(/count of 2147483647/);
  });
});
