import type { Link, Place, Quarter, Route } from '../../model/schemas.js';

// What every export writer receives: the (filtered) project content, already read from the
// store. Writers are pure: data in, bytes out; the backend writes the bytes to disk atomically.

export const EXPORT_FORMATS = ['geojson', 'csv', 'kml', 'gpx', 'shp', 'gpkg', 'fgb', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportData {
  projectName: string;
  places: Place[];
  quarters: Quarter[];
  routes: Route[];
  links: Link[];
}

export interface ExportOptions {
  /** CSV only: geometry as a WKT column (default) or as longitude/latitude columns (points only). */
  csvGeometry?: 'wkt' | 'lonlat';
}

export interface ExportedFile {
  bytes: Uint8Array;
  /** File name extension, without the dot (a zipped shapefile is "zip"). */
  extension: string;
  mimeType: string;
}
