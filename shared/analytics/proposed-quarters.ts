import { concave, convex, featureCollection, point } from '@turf/turf';
import { polygonAreaSquareMetres } from '../geo/polygon-area.js';
import type { PolygonGeometry } from '../model/schemas.js';
import { getCategory, type CategoryFamily, type CategoryId } from '../model/typology.js';
import { dbscan } from './dbscan.js';

// Proposed quarters (issue #15, point 5): where creative firms and creative spaces cluster, by
// DBSCAN with distances in metres, each cluster drawn as a concave hull (turf's `concave`, which
// drops Delaunay triangles with an edge longer than 3·eps); when that leaves several pieces or
// none, the convex hull; a cluster on one line has no hull. Drafts: the user reviews and saves them.
// Reproducible: the same places, eps and minimum give the same clusters in the same order.

export const PROPOSAL_FAMILIES: readonly CategoryFamily[] = ['creative-firm', 'creative-space'];

export interface ClusterPoint {
  readonly id: number;
  readonly category: CategoryId;
  readonly longitude: number;
  readonly latitude: number;
}

export interface ProposedQuarter {
  /** Numbered from 0 in the order DBSCAN found them (by the lowest place id among their core points). */
  index: number;
  placeIds: number[];
  creativeFirms: number;
  creativeSpaces: number;
  hull: PolygonGeometry | null;
  hectares: number | null;
}

export interface ProposedQuarters {
  epsMetres: number;
  minPoints: number;
  /** Creative firms and spaces considered, and those in no cluster. */
  points: number;
  noise: number;
  quarters: ProposedQuarter[];
}

function hullOf(members: readonly ClusterPoint[], epsMetres: number): PolygonGeometry | null {
  const points = featureCollection(members.map((member) => point([member.longitude, member.latitude])));
  try {
    const drawn = concave(points, { maxEdge: (3 * epsMetres) / 1000, units: 'kilometers' });
    if (drawn?.geometry.type === 'Polygon') return drawn.geometry as PolygonGeometry;
  } catch {
    // NOTE: turf's triangulation throws on fewer than three distinct points; the convex hull decides.
  }
  const fallback = convex(points);
  return fallback?.geometry.type === 'Polygon' ? (fallback.geometry as PolygonGeometry) : null;
}

/** `points` in the order DBSCAN should visit them (the service passes them by place id). */
export function proposeQuarters(
  points: readonly ClusterPoint[],
  epsMetres: number,
  minPoints: number,
): ProposedQuarters {
  const candidates = points.filter((entry) => PROPOSAL_FAMILIES.includes(getCategory(entry.category).family));
  const { labels, clusters } = dbscan(
    candidates.map((entry) => entry.longitude),
    candidates.map((entry) => entry.latitude),
    epsMetres,
    minPoints,
  );
  const members: ClusterPoint[][] = Array.from({ length: clusters }, () => []);
  let noise = 0;
  candidates.forEach((entry, index) => {
    const label = labels[index]!;
    if (label < 0) noise++;
    else members[label]!.push(entry);
  });
  return {
    epsMetres,
    minPoints,
    points: candidates.length,
    noise,
    quarters: members.map((group, index) => {
      const hull = hullOf(group, epsMetres);
      const firms = group.filter((entry) => getCategory(entry.category).family === 'creative-firm').length;
      return {
        index,
        placeIds: group.map((entry) => entry.id),
        creativeFirms: firms,
        creativeSpaces: group.length - firms,
        hull,
        hectares: hull ? polygonAreaSquareMetres(hull) / 10_000 : null,
      };
    }),
  };
}
