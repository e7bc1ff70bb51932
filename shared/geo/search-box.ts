// A longitude/latitude box that surely contains every point within `metres` of a centre, used to
// ask the RTree for candidates before exact distances are computed. Generous on purpose: the
// exact ranking removes what is too far; a box too small would lose answers.

const METRES_PER_DEGREE_LATITUDE = 110_574; // the smallest value on the WGS84 ellipsoid (equator)

export interface SearchBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function searchBoxAround(longitude: number, latitude: number, metres: number): SearchBox {
  const margin = 1.01;
  const deltaLatitude = (metres * margin) / METRES_PER_DEGREE_LATITUDE;
  const south = Math.max(-90, latitude - deltaLatitude);
  const north = Math.min(90, latitude + deltaLatitude);
  const widestLatitude = Math.min(89.9, Math.max(Math.abs(south), Math.abs(north)));
  const metresPerDegreeLongitude = 111_320 * Math.cos((widestLatitude * Math.PI) / 180);
  const deltaLongitude = (metres * margin) / metresPerDegreeLongitude;
  if (deltaLongitude >= 180 || north >= 89.9 || south <= -89.9) {
    return { west: -180, south, east: 180, north };
  }
  // NOTE: a box crossing the antimeridian is widened to the full longitude range; rare for a
  // quarter, and correct (only slower).
  let west = longitude - deltaLongitude;
  let east = longitude + deltaLongitude;
  if (west < -180 || east > 180) {
    west = -180;
    east = 180;
  }
  return { west, south, east, north };
}
