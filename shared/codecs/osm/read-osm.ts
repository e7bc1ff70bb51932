import { messageRef } from '../../i18n/define-messages.js';
import { osmReadMessages } from '../../i18n/messages/osm-read.js';
import { importReasonMessages } from '../../i18n/messages/transfer-reasons.js';
import { ImportError } from '../import/source-table.js';
import type { OsmVisitor } from './osm-entities.js';
import { readOsmPbf } from './read-osm-pbf.js';
import { readOsmXml } from './read-osm-xml.js';

export type OsmFormat = 'xml' | 'pbf';

/**
 * Which format the (already gunzipped) bytes are, from their first bytes: OSM XML starts with
 * "<" (after a byte-order mark or white space), OSM PBF with a block header naming "OSMHeader".
 */
export function detectOsmFormat(head: Uint8Array): OsmFormat | null {
  let index = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) index = 3;
  while (
    index < head.length &&
    (head[index] === 0x20 || head[index] === 0x0a || head[index] === 0x0d || head[index] === 0x09)
  )
    index++;
  if (head[index] === 0x3c) return 'xml';
  // 4-byte length, then field 1 (type, length-delimited) holding "OSMHeader".
  const text = String.fromCharCode(...head.subarray(6, 15));
  if (head[4] === 0x0a && head[5] === 9 && text === 'OSMHeader') return 'pbf';
  return null;
}

/** Lets the first chunk be looked at and still hands every chunk on. */
async function* withHead(
  iterator: AsyncIterator<Uint8Array>,
  first: IteratorResult<Uint8Array>,
): AsyncIterable<Uint8Array> {
  if (first.done) return;
  yield first.value;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

/**
 * One pass over an OSM extract (XML or PBF, detected from content): every node, way and
 * relation the visitor asks for, in file order (nodes, then ways, then relations).
 */
export async function readOsm(chunks: AsyncIterable<Uint8Array>, visitor: OsmVisitor, fileName: string) {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  // A very small first chunk (a gunzip stream's first bytes) cannot be told apart yet: gather 64 bytes.
  const parts: Uint8Array[] = [];
  let gathered = 0;
  while (!first.done && gathered + first.value.length < 64) {
    parts.push(first.value);
    gathered += first.value.length;
    first = await iterator.next();
  }
  if (parts.length > 0) {
    const rest = first.done ? new Uint8Array(0) : first.value;
    const joined = new Uint8Array(gathered + rest.length);
    let offset = 0;
    for (const part of [...parts, rest]) {
      joined.set(part, offset);
      offset += part.length;
    }
    first = { done: false, value: joined };
  }
  if (first.done || first.value.length === 0)
    throw new ImportError(fileName, null, messageRef(importReasonMessages.empty));
  const format = detectOsmFormat(first.value);
  if (format === null) throw new ImportError(fileName, null, messageRef(osmReadMessages.notOsm));
  const all = withHead(iterator, first);
  if (format === 'xml') await readOsmXml(all, visitor, fileName);
  else await readOsmPbf(all, visitor, fileName);
  return format;
}
