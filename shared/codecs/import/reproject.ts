import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';

// Reprojection to WGS84 longitude/latitude for sources in another CRS (shapefile .prj,
// GeoPackage srs definitions, FlatGeobuf headers). proj4 parses WKT and PROJ strings.

export type Transform = (position: Position) => Position;

/** A transform from `definition` (WKT or PROJ string) to WGS84, or null if proj4 cannot read it. */
export function transformToWgs84(definition: string): Transform | null {
  try {
    const converter = proj4(definition, 'EPSG:4326');
    return (position) => converter.forward([position[0] as number, position[1] as number]);
  } catch {
    return null;
  }
}

export function reprojectGeometry(geometry: Geometry, transform: Transform): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: transform(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(transform) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((line) => line.map(transform)) } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(transform))),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((member) => reprojectGeometry(member, transform)),
      };
  }
}
