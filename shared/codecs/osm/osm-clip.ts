import { bbox as boundingBox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

// What an OSM import keeps: everything, what lies in a box, or what lies in an area (a quarter's
// outline). Places and network junctions are kept by their position; a street leaving the area is
// cut at its last junction or vertex inside (osm-network.ts).

export type OsmArea = Polygon | MultiPolygon;

/** West, south, east, north (WGS84 degrees). */
export type OsmBox = readonly [number, number, number, number];

/** The box around an area (W,S,E,N). */
export function osmAreaBox(area: OsmArea): OsmBox {
  const [west, south, east, north] = boundingBox(area);
  return [west, south, east, north];
}

/** A test for "is this position kept": inside the box and, when given, inside the area. */
export function createOsmClipTest(
  box: OsmBox | undefined,
  area: OsmArea | undefined,
): (longitude: number, latitude: number) => boolean {
  const outer = box ?? (area ? osmAreaBox(area) : undefined);
  if (!outer) return () => true;
  const [west, south, east, north] = outer;
  return (longitude, latitude) =>
    longitude >= west &&
    longitude <= east &&
    latitude >= south &&
    latitude <= north &&
    // NOTE: the box first: the polygon test is only paid for positions near the area.
    (!area || booleanPointInPolygon([longitude, latitude], area));
}
