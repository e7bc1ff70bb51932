import type { Attachment } from '../../model/attachment-schemas.js';
import type {
  ClusterEvent,
  ContentLanguages,
  CustomFieldDefinition,
  Group,
  Link,
  Place,
  Quarter,
  Route,
} from '../../model/schemas.js';
import { getCategory } from '../../model/typology.js';

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
  /** Cluster groups (members limited to the exported places); GeoJSON and GeoPackage carry them. */
  groups?: Group[];
  /** Events; GeoJSON and GeoPackage carry them. */
  events?: ClusterEvent[];
  /** Custom field definitions; GeoPackage carries them (other formats carry the values as columns). */
  customFieldDefinitions?: CustomFieldDefinition[];
  /**
   * Heights (metres) at each vertex of each route's line, by route id, from the project's
   * elevation file (null where it has no data); GPX writes them as <ele>.
   */
  routeElevations?: Record<number, (number | null)[]>;
  /**
   * The project's content languages: GeoJSON, CSV, FlatGeobuf and GeoPackage write a `name:xx`
   * and `description:xx` column per language (translation-columns.ts); none when absent.
   */
  languages?: ContentLanguages;
  /** Photos and documents by place id (details only, no bytes); JSON-LD describes the images. */
  attachments?: Record<number, Attachment[]>;
}

export interface ExportOptions {
  /** CSV only: geometry as a WKT column (default) or as longitude/latitude columns (points only). */
  csvGeometry?: 'wkt' | 'lonlat';
  /**
   * CSV only: a text starting with =, +, -, @, tab or carriage return gets a leading apostrophe
   * (`neutralise`, the default), so a spreadsheet shows it instead of running it as a formula
   * (OWASP's CSV injection advice); `keep` writes it as it is.
   */
  csvFormulas?: 'neutralise' | 'keep';
}

export interface ExportedFile {
  bytes: Uint8Array;
  /** File name extension, without the dot (a zipped shapefile is "zip"). */
  extension: string;
  mimeType: string;
}

export interface ExportCounts {
  places: number;
  quarters: number;
  routes: number;
  links: number;
}

/**
 * What a file of each format actually holds of the data: CSV has places only, GPX places and
 * routes, JSON-LD the heritage sites and cultural venues; links travel in GeoJSON and GeoPackage.
 */
export function exportedCounts(format: ExportFormat, data: ExportData): ExportCounts {
  const all = {
    places: data.places.length,
    quarters: data.quarters.length,
    routes: data.routes.length,
    links: data.links.length,
  };
  switch (format) {
    case 'csv':
      return { places: all.places, quarters: 0, routes: 0, links: 0 };
    case 'gpx':
      return { places: all.places, quarters: 0, routes: all.routes, links: 0 };
    case 'jsonld':
      return { places: data.places.filter(isHeritageSite).length, quarters: 0, routes: 0, links: 0 };
    case 'kml':
    case 'shp':
    case 'fgb':
      return { ...all, links: 0 };
    case 'geojson':
    case 'gpkg':
      return all;
  }
}

/** The places JSON-LD describes: heritage sites and cultural venues (museums, galleries, …). */
export function isHeritageSite(place: Place): boolean {
  const family = getCategory(place.category).family;
  return family === 'heritage' || family === 'cultural-venue';
}
