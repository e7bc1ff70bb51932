import { geodesicDistanceMetres } from '../geo/geodesic-distance.js';

// Elevation from a DEM tile pyramid (terrarium or Mapbox Terrain-RGB encoding), sampled
// bilinearly between pixel centres, across tile borders. Tiles come decoded (RGBA) from the
// caller (PNG or WebP, decoded in Node); a position without data is null, never 0 metres.

export type DemEncoding = 'terrarium' | 'mapbox';

export interface DecodedTile {
  width: number;
  height: number;
  /** RGBA, row by row from the top. */
  data: Uint8Array | Uint8ClampedArray;
}

export interface DemSource {
  encoding: DemEncoding;
  /** The zoom to sample (the file's deepest). */
  zoom: number;
  /** A decoded tile (XYZ, from the top left), or null where the file has none. */
  tile(z: number, x: number, y: number): DecodedTile | null;
}

function heightOf(encoding: DemEncoding, r: number, g: number, b: number): number {
  return encoding === 'terrarium' ? r * 256 + g + b / 256 - 32768 : -10000 + (r * 65536 + g * 256 + b) * 0.1;
}

export function createElevationSampler(source: DemSource) {
  const cache = new Map<string, DecodedTile | null>();
  const tiles = 2 ** source.zoom;

  function tile(x: number, y: number): DecodedTile | null {
    const wrapped = ((x % tiles) + tiles) % tiles;
    if (y < 0 || y >= tiles) return null;
    const key = `${wrapped}/${y}`;
    if (!cache.has(key)) cache.set(key, source.tile(source.zoom, wrapped, y));
    return cache.get(key)!;
  }

  /** Height of one pixel given in global pixel coordinates at the sampled zoom, or null. */
  function pixel(globalX: number, globalY: number, size: number): number | null {
    const found = tile(Math.floor(globalX / size), Math.floor(globalY / size));
    if (!found) return null;
    const column = ((globalX % size) + size) % size;
    const row = ((globalY % size) + size) % size;
    if (column >= found.width || row >= found.height) return null;
    const offset = (row * found.width + column) * 4;
    if (found.data[offset + 3] === 0) return null; // transparent: no data
    return heightOf(source.encoding, found.data[offset]!, found.data[offset + 1]!, found.data[offset + 2]!);
  }

  /** Metres above sea level at a position, or null when the file has no data there. */
  function sample(longitude: number, latitude: number): number | null {
    if (!(latitude > -85.0511 && latitude < 85.0511)) return null;
    const radians = (latitude * Math.PI) / 180;
    const unitX = (longitude + 180) / 360;
    const unitY = (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2;
    // Tiles are 256 or 512 pixels: the tile under the position says which.
    const home = tile(Math.floor(unitX * tiles), Math.floor(unitY * tiles));
    if (!home) return null;
    const size = home.width;
    const worldX = unitX * tiles * size - 0.5;
    const worldY = unitY * tiles * size - 0.5;
    const x0 = Math.floor(worldX);
    const y0 = Math.floor(worldY);
    const fx = worldX - x0;
    const fy = worldY - y0;
    const corners = [
      pixel(x0, y0, size),
      pixel(x0 + 1, y0, size),
      pixel(x0, y0 + 1, size),
      pixel(x0 + 1, y0 + 1, size),
    ];
    if (corners.some((value) => value === null)) {
      // At the edge of the data: the nearest pixel that has some.
      const nearest = corners[(fy < 0.5 ? 0 : 2) + (fx < 0.5 ? 0 : 1)];
      return nearest ?? null;
    }
    const [a, b, c, d] = corners as number[];
    return (a! * (1 - fx) + b! * fx) * (1 - fy) + (c! * (1 - fx) + d! * fx) * fy;
  }

  return { sample };
}
export type ElevationSampler = ReturnType<typeof createElevationSampler>;

export interface ElevationProfile {
  /** Distance along the line (metres) and height (null without data) at each sample. */
  points: { distanceMetres: number; elevation: number | null; position: [number, number] }[];
  ascentMetres: number;
  descentMetres: number;
  /** Whether every sample had data. */
  complete: boolean;
}

/** Ups and downs smaller than this are noise of the DEM, not climbs. */
const CLIMB_THRESHOLD_METRES = 2;

/** Heights along a line every `stepMetres` (and at each vertex), with total ascent and descent. */
export function elevationProfile(
  sampler: ElevationSampler,
  line: readonly (readonly [number, number])[],
  stepMetres = 10,
): ElevationProfile {
  const points: ElevationProfile['points'] = [];
  let along = 0;
  const add = (position: [number, number], distanceMetres: number) =>
    points.push({ distanceMetres, elevation: sampler.sample(position[0], position[1]), position });
  if (line.length > 0) add([line[0]![0], line[0]![1]], 0);
  for (let index = 1; index < line.length; index++) {
    const from = line[index - 1]!;
    const to = line[index]!;
    const length = geodesicDistanceMetres(from, to);
    const steps = Math.floor(length / stepMetres);
    for (let step = 1; step <= steps; step++) {
      const t = (step * stepMetres) / length;
      if (t >= 1) break;
      add([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t], along + step * stepMetres);
    }
    along += length;
    add([to[0], to[1]], along);
  }
  // Hysteresis: a climb counts once it exceeds the threshold from the last turning point.
  let ascentMetres = 0;
  let descentMetres = 0;
  let reference: number | null = null;
  for (const { elevation } of points) {
    if (elevation === null) continue;
    if (reference === null) reference = elevation;
    else if (elevation - reference >= CLIMB_THRESHOLD_METRES) {
      ascentMetres += elevation - reference;
      reference = elevation;
    } else if (reference - elevation >= CLIMB_THRESHOLD_METRES) {
      descentMetres += reference - elevation;
      reference = elevation;
    }
  }
  return { points, ascentMetres, descentMetres, complete: points.every((point) => point.elevation !== null) };
}

/**
 * Walking speed on a slope relative to the flat, by Tobler's hiking function
 * (6·e^(−3.5·|slope + 0.05|) km/h, whose flat value is 5.04 km/h): uphill and steep downhill are slower.
 */
export function toblerFactor(slope: number): number {
  return Math.exp(-3.5 * Math.abs(slope + 0.05)) / Math.exp(-3.5 * 0.05);
}
