import type { Document } from '@xmldom/xmldom';
import type { Feature, Geometry } from 'geojson';
import { packedLineString } from '../packed-line.js';
import { NotStreamable } from './geojson-stream.js';
import type { GpxElement } from './gpx-stream.js';
import { documentRows, gpxFeatures, lineInspection } from './read-gpx.js';
import { parseXml } from './read-xml.js';
import { ImportError, type SourceRow } from './source-table.js';
import { rowFromFeature } from './togeojson-rows.js';

// One waypoint, route or track of a GPX file read in pieces (gpx-stream.ts) as its row. Its text
// is parsed as a document of its own inside the file's root tag, and read as readGpx reads the
// whole file. A long route or track arrives as a skeleton (its points read already): togeojson
// reads the skeleton's properties, with two placeholder points so that it makes a feature; the
// geometry and the points left out come from the points as read.

const PLACEHOLDER = {
  trk: '<trkseg><trkpt lat="0" lon="0"/><trkpt lat="0" lon="0"/></trkseg>',
  rte: '<rtept lat="0" lon="0"/><rtept lat="0" lon="0"/>',
};

function parsed(element: GpxElement, text: string, fileName: string): Document {
  try {
    return parseXml(`${element.root}${text}</gpx>`, fileName);
  } catch (error) {
    // Where the file breaks is found by reading it whole (readGpx).
    if (error instanceof ImportError) throw new NotStreamable('a waypoint, route or track is not well-formed');
    throw error;
  }
}

/** Packed positions (x0, y0, x1, y1…) as GeoJSON positions. */
function positionsOf(packed: Float64Array): [number, number][] {
  const positions: [number, number][] = [];
  for (let at = 0; at < packed.length; at += 2) positions.push([packed[at]!, packed[at + 1]!]);
  return positions;
}

/** The element's row; with `propertiesOnly`, a long line's row without its geometry (a first reading). */
export function gpxElementRow(
  element: GpxElement,
  fileName: string,
  counter: { html: number },
  propertiesOnly = false,
): Omit<SourceRow, 'position'> {
  if (!element.segments) {
    const [row] = documentRows(parsed(element, element.text, fileName), counter, element.line - 1);
    if (!row) throw new NotStreamable('an element togeojson does not read');
    return row;
  }
  const tag = element.tag === 'rte' ? 'rte' : 'trk';
  const closing = element.text.lastIndexOf('</');
  const skeleton = `${element.text.slice(0, closing)}${PLACEHOLDER[tag]}${element.text.slice(closing)}`;
  const document = parsed(element, skeleton, fileName);
  const feature = gpxFeatures(document)[0];
  if (!feature) throw new NotStreamable('an element togeojson does not read');
  const valid = element.segments.map((segment) => segment.valid);
  const badLines = element.segments.flatMap((segment) => segment.badLines);
  const { accepted, problem, repairs } = lineInspection(tag, valid, badLines);
  if (!accepted) {
    const name = feature.properties?.name;
    return { properties: name ? { name } : {}, geometry: null, problem, repairs };
  }
  if (propertiesOnly) return rowFromFeature({ ...feature, geometry: null } as unknown as Feature, 'gpx', 0, counter);
  const lines = element.segments
    .filter((segment) => segment.valid >= 2)
    .map((segment) => segment.coordinates.subarray(0, 2 * segment.valid));
  // One segment stays packed to the blob (packed-line.ts); several become parts as usual.
  const geometry: Geometry =
    lines.length === 1 ? packedLineString(lines[0]!) : { type: 'MultiLineString', coordinates: lines.map(positionsOf) };
  const row: Omit<SourceRow, 'position'> = rowFromFeature({ ...(feature as Feature), geometry }, 'gpx', 0, counter);
  // The heights were noted, not kept (gpx-stream.ts): the import says they are left out.
  if (element.segments.some((segment) => segment.heights)) row.ordinates = { z: true };
  return repairs.length > 0 ? { ...row, repairs } : row;
}
