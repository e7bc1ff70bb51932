import { unzlibSync } from 'fflate';
import { messageRef, type MessageDescriptor, type MessageValues } from '../../i18n/define-messages.js';
import { osmPbfMessages, osmPbfProblemMessages as problems } from '../../i18n/messages/osm-read-pbf.js';
import { osmWhereMessages } from '../../i18n/messages/osm-read.js';
import { importReasonMessages } from '../../i18n/messages/transfer-reasons.js';
import { excerpt, ImportError } from '../import/source-table.js';
import type { OsmMember, OsmTags, OsmType, OsmVisitor } from './osm-entities.js';
import {
  decodeUtf8,
  ProtobufError,
  ProtobufReader,
  readInt64,
  readSint,
  readVarint,
  WIRE_BYTES,
} from './protobuf-reader.js';

// A streaming reader for OSM PBF (https://wiki.openstreetmap.org/wiki/PBF_Format): the file is
// a sequence of (4-byte big-endian length, BlobHeader, Blob); each Blob holds one zlib-compressed
// block (an OSMHeader first, then PrimitiveBlocks of nodes, dense nodes, ways and relations).
// One block at a time is in memory. Blocks are at most 32 MiB by the specification; a larger
// declared size is refused before anything is allocated.
// NOTE: PBF has no end marker: a file cut exactly between two blocks reads as a shorter, valid
// extract. Any other cut (almost all of them) is reported as truncated.

const MAX_HEADER_BYTES = 64 * 1024;
const MAX_BLOB_BYTES = 32 * 1024 * 1024;
const SUPPORTED_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes', 'Sort.Type_then_ID', 'Sort.Geographic']);
const MEMBER_TYPES: readonly OsmType[] = ['node', 'way', 'relation'];

/** Bytes from an async iterable of chunks, taken in exact amounts. */
class ChunkQueue {
  private chunks: Uint8Array[] = [];
  private available = 0;
  private iterator: AsyncIterator<Uint8Array>;
  offset = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Exactly `count` bytes, or fewer if the source ends first. */
  async take(count: number): Promise<Uint8Array> {
    while (this.available < count) {
      const next = await this.iterator.next();
      if (next.done) break;
      if (next.value.length === 0) continue;
      this.chunks.push(next.value);
      this.available += next.value.length;
    }
    const length = Math.min(count, this.available);
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const chunk = this.chunks[0]!;
      const part = Math.min(chunk.length, length - filled);
      out.set(chunk.subarray(0, part), filled);
      filled += part;
      if (part === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(part);
    }
    this.available -= length;
    this.offset += length;
    return out;
  }
}

interface BlobHeader {
  type: string;
  dataSize: number;
}

function readBlobHeader(bytes: Uint8Array): BlobHeader {
  const reader = new ProtobufReader(bytes);
  let type = '';
  let dataSize = -1;
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1 && wire === WIRE_BYTES) type = decodeUtf8(reader.bytesField());
    else if (field === 3) dataSize = reader.varint();
    else reader.skip(wire);
  }
  if (!type || dataSize < 0) throw new ProtobufError(problems.blockHeaderIncomplete);
  return { type, dataSize };
}

/** The uncompressed content of a Blob. */
function readBlob(bytes: Uint8Array): Uint8Array {
  const reader = new ProtobufReader(bytes);
  let raw: Uint8Array | null = null;
  let rawSize = -1;
  let zlib: Uint8Array | null = null;
  let other = '';
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1) raw = reader.bytesField();
    else if (field === 2) rawSize = reader.varint();
    else if (field === 3) zlib = reader.bytesField();
    else if (field >= 4 && field <= 7) {
      other = ['lzma', 'bzip2', 'lz4', 'zstd'][field - 4]!;
      reader.skip(wire);
    } else reader.skip(wire);
  }
  if (raw) return raw;
  if (zlib) {
    if (rawSize < 0 || rawSize >= MAX_BLOB_BYTES) throw new ProtobufError(problems.declaredSize, { bytes: rawSize });
    let out: Uint8Array;
    try {
      // One byte of room more than declared: fflate stops at a full buffer, so a block larger than
      // it claims shows up as one byte too many instead of being cut silently.
      out = unzlibSync(zlib, { out: new Uint8Array(rawSize + 1) });
    } catch (error) {
      throw new ProtobufError(problems.notDecompressed, { detail: excerpt((error as Error).message, 120) });
    }
    if (out.length !== rawSize)
      throw new ProtobufError(problems.sizeMismatch, { actual: out.length, declared: rawSize });
    return out;
  }
  if (other) throw new ProtobufError(problems.compression, { compression: other });
  throw new ProtobufError(problems.noData);
}

