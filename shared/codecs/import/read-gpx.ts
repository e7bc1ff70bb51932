import { gpx } from '@tmcw/togeojson';
import type { Document, Element } from '@xmldom/xmldom';
import type { Feature, FeatureCollection } from 'geojson';
import { parseRootedXml } from './read-xml.js';
import { decodeText } from './text-decoding.js';
import { htmlNote, rowFromFeature } from './togeojson-rows.js';
import {
  collectColumns,
  excerpt,
  ImportError,
  inferNumericColumns,
  type SourceRow,
  type SourceTable,
} from './source-table.js';
import { messageRef as ref, type MessageRef } from '../../i18n/define-messages.js';
import { importRepairMessages as repair } from '../../i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../i18n/messages/import-rows.js';
import { importReasonMessages as reason } from '../../i18n/messages/transfer-reasons.js';

// GPX: waypoints, routes and tracks, converted by togeojson, which silently leaves out what it
// cannot read: a waypoint without a valid position, a route or track with fewer than two, single
// points of a line. Each element is walked here as togeojson walks it, so that every waypoint,
// route and track the file holds is a row (in the file's order), imported or skipped with why,
// and a line that lost points says so.

const stem = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
const lineOf = (element: Element, offset = 0) =>
  ((element as unknown as { lineNumber?: number }).lineNumber ?? 0) + offset;
const columnOf = (element: Element) => (element as unknown as { columnNumber?: number }).columnNumber ?? 0;
const children = (element: Element, name: string) => Array.from(element.getElementsByTagName(name));
const hasPosition = (point: Element) =>
  !Number.isNaN(Number.parseFloat(point.getAttribute('lon') || '')) &&
  !Number.isNaN(Number.parseFloat(point.getAttribute('lat') || ''));

interface Inspection {
  /** Whether togeojson made a feature of it. */
  accepted: boolean;
  problem?: MessageRef;
  repairs: MessageRef[];
}

function badPoint(point: Element, offset: number): MessageRef {
  return ref(rowMessage.gpxBadPoint, {
    latitude: excerpt(point.getAttribute('lat') ?? '', 40),
    longitude: excerpt(point.getAttribute('lon') ?? '', 40),
    line: String(lineOf(point, offset)),
  });
}

/** The points of a route or track segment: how many are usable, and the first that is not. */
function linePoints(points: Element[]) {
  const bad = points.filter((point) => !hasPosition(point));
  return { valid: points.length - bad.length, bad };
}

function inspect(element: Element, tag: 'trk' | 'rte' | 'wpt', offset: number): Inspection {
  if (tag === 'wpt')
    return hasPosition(element)
      ? { accepted: true, repairs: [] }
      : { accepted: false, problem: badPoint(element, offset), repairs: [] };
  const segments =
    tag === 'rte' ? [children(element, 'rtept')] : children(element, 'trkseg').map((s) => children(s, 'trkpt'));
  const checked = segments.map(linePoints);
  return lineInspection(
    tag,
    checked.map((segment) => segment.valid),
    checked.flatMap((segment) => segment.bad).map((point) => lineOf(point, offset)),
  );
}

/** A route or track whose segments have `valid` usable points each; `badLines`: where the others are. */
export function lineInspection(tag: 'trk' | 'rte', valid: number[], badLines: number[]): Inspection {
  const kept = valid.filter((count) => count >= 2).length;
  const repairs: MessageRef[] = [];
  if (badLines.length > 0)
    repairs.push(ref(repair.pointsLeftOut, { count: badLines.length, line: String(badLines[0]) }));
  const dropped = valid.length - kept;
  if (tag === 'trk' && dropped > 0 && kept > 0) repairs.push(ref(repair.segmentsLeftOut, { count: dropped }));
  if (kept === 0) return { accepted: false, problem: ref(rowMessage.lineTooShort), repairs };
  return { accepted: true, repairs };
}

