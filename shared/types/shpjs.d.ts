// shpjs ships no types; what Itinera calls.
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';
  export function getShapefile(source: {
    shp: Uint8Array | ArrayBuffer | DataView;
    dbf?: Uint8Array | ArrayBuffer | DataView;
    cpg?: string;
    prj?: string;
  }): Promise<FeatureCollection | FeatureCollection[]>;
  /** One geometry per record of the .shp (null for a null shape), reprojected from `prj` when given. */
  export function parseShp(shp: Uint8Array | ArrayBuffer | DataView, prj?: string): (Geometry | null)[];
  /** One attribute record per row of the .dbf, as many as its header declares. */
  export function parseDbf(dbf: Uint8Array | ArrayBuffer | DataView, cpg?: string): Record<string, unknown>[];
}
