import type { PlaceRecord } from './place-rows.js';

// Places on their way to the bulk insert, in columns: positions in a Float64Array, and every text
// a place stores as UTF-8 in one byte array, each addressed by its start and length. A worker
// thread that reads a file makes these; its arrays are moved (not copied) to the thread that
// writes, which then binds numbers instead of strings: no string is made, converted or collected
// in the writing thread. No SQLite here: the reading worker loads this module.

/** Texts per place, in this order: name, category, sector, description, address, website, tags, custom fields. */
export const BATCH_TEXTS = 8;

export interface PlaceBatch {
  count: number;
  /** longitude, latitude of each place. */
  positions: Float64Array;
  /** The texts, UTF-8. */
  bytes: Uint8Array;
  /** Per text: start in `bytes`, length in bytes; length -1 for null (a place without sector). */
  spans: Int32Array;
  /** Where each place's texts start in `bytes` (count + 1 entries). */
  rowStarts: Int32Array;
  /** 1 for a place with no address, website, tags or fields (most imported places): fewer values to bind. */
  plain: Uint8Array;
  /** Places with translations: index in the batch, and the translations. */
  translations: [number, NonNullable<PlaceRecord['translations']>][];
  /** Places with a uuid from the file (an export of another project): index in the batch, and the uuid. */
  uuids: [number, string][];
}

function isEmpty(object: object): boolean {
  for (const _key in object) return false;
  return true;
}

/** The arrays to move with postMessage. */
export function batchBuffers(batch: PlaceBatch): ArrayBuffer[] {
  return [batch.positions, batch.bytes, batch.spans, batch.rowStarts, batch.plain].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

export function encodePlaces(records: readonly PlaceRecord[]): PlaceBatch {
  const count = records.length;
  const positions = new Float64Array(count * 2);
  const spans = new Int32Array(count * BATCH_TEXTS * 2);
  const rowStarts = new Int32Array(count + 1);
  const plain = new Uint8Array(count);
  const translations: PlaceBatch['translations'] = [];
  const uuids: PlaceBatch['uuids'] = [];
  let bytes = Buffer.from(new ArrayBuffer(64 * 1024));
  let length = 0;
  const texts = new Array<string | null>(BATCH_TEXTS);
  for (let index = 0; index < count; index++) {
    const record = records[index]!;
    positions[index * 2] = record.longitude;
    positions[index * 2 + 1] = record.latitude;
    texts[0] = record.name;
    texts[1] = record.category;
    texts[2] = record.sector;
    texts[3] = record.description;
    texts[4] = record.address;
    texts[5] = record.website;
    const noFields = isEmpty(record.customFields);
    texts[6] = record.tags.length === 0 ? '[]' : JSON.stringify(record.tags);
    texts[7] = noFields ? '{}' : JSON.stringify(record.customFields);
    plain[index] = record.address === '' && record.website === '' && record.tags.length === 0 && noFields ? 1 : 0;
    rowStarts[index] = length;
    for (let slot = 0; slot < BATCH_TEXTS; slot++) {
      const text = texts[slot];
      const at = (index * BATCH_TEXTS + slot) * 2;
      spans[at] = length;
      if (text === null || text === undefined) {
        spans[at + 1] = -1;
        continue;
      }
      // NOTE: a UTF-16 code unit is at most 3 bytes of UTF-8.
      if (length + text.length * 3 > bytes.length) {
        const grown = Buffer.from(new ArrayBuffer(Math.max(bytes.length * 2, length + text.length * 3)));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
      const written = text.length === 0 ? 0 : bytes.write(text, length);
      spans[at + 1] = written;
      length += written;
    }
    if (record.translations) translations.push([index, record.translations]);
    if (record.uuid !== undefined) uuids.push([index, record.uuid]);
  }
  rowStarts[count] = length;
  return {
    count,
    positions,
    bytes: new Uint8Array(bytes.buffer, 0, length),
    spans,
    rowStarts,
    plain,
    translations,
    uuids,
  };
}
