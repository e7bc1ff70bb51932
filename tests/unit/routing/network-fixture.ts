import type { NetworkEdgeRecord, NetworkNodeRecord } from '../../../shared/routing/network-records.js';

// Hand-made networks for the router's tests: nodes placed on a local grid near Krems (one unit is
// about 100 m), edges straight between them unless given a bend.

const ORIGIN: [number, number] = [15.6, 48.41];
const METRES_PER_DEGREE_LATITUDE = 110_574;
const METRES_PER_DEGREE_LONGITUDE = 111_319.49 * Math.cos((ORIGIN[1] * Math.PI) / 180);

/** [longitude, latitude] of grid point (x, y), in units of `unit` metres east and north. */
export function at(x: number, y: number, unit = 100): [number, number] {
  return [ORIGIN[0] + (x * unit) / METRES_PER_DEGREE_LONGITUDE, ORIGIN[1] + (y * unit) / METRES_PER_DEGREE_LATITUDE];
}

export interface EdgeSpec {
  from: number;
  to: number;
  highway?: string;
  name?: string;
  foot?: boolean;
  bicycle?: boolean;
  bicycleOneway?: boolean;
  tags?: Record<string, string>;
  /** Grid points between the two nodes. */
  via?: [number, number][];
}

/** Nodes by id at grid positions, and edges between them (length from the grid, 100 m a unit). */
export function network(
  positions: Record<number, [number, number]>,
  specs: EdgeSpec[],
): { nodes: NetworkNodeRecord[]; edges: NetworkEdgeRecord[] } {
  const nodes = Object.entries(positions).map(([id, [x, y]]) => {
    const [longitude, latitude] = at(x, y);
    return { id: Number(id), longitude, latitude };
  });
  const edges = specs.map((spec) => {
    const points = [positions[spec.from]!, ...(spec.via ?? []), positions[spec.to]!];
    let length = 0;
    for (let index = 1; index < points.length; index++) {
      length += Math.hypot(points[index]![0] - points[index - 1]![0], points[index]![1] - points[index - 1]![1]) * 100;
    }
    return {
      fromNode: spec.from,
      toNode: spec.to,
      lengthMetres: length,
      highway: spec.highway ?? 'residential',
      name: spec.name ?? '',
      foot: spec.foot ?? true,
      bicycle: spec.bicycle ?? true,
      bicycleOneway: spec.bicycleOneway ?? false,
      tags: spec.tags ?? {},
      coordinates: points.map(([x, y]) => at(x, y)),
    };
  });
  return { nodes, edges };
}

/** A street grid of side × side junctions, slightly bent, one street segment in seven missing, the avenues footways. */
export function streetGrid(side: number): ReturnType<typeof network> {
  const positions: Record<number, [number, number]> = {};
  const specs: EdgeSpec[] = [];
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const id = y * side + x + 1;
      positions[id] = [x + ((x * 7 + y * 3) % 5) * 0.05, y + ((x * 3 + y * 5) % 5) * 0.05];
      if (x + 1 < side && (x + y) % 7 !== 3) specs.push({ from: id, to: id + 1, bicycleOneway: (x * y) % 5 === 1 });
      if (y + 1 < side && (x * y) % 7 !== 5) specs.push({ from: id, to: id + side, highway: 'footway' });
    }
  return network(positions, specs);
}
