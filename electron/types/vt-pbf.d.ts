// vt-pbf ships no types; this is the part Itinera uses (geojson-vt tiles in, tile bytes out).
declare module 'vt-pbf' {
  import type { LegacyFeature } from 'geojson-vt';
  export function fromGeojsonVt(
    layers: Record<string, { features: LegacyFeature[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
  const vtpbf: { fromGeojsonVt: typeof fromGeojsonVt };
  export default vtpbf;
}
