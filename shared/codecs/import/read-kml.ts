import { kml } from '@tmcw/togeojson';
import type { FeatureCollection } from 'geojson';
import { parseRootedXml } from './read-xml.js';
import { safeUnzip } from './safe-unzip.js';
import { decodeText } from './text-decoding.js';
import { htmlNote, rowFromFeature } from './togeojson-rows.js';
import { collectColumns, ImportError, inferNumericColumns, type SourceTable } from './source-table.js';
import { messageRef as ref } from '../../i18n/define-messages.js';
import { importNoteMessages as note } from '../../i18n/messages/import-notes.js';
import { importReasonMessages as reason } from '../../i18n/messages/transfer-reasons.js';

const stem = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

export function readKml(bytes: Uint8Array, fileName: string): SourceTable {
  const document = parseRootedXml(decodeText(bytes, fileName).text, fileName, 'kml');
  if (!document) throw new ImportError(fileName, null, ref(reason.notKml, { element: '<kml>' }));
  const collection = kml(document as unknown as Parameters<typeof kml>[0]) as FeatureCollection;
  const counter = { html: 0 };
  const rows = collection.features.map((feature, index) => rowFromFeature(feature, 'kml', index + 1, counter));
  const columns = collectColumns(rows, fileName);
  inferNumericColumns(rows, columns);
  // A KML without placemarks is valid; say so rather than import nothing without a word.
  const notes = [...htmlNote(counter.html), ...(rows.length === 0 ? [ref(note.noPlacemarks)] : [])];
  return { format: 'kml', layer: stem(fileName), columns, rows, notes };
}

export function readKmz(bytes: Uint8Array, fileName: string): SourceTable {
  const entries = safeUnzip(bytes, fileName, (name) => /\.kml$/i.test(name));
  const mainName = entries.has('doc.kml') ? 'doc.kml' : [...entries.keys()][0];
  if (!mainName) throw new ImportError(fileName, null, ref(reason.noKml));
  // GDAL's LIBKML driver (and Google Earth) put layers in files that doc.kml links to.
  const mainText = decodeText(entries.get(mainName) as Uint8Array, fileName).text;
  const linked = [...mainText.matchAll(/<(?:\w+:)?href>\s*([^<\s]+\.kml)\s*<\/(?:\w+:)?href>/gi)]
    .map((match) => (match[1] as string).replace(/^\.\//, ''))
    .filter((name) => entries.has(name));
  const parts = (linked.length > 0 ? linked : [mainName]).map((name) =>
    readKml(entries.get(name) as Uint8Array, `${fileName} (${name})`),
  );
  const rows = parts.flatMap((part) => part.rows).map((row, index) => ({ ...row, position: index + 1 }));
  const html = parts.reduce(
    (sum, part) => sum + Number(part.notes.find((n) => n.id === note.htmlDescriptions.id)?.values?.count ?? 0),
    0,
  );
  const notes = [...htmlNote(html), ...(rows.length === 0 ? [ref(note.noPlacemarks)] : [])];
  return { format: 'kmz', layer: stem(fileName), columns: collectColumns(rows, fileName), rows, notes };
}