/**
 * Points a GPX import reads at most. The file is read whole into a document (togeojson's way),
 * about 3 KB of memory per point: 250,000 points take under a gigabyte. A route guide needs a
 * few thousand; a longer recording can be thinned first (GPSBabel's `simplify` filter).
 */
export const MAX_GPX_POINTS = 250_000;

/** Counts the file's points (`<wpt`, `<rtept`, `<trkpt`) before any is parsed, up to one past the limit. */
function countPoints(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf('<', 0); at >= 0 && count <= limit; at = text.indexOf('<', at + 1)) {
    if (text.startsWith('wpt', at + 1) || text.startsWith('rtept', at + 1) || text.startsWith('trkpt', at + 1)) {
      const after = text.charCodeAt(at + (text[at + 1] === 'w' ? 4 : 6));
      // A whole element name: followed by a space, a slash or the end of the tag.
      if (after === 32 || after === 9 || after === 10 || after === 13 || after === 47 || after === 62) count++;
    }
  }
  return count;
}

export function readGpx(bytes: Uint8Array, fileName: string, maxPoints = MAX_GPX_POINTS): SourceTable {
  const text = decodeText(bytes, fileName).text;
  if (countPoints(text, maxPoints) > maxPoints)
    throw new ImportError(fileName, null, ref(reason.tooManyGpxPoints, { maximum: maxPoints }));
  const document = parseRootedXml(text, fileName, 'gpx');
  if (!document) throw new ImportError(fileName, null, ref(reason.notGpx, { element: '<gpx>' }));
  const counter = { html: 0 };
  const rows: SourceRow[] = documentRows(document, counter, 0).map((row, index) => ({ ...row, position: index + 1 }));
  const columns = collectColumns(rows, fileName);
  inferNumericColumns(rows, columns);
  return { format: 'gpx', layer: gpxLayer(fileName), columns, rows, notes: htmlNote(counter.html) };
}

/**
 * togeojson's features of a GPX document. The extensions of route and track points (heart rate,
 * cadence, temperature) are removed first: togeojson would copy the last point's values into the
 * route's or track's attributes, which GDAL's routes and tracks layers do not do.
 */
export function gpxFeatures(document: Document): Feature[] {
  for (const tag of ['trkpt', 'rtept'])
    for (const point of children(document.documentElement as Element, tag))
      for (const child of Array.from(point.childNodes))
        if (child.nodeType === 1 && (child.nodeName === 'extensions' || child.nodeName.includes(':')))
          point.removeChild(child);
  return (gpx(document as unknown as Parameters<typeof gpx>[0]) as FeatureCollection).features;
}

export const gpxLayer = (fileName: string) => stem(fileName);

/**
 * The document's waypoints, routes and tracks as rows, in the file's order; `offset`: lines
 * before the document's first (a part of a file read in pieces).
 */
export function documentRows(
  document: Document,
  counter: { html: number },
  offset: number,
): Omit<SourceRow, 'position'>[] {
  const features = gpxFeatures(document);
  let next = 0;
  const entries: { element: Element; row: Omit<SourceRow, 'position'> }[] = [];
  // togeojson's order: tracks, then routes, then waypoints.
  for (const tag of ['trk', 'rte', 'wpt'] as const) {
    for (const element of children(document.documentElement as Element, tag)) {
      const { accepted, problem, repairs } = inspect(element, tag, offset);
      if (accepted) {
        const row = rowFromFeature(features[next++] as Feature, 'gpx', 0, counter);
        entries.push({ element, row: repairs.length > 0 ? { ...row, repairs } : row });
      } else {
        const name = children(element, 'name')[0]?.textContent ?? undefined;
        entries.push({ element, row: { properties: name ? { name } : {}, geometry: null, problem, repairs } });
      }
    }
  }
  entries.sort((a, b) => lineOf(a.element) - lineOf(b.element) || columnOf(a.element) - columnOf(b.element));
  return entries.map((entry) => entry.row);
}
