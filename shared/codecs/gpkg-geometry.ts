import { isPackedLine } from './packed-line.js';
import type { Geometry, GeometryCollection, Position } from 'geojson';

// GeoPackage geometry blobs (OGC 12-128r18, §2.1.3): a "GP" header with the SRS id and an optional
// envelope, followed by ISO WKB. Written little-endian; both byte orders are read. Pure: runs in
// the renderer, the backend and tests alike (DataView, no Node Buffer).

const WKB_TYPES = {
  Point: 1,
  LineString: 2,
  Polygon: 3,
  MultiPoint: 4,
  MultiLineString: 5,
  MultiPolygon: 6,
  GeometryCollection: 7,
} as const;
type WkbTypeName = keyof typeof WKB_TYPES;
const WKB_NAMES = Object.fromEntries(Object.entries(WKB_TYPES).map(([name, code]) => [code, name])) as Record<
  number,
  WkbTypeName
>;

export interface Envelope {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export class GeometryBlobError extends Error {
  constructor(message: string) {
    super(`GeoPackage geometry: ${message}`);
    this.name = 'GeometryBlobError';
  }
}

function isEmpty(geometry: Geometry): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every(isEmpty);
  if (geometry.type === 'Point') return geometry.coordinates.length === 0;
  return geometry.coordinates.length === 0;
}

function forEachPosition(geometry: Geometry, visit: (position: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      if (geometry.coordinates.length >= 2) visit(geometry.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((line) => line.forEach(visit));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((member) => forEachPosition(member, visit));
      break;
  }
}

export function envelopeOf(geometry: Geometry): Envelope | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  forEachPosition(geometry, (position) => {
    const x = position[0] as number;
    const y = position[1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  return minX === Infinity ? null : { minX, maxX, minY, maxY };
}

class Writer {
  private view: DataView;
  private bytes: Uint8Array;
  offset = 0;
  constructor(size = 64) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  private ensure(extra: number) {
    if (this.offset + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.offset + extra));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
  u8(value: number) {
    this.ensure(1);
    this.view.setUint8(this.offset, value);
    this.offset += 1;
  }
  u32(value: number) {
    this.ensure(4);
    this.view.setUint32(this.offset, value, true);
    this.offset += 4;
  }
  i32(value: number) {
    this.ensure(4);
    this.view.setInt32(this.offset, value, true);
    this.offset += 4;
  }
  f64(value: number) {
    this.ensure(8);
    this.view.setFloat64(this.offset, value, true);
    this.offset += 8;
  }
  result(): Uint8Array {
    return this.offset === this.bytes.length ? this.bytes : this.bytes.slice(0, this.offset);
  }
}

/** The size of a geometry's WKB (XY), so that a long line's blob is allocated once. */
function wkbSize(geometry: Geometry): number {
  const line = (positions: Position[]) => 4 + 16 * positions.length;
  switch (geometry.type) {
    case 'Point':
      return 21;
    case 'LineString':
      return 5 + line(geometry.coordinates);
    case 'Polygon':
      return geometry.coordinates.reduce((sum, ring) => sum + line(ring), 9);
    case 'MultiPoint':
      return 9 + 21 * geometry.coordinates.length;
    case 'MultiLineString':
      return geometry.coordinates.reduce((sum, part) => sum + 5 + line(part), 9);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, part) => sum + wkbSize({ type: 'Polygon', coordinates: part }), 9);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, member) => sum + wkbSize(member), 9);
  }
}

function writePositions(writer: Writer, positions: Position[]) {
  writer.u32(positions.length);
  for (const position of positions) {
    writer.f64(position[0] as number);
    writer.f64(position[1] as number);
  }
}

function writeWkb(writer: Writer, geometry: Geometry) {
  writer.u8(1);
  writer.u32(WKB_TYPES[geometry.type]);
  switch (geometry.type) {
    case 'Point':
      writer.f64(geometry.coordinates.length ? (geometry.coordinates[0] as number) : NaN);
      writer.f64(geometry.coordinates.length ? (geometry.coordinates[1] as number) : NaN);
      break;
    case 'LineString':
      writePositions(writer, geometry.coordinates);
      break;
    case 'Polygon':
      writer.u32(geometry.coordinates.length);
      geometry.coordinates.forEach((ring) => writePositions(writer, ring));
      break;
    case 'MultiPoint':
      writer.u32(geometry.coordinates.length);
      geometry.coordinates.forEach((coordinates) => writeWkb(writer, { type: 'Point', coordinates }));
      break;
    case 'MultiLineString':
      writer.u32(geometry.coordinates.length);
      geometry.coordinates.forEach((coordinates) => writeWkb(writer, { type: 'LineString', coordinates }));
      break;
    case 'MultiPolygon':
      writer.u32(geometry.coordinates.length);
      geometry.coordinates.forEach((coordinates) => writeWkb(writer, { type: 'Polygon', coordinates }));
      break;
    case 'GeometryCollection':
      writer.u32(geometry.geometries.length);
      geometry.geometries.forEach((member) => writeWkb(writer, member));
      break;
  }
}

