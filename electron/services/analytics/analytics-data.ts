import type { AnalyticsPlace } from '../../../shared/analytics/actor-groups.js';
import { buildLinkGraph, type LinkGraph } from '../../../shared/analytics/link-graph.js';
import { CATEGORY_FAMILIES, type CategoryId, type SectorId } from '../../../shared/model/typology.js';
import { CATEGORIES } from '../../../shared/model/typology.js';
import type { ProjectStore } from '../../store/project-store.js';

// What the analytics read from the project: every place as a point with its kind, sector and
// name (the store's column read, no full place objects), and the links as a graph.

export interface AnalyticsPoint extends AnalyticsPlace {
  readonly name: string;
  readonly longitude: number;
  readonly latitude: number;
}

export interface AnalyticsData {
  points: AnalyticsPoint[];
  byId: Map<number, AnalyticsPoint>;
  graph: LinkGraph;
}

/** The families whose categories are actors (every family but the sites'). */
export const ACTOR_FAMILIES = CATEGORY_FAMILIES.filter((family) =>
  CATEGORIES.some((category) => category.family === family && category.group !== 'site'),
);

export function readAnalyticsData(store: ProjectStore): AnalyticsData {
  const points = readAnalyticsPoints(store);
  const graph = buildLinkGraph(points, store.links.list());
  return { points, byId: new Map(points.map((point) => [point.id, point])), graph };
}

export function readAnalyticsPoints(store: ProjectStore): AnalyticsPoint[] {
  const columns = store.places.points({ summaries: true });
  const points: AnalyticsPoint[] = [];
  for (let index = 0; index < columns.length; index++) {
    points.push({
      id: columns.ids[index]!,
      category: columns.categories[index] as CategoryId,
      sector: (columns.sectors?.[index] || null) as SectorId | null,
      name: columns.names?.[index] ?? '',
      longitude: columns.longitudes[index]!,
      latitude: columns.latitudes[index]!,
    });
  }
  return points;
}