function checkHeader(bytes: Uint8Array): void {
  const reader = new ProtobufReader(bytes);
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 4 && wire === WIRE_BYTES) {
      const feature = decodeUtf8(reader.bytesField());
      if (!SUPPORTED_FEATURES.has(feature))
        throw new ProtobufError(problems.unsupportedFeature, { feature: excerpt(feature) });
    } else reader.skip(wire);
  }
}

interface Block {
  strings: string[];
  granularity: number;
  latOffset: number;
  lonOffset: number;
}

function tagsOf(keys: number[], values: number[], strings: string[]): OsmTags {
  const tags: OsmTags = {};
  if (keys.length !== values.length) throw new ProtobufError(problems.unequalTags);
  for (let index = 0; index < keys.length; index++) {
    const key = strings[keys[index]!];
    const value = strings[values[index]!];
    if (key === undefined || value === undefined) throw new ProtobufError(problems.tagOutsideStrings);
    tags[key] = value;
  }
  return tags;
}

function readPrimitiveBlock(bytes: Uint8Array, visitor: OsmVisitor): void {
  // Fields may come in any order; the groups need the string table and offsets first.
  const reader = new ProtobufReader(bytes);
  const block: Block = { strings: [], granularity: 100, latOffset: 0, lonOffset: 0 };
  const groups: ProtobufReader[] = [];
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1 && wire === WIRE_BYTES) {
      const table = reader.nested();
      while (!table.done) {
        const [tableField, tableWire] = table.key();
        if (tableField === 1 && tableWire === WIRE_BYTES) block.strings.push(decodeUtf8(table.bytesField()));
        else table.skip(tableWire);
      }
    } else if (field === 2 && wire === WIRE_BYTES) groups.push(reader.nested());
    else if (field === 17) block.granularity = reader.varint();
    else if (field === 19) block.latOffset = reader.int64();
    else if (field === 20) block.lonOffset = reader.int64();
    else reader.skip(wire);
  }
  for (const group of groups) {
    while (!group.done) {
      const [field, wire] = group.key();
      if (field === 1 && wire === WIRE_BYTES && visitor.node) readNode(group.nested(), block, visitor);
      else if (field === 2 && wire === WIRE_BYTES && visitor.node) readDenseNodes(group.nested(), block, visitor);
      else if (field === 3 && wire === WIRE_BYTES && visitor.way) readWay(group.nested(), block, visitor);
      else if (field === 4 && wire === WIRE_BYTES && visitor.relation) readRelation(group.nested(), block, visitor);
      else group.skip(wire);
    }
  }
}

const coordinate = (value: number, offset: number, block: Block) => 1e-9 * (offset + block.granularity * value);

function readNode(reader: ProtobufReader, block: Block, visitor: OsmVisitor): void {
  let id = 0;
  let lat = 0;
  let lon = 0;
  const keys: number[] = [];
  const values: number[] = [];
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1) id = reader.sint();
    else if (field === 2) reader.packed(wire, readVarint, keys);
    else if (field === 3) reader.packed(wire, readVarint, values);
    else if (field === 8) lat = reader.sint();
    else if (field === 9) lon = reader.sint();
    else reader.skip(wire);
  }
  visitor.node!({
    type: 'node',
    id,
    latitude: coordinate(lat, block.latOffset, block),
    longitude: coordinate(lon, block.lonOffset, block),
    tags: tagsOf(keys, values, block.strings),
  });
}

function readDenseNodes(reader: ProtobufReader, block: Block, visitor: OsmVisitor): void {
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const keysValues: number[] = [];
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1) reader.packed(wire, readSint, ids);
    else if (field === 8) reader.packed(wire, readSint, lats);
    else if (field === 9) reader.packed(wire, readSint, lons);
    else if (field === 10) reader.packed(wire, readVarint, keysValues);
    else reader.skip(wire);
  }
  if (lats.length !== ids.length || lons.length !== ids.length) throw new ProtobufError(problems.unequalDenseNodes);
  let id = 0;
  let lat = 0;
  let lon = 0;
  let cursor = 0;
  for (let index = 0; index < ids.length; index++) {
    id += ids[index]!;
    lat += lats[index]!;
    lon += lons[index]!;
    const tags: OsmTags = {};
    // keys_vals: key, value, key, value, ..., 0 per node (empty when no node has tags).
    while (cursor < keysValues.length) {
      const key = keysValues[cursor++]!;
      if (key === 0) break;
      const value = keysValues[cursor++];
      const keyText = block.strings[key];
      const valueText = value === undefined ? undefined : block.strings[value];
      if (keyText === undefined || valueText === undefined) throw new ProtobufError(problems.tagOutsideStrings);
      tags[keyText] = valueText;
    }
    visitor.node!({
      type: 'node',
      id,
      latitude: coordinate(lat, block.latOffset, block),
      longitude: coordinate(lon, block.lonOffset, block),
      tags,
    });
  }
}

