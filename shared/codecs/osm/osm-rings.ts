// Multipolygon relations list their outline as ways in any order and direction; a ring is made of
// one or more of them joined end to end. This joins them (by node id, as OSM shares end nodes)
// into closed rings. Ways that do not close into a ring are left out (a clipped extract cuts
// large areas open; drawing half an outline as an area would flood the map).

/** Closed rings (first id equals last id) made of the given ways (arrays of node ids). */
export function assembleRings(ways: readonly (readonly number[])[]): number[][] {
  const rings: number[][] = [];
  const open: number[][] = [];
  for (const way of ways) {
    if (way.length < 2) continue;
    if (way.length >= 4 && way[0] === way[way.length - 1]) rings.push([...way]);
    else open.push([...way]);
  }
  while (open.length > 0) {
    let current = open.pop()!;
    let joined = true;
    while (joined && current[0] !== current[current.length - 1]) {
      joined = false;
      const end = current[current.length - 1];
      for (let index = 0; index < open.length; index++) {
        const way = open[index]!;
        if (way[0] === end) current = current.concat(way.slice(1));
        else if (way[way.length - 1] === end) current = current.concat([...way].reverse().slice(1));
        else continue;
        open.splice(index, 1);
        joined = true;
        break;
      }
    }
    if (current.length >= 4 && current[0] === current[current.length - 1]) rings.push(current);
  }
  return rings;
}

type Ring = [number, number][];

/** Whether a point lies inside a ring (even-odd rule). */
function inside(point: [number, number], ring: Ring): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Polygons (outer ring, then its holes) from outer and inner rings: each hole goes to the outer ring it lies in. */
export function polygonsFromRings(outers: Ring[], inners: Ring[]): Ring[][] {
  const polygons: Ring[][] = outers.map((ring) => [ring]);
  for (const hole of inners) {
    const first = hole[0];
    if (!first) continue;
    const owner = polygons.find((polygon) => inside(first, polygon[0]!));
    owner?.push(hole);
  }
  return polygons;
}
