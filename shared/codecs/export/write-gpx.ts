import type { Place, Route } from '../../model/schemas.js';
import { fileLabels, type FileLabel } from '../file-labels.js';
import { stopLocations } from './export-attributes.js';
import type { ExportData, ExportedFile } from './export-data.js';
import { xmlDecimal, xmlText } from './xml-text.js';

// GPX 1.1, written by hand (the format is small and fixed). Places become waypoints (<wpt>:
// name, address as the comment a device shows, description, website, category label as type).
// Each route is written twice: as a <rte> whose points are its stops in order, with their names
// and descriptions (what a navigation device follows and announces), and as a <trk> that follows
// the routed line, with the height of each point when the project has an elevation file (what a
// map or tracking app draws). Quarters and links have no GPX form. Child elements keep the order
// of the GPX 1.1 schema, which strict readers check.

export function writeGpx(data: ExportData): ExportedFile {
  const placesById = new Map(data.places.map((place) => [place.id, place]));
  const label = fileLabels(data.languages?.primary);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Itinera" xmlns="http://www.topografix.com/GPX/1/1"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    `  <metadata>${element('name', data.projectName)}</metadata>`,
  ];
  for (const place of data.places) lines.push(waypoint(place, label));
  // NOTE: the schema wants every <rte> before the first <trk>, so routes are walked twice.
  for (const route of data.routes) {
    lines.push('  <rte>', routeHeading(route, label));
    for (const stop of stopLocations(route, placesById)) {
      const content = element('name', stop.name) + element('desc', stop.description);
      lines.push(`    <rtept ${position(stop.longitude, stop.latitude)}>${content}</rtept>`);
    }
    lines.push('  </rte>');
  }
  for (const route of data.routes) {
    lines.push('  <trk>', routeHeading(route, label), '    <trkseg>');
    const heights = data.routeElevations?.[route.id];
    route.geometry.coordinates.forEach(([longitude, latitude], index) => {
      const height = heights?.[index];
      lines.push(
        height === null || height === undefined
          ? `      <trkpt ${position(longitude, latitude)}/>`
          : `      <trkpt ${position(longitude, latitude)}><ele>${xmlDecimal(height, 1)}</ele></trkpt>`,
      );
    });
    lines.push('    </trkseg>', '  </trk>');
  }
  lines.push('</gpx>', '');
  return { bytes: new TextEncoder().encode(lines.join('\n')), extension: 'gpx', mimeType: 'application/gpx+xml' };
}

function routeHeading(route: Route, label: FileLabel): string {
  const content = element('name', route.name) + element('desc', route.description);
  return `    ${content}${element('type', label('routeMode', route.mode))}`;
}

function waypoint(place: Place, label: FileLabel): string {
  const link = place.website ? `<link href="${xmlText(place.website)}"><text>Website</text></link>` : '';
  const content =
    element('name', place.name) +
    element('cmt', place.address) +
    element('desc', place.description) +
    link +
    element('type', label('category', place.category));
  return `  <wpt ${position(place.longitude, place.latitude)}>${content}</wpt>`;
}

function position(longitude: number, latitude: number): string {
  return `lat="${xmlDecimal(latitude)}" lon="${xmlDecimal(longitude)}"`;
}

/** The element with its text, or nothing for an empty value (GPX elements are all optional). */
function element(name: string, value: string): string {
  return value ? `<${name}>${xmlText(value)}</${name}>` : '';
}