function readWay(reader: ProtobufReader, block: Block, visitor: OsmVisitor): void {
  let id = 0;
  const keys: number[] = [];
  const values: number[] = [];
  const deltas: number[] = [];
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1) id = reader.int64();
    else if (field === 2) reader.packed(wire, readVarint, keys);
    else if (field === 3) reader.packed(wire, readVarint, values);
    else if (field === 8) reader.packed(wire, readSint, deltas);
    else reader.skip(wire);
  }
  let ref = 0;
  const refs = deltas.map((delta) => (ref += delta));
  visitor.way!({ type: 'way', id, refs, tags: tagsOf(keys, values, block.strings) });
}

function readRelation(reader: ProtobufReader, block: Block, visitor: OsmVisitor): void {
  let id = 0;
  const keys: number[] = [];
  const values: number[] = [];
  const roles: number[] = [];
  const memberIds: number[] = [];
  const types: number[] = [];
  while (!reader.done) {
    const [field, wire] = reader.key();
    if (field === 1) id = reader.int64();
    else if (field === 2) reader.packed(wire, readVarint, keys);
    else if (field === 3) reader.packed(wire, readVarint, values);
    else if (field === 8) reader.packed(wire, readInt64, roles);
    else if (field === 9) reader.packed(wire, readSint, memberIds);
    else if (field === 10) reader.packed(wire, readVarint, types);
    else reader.skip(wire);
  }
  if (roles.length !== memberIds.length || types.length !== memberIds.length)
    throw new ProtobufError(problems.unequalMembers);
  let ref = 0;
  const members: OsmMember[] = memberIds.map((delta, index) => {
    ref += delta;
    const type = MEMBER_TYPES[types[index]!];
    const role = block.strings[roles[index]!];
    if (type === undefined || role === undefined) throw new ProtobufError(problems.malformedMember);
    return { type, ref, role };
  });
  visitor.relation!({ type: 'relation', id, members, tags: tagsOf(keys, values, block.strings) });
}

/**
 * Reads OSM PBF from chunks and hands each node, way and relation to the visitor (only the
 * kinds the visitor asks for are decoded). Throws an ImportError naming the byte offset for a
 * truncated or damaged file.
 */
export async function readOsmPbf(chunks: AsyncIterable<Uint8Array>, visitor: OsmVisitor, fileName: string) {
  const queue = new ChunkQueue(chunks);
  let blocks = 0;
  for (;;) {
    const start = queue.offset;
    const fail: (descriptor: MessageDescriptor, values?: MessageValues) => never = (descriptor, values) => {
      const where = messageRef(osmWhereMessages.block, { offset: start, block: blocks + 1 });
      throw new ImportError(fileName, where, messageRef(descriptor, values));
    };
    const lengthBytes = await queue.take(4);
    if (lengthBytes.length === 0) break;
    if (lengthBytes.length < 4) fail(osmPbfMessages.endsInsideBlockHeader);
    const headerLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0);
    if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) fail(osmPbfMessages.headerSize, { bytes: headerLength });
    const headerBytes = await queue.take(headerLength);
    if (headerBytes.length < headerLength) fail(osmPbfMessages.endsInsideBlockHeader);
    try {
      const header = readBlobHeader(headerBytes);
      if (header.dataSize > MAX_BLOB_BYTES) fail(osmPbfMessages.blockTooLarge, { bytes: header.dataSize });
      const blobBytes = await queue.take(header.dataSize);
      if (blobBytes.length < header.dataSize) fail(osmPbfMessages.endsInsideBlock);
      const content = readBlob(blobBytes);
      if (blocks === 0 && header.type !== 'OSMHeader') fail(osmPbfMessages.noOsmHeader);
      if (header.type === 'OSMHeader') checkHeader(content);
      else if (header.type === 'OSMData') readPrimitiveBlock(content, visitor);
      // Other block types are allowed by the format and skipped.
    } catch (error) {
      if (error instanceof ProtobufError) fail(osmPbfMessages.damaged, { problem: error.detail });
      throw error;
    }
    blocks++;
  }
  if (blocks === 0) throw new ImportError(fileName, null, messageRef(importReasonMessages.empty));
}