/**
 * Encodes a GeoJSON geometry as a GeoPackage blob. Points carry no envelope (their envelope is
 * the point); every other non-empty geometry carries [minX, maxX, minY, maxY].
 */
export function encodeGeometry(geometry: Geometry, srsId = 4326): Uint8Array {
  if (isPackedLine(geometry)) return encodePackedLine(geometry.packed, srsId);
  const empty = isEmpty(geometry);
  const envelope = empty || geometry.type === 'Point' ? null : envelopeOf(geometry);
  const writer = new Writer(8 + (envelope ? 32 : 0) + wkbSize(geometry));
  // flags: bit 0 little-endian, bits 1-3 envelope kind (1 = XY), bit 4 empty
  writer.u8(0x47);
  writer.u8(0x50);
  writer.u8(0);
  writer.u8(1 | (envelope ? 1 << 1 : 0) | (empty ? 1 << 4 : 0));
  writer.i32(srsId);
  if (envelope) {
    writer.f64(envelope.minX);
    writer.f64(envelope.maxX);
    writer.f64(envelope.minY);
    writer.f64(envelope.maxY);
  }
  writeWkb(writer, geometry);
  return writer.result();
}

/** A packed line (packed-line.ts) as a GeoPackage blob, without its positions as arrays. */
function encodePackedLine(packed: Float64Array, srsId: number): Uint8Array {
  const envelope = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (let at = 0; at < packed.length; at += 2) {
    envelope.minX = Math.min(envelope.minX, packed[at]!);
    envelope.maxX = Math.max(envelope.maxX, packed[at]!);
    envelope.minY = Math.min(envelope.minY, packed[at + 1]!);
    envelope.maxY = Math.max(envelope.maxY, packed[at + 1]!);
  }
  const writer = new Writer(8 + 32 + 9 + 8 * packed.length);
  writer.u8(0x47);
  writer.u8(0x50);
  writer.u8(0);
  writer.u8(1 | (1 << 1));
  writer.i32(srsId);
  for (const value of [envelope.minX, envelope.maxX, envelope.minY, envelope.maxY]) writer.f64(value);
  writer.u8(1);
  writer.u32(WKB_TYPES.LineString);
  writer.u32(packed.length / 2);
  for (let at = 0; at < packed.length; at++) writer.f64(packed[at]!);
  return writer.result();
}

const ENVELOPE_DOUBLES = [0, 4, 6, 6, 8] as const;

interface Header {
  srsId: number;
  empty: boolean;
  envelope: Envelope | null;
  wkbOffset: number;
}

function readHeader(view: DataView): Header {
  if (view.byteLength < 8) throw new GeometryBlobError(`blob of ${view.byteLength} bytes is too short`);
  if (view.getUint8(0) !== 0x47 || view.getUint8(1) !== 0x50) throw new GeometryBlobError('missing "GP" magic');
  const flags = view.getUint8(3);
  if (flags & 0x20) throw new GeometryBlobError('extended geometry types are not supported');
  const littleEndian = (flags & 1) === 1;
  const envelopeKind = (flags >> 1) & 0x07;
  const doubles = ENVELOPE_DOUBLES[envelopeKind as 0 | 1 | 2 | 3 | 4];
  if (doubles === undefined) throw new GeometryBlobError(`invalid envelope indicator ${envelopeKind}`);
  if (view.byteLength < 8 + doubles * 8) throw new GeometryBlobError('blob ends inside its envelope');
  const srsId = view.getInt32(4, littleEndian);
  let envelope: Envelope | null = null;
  if (doubles > 0) {
    envelope = {
      minX: view.getFloat64(8, littleEndian),
      maxX: view.getFloat64(16, littleEndian),
      minY: view.getFloat64(24, littleEndian),
      maxY: view.getFloat64(32, littleEndian),
    };
  }
  return { srsId, empty: (flags & 0x10) !== 0, envelope, wkbOffset: 8 + doubles * 8 };
}

