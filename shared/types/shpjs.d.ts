// shpjs ships no types; this covers the one entry Itinera uses.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  export function getShapefile(source: {
    shp: Uint8Array | ArrayBuffer | DataView;
    dbf?: Uint8Array | ArrayBuffer | DataView;
    cpg?: string;
    prj?: string;
  }): Promise<FeatureCollection | FeatureCollection[]>;
}
