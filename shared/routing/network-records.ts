// The stored walking and cycling network as the router reads it: junction nodes and the edges
// between them (network_nodes / network_edges of the project, from the OSM import), with the
// tags the travel profiles need.

export interface NetworkNodeRecord {
  /** The OSM node id. */
  id: number;
  longitude: number;
  latitude: number;
}

export interface NetworkEdgeRecord {
  fromNode: number;
  toNode: number;
  /** Geodesic length along the geometry, in metres. */
  lengthMetres: number;
  highway: string;
  name: string;
  foot: boolean;
  bicycle: boolean;
  /** Cyclists may only ride from `fromNode` to `toNode`. */
  bicycleOneway: boolean;
  /**
   * The OSM tags profiles read beyond highway and access (sidewalk, surface, smoothness, incline,
   * wheelchair, barrier on a vertex…); empty for networks imported before they were kept.
   */
  tags: Readonly<Record<string, string>>;
  /** [longitude, latitude] from `fromNode` to `toNode`. */
  coordinates: readonly (readonly [number, number])[];
}