class Reader {
  /** Whether any part carried heights (Z) or measures (M), which are read and dropped. */
  hasZ = false;
  hasM = false;
  constructor(
    private view: DataView,
    public offset: number,
  ) {}
  private need(bytes: number) {
    if (this.offset + bytes > this.view.byteLength) throw new GeometryBlobError('WKB ends early');
  }
  u8() {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }
  u32(littleEndian: boolean) {
    this.need(4);
    const value = this.view.getUint32(this.offset, littleEndian);
    this.offset += 4;
    return value;
  }
  f64(littleEndian: boolean) {
    this.need(8);
    const value = this.view.getFloat64(this.offset, littleEndian);
    this.offset += 8;
    return value;
  }
  count(littleEndian: boolean, minBytesEach: number) {
    const value = this.u32(littleEndian);
    // A count larger than the bytes left can only come from a corrupt blob: refuse before allocating.
    if (value * minBytesEach > this.view.byteLength - this.offset)
      throw new GeometryBlobError(`WKB ends early: a count of ${value} needs more bytes than are left`);
    return value;
  }
}

function readPositions(reader: Reader, littleEndian: boolean, dimensions: number): Position[] {
  const count = reader.count(littleEndian, 8 * dimensions);
  const positions: Position[] = [];
  for (let index = 0; index < count; index++) {
    const x = reader.f64(littleEndian);
    const y = reader.f64(littleEndian);
    for (let extra = 2; extra < dimensions; extra++) reader.f64(littleEndian);
    positions.push([x, y]);
  }
  return positions;
}

function readWkb(reader: Reader, depth = 0): Geometry {
  if (depth > 32) throw new GeometryBlobError('geometry nests too deeply');
  const littleEndian = reader.u8() === 1;
  const rawType = reader.u32(littleEndian);
  // ISO WKB: 1000s add Z, 2000s add M, 3000s add ZM. Extra ordinates are read and dropped.
  const baseType = rawType % 1000;
  const dimensions = rawType >= 3000 ? 4 : rawType >= 1000 ? 3 : 2;
  if (rawType >= 3000 || (rawType >= 1000 && rawType < 2000)) reader.hasZ = true;
  if (rawType >= 2000) reader.hasM = true;
  const name = WKB_NAMES[baseType];
  switch (name) {
    case 'Point': {
      const x = reader.f64(littleEndian);
      const y = reader.f64(littleEndian);
      for (let extra = 2; extra < dimensions; extra++) reader.f64(littleEndian);
      return { type: 'Point', coordinates: Number.isNaN(x) && Number.isNaN(y) ? [] : [x, y] };
    }
    case 'LineString':
      return { type: 'LineString', coordinates: readPositions(reader, littleEndian, dimensions) };
    case 'Polygon': {
      const rings = reader.count(littleEndian, 4);
      const coordinates: Position[][] = [];
      for (let index = 0; index < rings; index++) coordinates.push(readPositions(reader, littleEndian, dimensions));
      return { type: 'Polygon', coordinates };
    }
    case 'MultiPoint':
    case 'MultiLineString':
    case 'MultiPolygon':
    case 'GeometryCollection': {
      const count = reader.count(littleEndian, 5);
      const members: Geometry[] = [];
      for (let index = 0; index < count; index++) members.push(readWkb(reader, depth + 1));
      if (name === 'GeometryCollection') return { type: 'GeometryCollection', geometries: members };
      const memberType = name.slice('Multi'.length);
      if (members.some((member) => member.type !== memberType)) {
        throw new GeometryBlobError(`${name} holds a geometry that is not a ${memberType}`);
      }
      return {
        type: name,
        coordinates: members.map((member) => (member as Exclude<Geometry, GeometryCollection>).coordinates),
      } as Geometry;
    }
    default:
      throw new GeometryBlobError(`unknown WKB geometry type ${rawType}`);
  }
}

function viewOf(blob: Uint8Array): DataView {
  return new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
}

/**
 * The blob's geometry in 2D (heights and measures are read and dropped; `hasZ`/`hasM` say whether
 * there were any) and its SRS id.
 */
export function decodeGeometry(blob: Uint8Array): { geometry: Geometry; srsId: number; hasZ: boolean; hasM: boolean } {
  const view = viewOf(blob);
  const header = readHeader(view);
  const reader = new Reader(view, header.wkbOffset);
  const geometry = readWkb(reader);
  return { geometry, srsId: header.srsId, hasZ: reader.hasZ, hasM: reader.hasM };
}

/**
 * The envelope of a blob, read from its header where present (no WKB parsing), otherwise computed.
 * Null for an empty geometry. Backs the ST_MinX/ST_IsEmpty functions the RTree triggers call.
 */
export function blobEnvelope(blob: Uint8Array): Envelope | null {
  const view = viewOf(blob);
  const header = readHeader(view);
  if (header.empty) return null;
  if (header.envelope) return header.envelope;
  return envelopeOf(readWkb(new Reader(view, header.wkbOffset)));
}
