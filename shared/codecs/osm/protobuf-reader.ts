import { messageRef, type MessageDescriptor, type MessageValues } from '../../i18n/define-messages.js';
import { MessageError } from '../../i18n/message-error.js';
import { osmPbfProblemMessages } from '../../i18n/messages/osm-read-pbf.js';

// The little of Protocol Buffers that OSM PBF needs: varints (to 2^53, far beyond OSM's ids),
// zigzag, length-delimited fields and packed repeated integers. Every read is bounds-checked:
// a damaged block raises a ProtobufError instead of reading garbage.

/** What is wrong inside a block, as a message (messages/osm-read-pbf.ts); `message` is the English text. */
export class ProtobufError extends MessageError {
  constructor(descriptor: MessageDescriptor, values?: MessageValues) {
    super(messageRef(descriptor, values));
    this.name = 'ProtobufError';
  }
}

const problems = osmPbfProblemMessages;

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

export class ProtobufReader {
  position: number;
  readonly end: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
  ) {
    this.position = start;
    this.end = end;
  }

  get done(): boolean {
    return this.position >= this.end;
  }

  /** Reads a field key; returns [field number, wire type]. */
  key(): [number, number] {
    const key = this.varint();
    return [Math.floor(key / 8), key % 8];
  }

  varint(): number {
    let result = 0;
    let multiplier = 1;
    for (let shift = 0; shift < 64; shift += 7) {
      if (this.position >= this.end) throw new ProtobufError(problems.numberPastEnd);
      const byte = this.bytes[this.position++]!;
      result += (byte & 0x7f) * multiplier;
      if (byte < 0x80) {
        if (result > Number.MAX_SAFE_INTEGER) throw new ProtobufError(problems.numberTooLarge);
        return result;
      }
      multiplier *= 128;
    }
    throw new ProtobufError(problems.numberTooLong);
  }

  /** A varint as a signed 64-bit int (int64/int32: negatives are ten-byte two's complement). */
  int64(): number {
    const value = this.varintAllowingLarge();
    // NOTE: a negative int64 is exact only for small magnitudes; OSM's int64 fields are ids (positive).
    return value >= 2 ** 63 ? value - 2 ** 64 : value;
  }

  /** A zigzag-encoded sint32/sint64. */
  sint(): number {
    const value = this.varint();
    return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
  }

  /** A length-delimited field: the reader's bounds of its bytes, then skips past them. */
  bytesRange(): [number, number] {
    const length = this.varint();
    const start = this.position;
    if (length > this.end - start) throw new ProtobufError(problems.fieldPastEnd);
    this.position = start + length;
    return [start, start + length];
  }

  bytesField(): Uint8Array {
    const [start, end] = this.bytesRange();
    return this.bytes.subarray(start, end);
  }

  /** A reader over a length-delimited field (a nested message or a packed array). */
  nested(): ProtobufReader {
    const [start, end] = this.bytesRange();
    return new ProtobufReader(this.bytes, start, end);
  }

  skip(wireType: number): void {
    if (wireType === WIRE_VARINT) this.varintAllowingLarge();
    else if (wireType === WIRE_FIXED64) this.advance(8);
    else if (wireType === WIRE_BYTES) this.bytesRange();
    else if (wireType === WIRE_FIXED32) this.advance(4);
    else throw new ProtobufError(problems.unknownWireType, { type: wireType });
  }

  /** Packed repeated varints (or a single unpacked one), appended to `into`. */
  packed(wireType: number, read: (reader: ProtobufReader) => number, into: number[]): number[] {
    if (wireType !== WIRE_BYTES) {
      into.push(read(this));
      return into;
    }
    const inner = this.nested();
    while (!inner.done) into.push(read(inner));
    return into;
  }

  private advance(count: number): void {
    if (count > this.end - this.position) throw new ProtobufError(problems.fieldPastEnd);
    this.position += count;
  }

  /** Like varint(), but lets values up to 2^64 through (inexactly): for skipping and int64. */
  private varintAllowingLarge(): number {
    let result = 0;
    let multiplier = 1;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.position >= this.end) throw new ProtobufError(problems.numberPastEnd);
      const byte = this.bytes[this.position++]!;
      result += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return result;
      multiplier *= 128;
    }
    throw new ProtobufError(problems.numberTooLong);
  }
}

export const readVarint = (reader: ProtobufReader) => reader.varint();
export const readSint = (reader: ProtobufReader) => reader.sint();
export const readInt64 = (reader: ProtobufReader) => reader.int64();

/** UTF-8 text of a bytes field. */
const utf8 = new TextDecoder('utf-8');
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
