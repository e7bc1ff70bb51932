import type { AttributeValue } from './export-attributes.js';

// A dBase III table (the .dbf of a shapefile) with UTF-8 text; the shapefile's .cpg says so.
// NOTE: written here rather than by @mapbox/shp-write's `dbf` dependency, which stores each
// UTF-16 code unit as one byte (so "ü" arrives as Latin-1 and "ő" or "€" as garbage), sizes
// every text field at 254 bytes and types a column by its last non-null value.
// Limits of the format, not of this writer: field names of at most 10 ASCII characters (the
// caller chooses them), text values of at most 254 bytes (longer ones are cut at a character
// boundary), numbers of at most 20 characters.

export interface DbfColumn {
  /** At most 10 ASCII characters, unique ignoring case. */
  name: string;
  /** The attribute each row holds for this column. */
  key: string;
}

const MAX_TEXT_BYTES = 254;
const MAX_NUMBER_WIDTH = 20;
const MAX_DECIMALS = 15;

type FieldType = 'C' | 'N' | 'L';

interface Field {
  name: string;
  key: string;
  type: FieldType;
  width: number;
  decimals: number;
  /** The bytes of one value, exactly `width` long. */
  encode: (value: AttributeValue | undefined) => Uint8Array;
}

const encoder = new TextEncoder();

export function writeDbf(
  columns: readonly DbfColumn[],
  rows: readonly Record<string, AttributeValue>[],
  updated: Date,
): Uint8Array {
  const fields = columns.map((column) =>
    planField(
      column,
      rows.map((row) => row[column.key]),
    ),
  );
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, field) => sum + field.width, 0);
  const bytes = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 0x03);
  view.setUint8(1, updated.getUTCFullYear() - 1900);
  view.setUint8(2, updated.getUTCMonth() + 1);
  view.setUint8(3, updated.getUTCDate());
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((field, index) => {
    const offset = 32 + 32 * index;
    for (let position = 0; position < field.name.length && position < 10; position++) {
      bytes[offset + position] = field.name.charCodeAt(position) & 0x7f;
    }
    bytes[offset + 11] = field.type.charCodeAt(0);
    bytes[offset + 16] = field.width;
    bytes[offset + 17] = field.decimals;
  });
  bytes[headerLength - 1] = 0x0d;
  let offset = headerLength;
  for (const row of rows) {
    bytes[offset++] = 0x20; // not deleted
    for (const field of fields) {
      bytes.set(field.encode(row[field.key]), offset);
      offset += field.width;
    }
  }
  bytes[offset] = 0x1a;
  return bytes;
}

function planField(column: DbfColumn, values: (AttributeValue | undefined)[]): Field {
  const present = values.filter((value): value is string | number | boolean => value !== null && value !== undefined);
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) {
    return {
      ...column,
      type: 'L',
      width: 1,
      decimals: 0,
      encode: (value) => encoder.encode(value === true ? 'T' : value === false ? 'F' : '?'),
    };
  }
  if (present.length > 0 && present.every((value) => typeof value === 'number')) {
    const decimals = Math.min(MAX_DECIMALS, Math.max(0, ...present.map(fractionDigits)));
    const texts = present.map((value) => value.toFixed(decimals));
    const width = Math.max(1, ...texts.map((text) => text.length));
    if (width <= MAX_NUMBER_WIDTH) {
      return {
        ...column,
        type: 'N',
        width,
        decimals,
        encode: (value) =>
          encoder.encode((typeof value === 'number' ? value.toFixed(decimals) : '').padStart(width, ' ')),
      };
    }
  }
  const texts = present.map((value) => truncateUtf8(encoder.encode(String(value)), MAX_TEXT_BYTES));
  const width = Math.max(1, ...texts.map((text) => text.length));
  return {
    ...column,
    type: 'C',
    width,
    decimals: 0,
    encode: (value) => {
      const field = new Uint8Array(width).fill(0x20);
      if (value !== null && value !== undefined) field.set(truncateUtf8(encoder.encode(String(value)), width));
      return field;
    },
  };
}

/** Digits after the point in the shortest text that reads back as the same number. */
function fractionDigits(value: number): number {
  const text = String(value);
  const exponent = /e([+-]\d+)$/.exec(text);
  const mantissa = exponent ? text.slice(0, exponent.index) : text;
  const digits = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
  return Math.max(0, digits - (exponent ? Number(exponent[1]) : 0));
}

/** The longest prefix of at most `limit` bytes that does not split a UTF-8 sequence. */
function truncateUtf8(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}
