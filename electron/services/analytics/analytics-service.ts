import type { analyticsApi, ActorMeasures } from '../../../shared/api/analytics.js';
import { findGaps } from '../../../shared/analytics/gaps.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { interlinkage } from '../../../shared/analytics/interlinkage.js';
import { edgeList } from '../../../shared/analytics/link-graph.js';
import { networkMeasures } from '../../../shared/analytics/network-measures.js';
import { proposeQuarters } from '../../../shared/analytics/proposed-quarters.js';
import { reportCard } from '../../../shared/analytics/report-card.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { proximityJoin } from '../places/proximity-join.js';
import { ACTOR_FAMILIES, readAnalyticsData, readAnalyticsPoints } from './analytics-data.js';
import { parallelPathCentralities } from './parallel-centrality.js';
import { resolveScope, type WalkingDistances } from './report-scope.js';

// Quarter analytics: reads the project once per call (places as columns, links) and hands the
// pure computations of shared/analytics/ what they need. Nothing is written.

export type AnalyticsService = ServiceOf<typeof analyticsApi, 'linkNetwork'>;

export function createAnalyticsService(
  context: ServiceContext,
  walking: WalkingDistances = () => null,
): AnalyticsService {
  const { store } = context;

  /** Each unordered pair of actors within the distance, once (geodesic, see proximity-join.ts). */
  function nearActorPairs(withinMetres: number): [number, number][] {
    const pairs: [number, number][] = [];
    const query = { from: ACTOR_FAMILIES, to: ACTOR_FAMILIES, withinMetres };
    proximityJoin(store.places.points(), query, (fromId, toId) => {
      if (fromId < toId) pairs.push([fromId, toId]);
    });
    return pairs;
  }

  return {
    async linkNetwork({ louvainSeed }) {
      const { graph, byId } = readAnalyticsData(store);
      const centralities = await parallelPathCentralities(graph, graph.ids.length);
      const { summary, actors } = networkMeasures(graph, { louvainSeed, centralities });
      return {
        summary,
        actors: actors.map((actor): ActorMeasures => ({ ...actor, name: byId.get(actor.placeId)?.name ?? '' })),
        edges: edgeList(graph),
      };
    },
    interlinkage({ withinMetres, scope }) {
      const { graph, points } = readAnalyticsData(store);
      const members = scope ? resolveScope(context, scope, points, 'scope', walking).placeIds : undefined;
      return interlinkage(graph, nearActorPairs(withinMetres), withinMetres, members);
    },
    findGaps({ withinMetres, limit }) {
      const { graph, byId } = readAnalyticsData(store);
      const position = (id: number): [number, number] => [byId.get(id)!.longitude, byId.get(id)!.latitude];
      return findGaps(graph, nearActorPairs(withinMetres), {
        withinMetres,
        limit,
        distance: (fromId, toId) => Math.round(geodesicDistanceMetres(position(fromId), position(toId)) * 10) / 10,
      });
    },
    proposeQuarters({ epsMetres, minPoints }) {
      const points = readAnalyticsPoints(store).sort((a, b) => a.id - b.id);
      return proposeQuarters(points, epsMetres, minPoints);
    },
    reportCard({ scope, reference }) {
      const points = readAnalyticsPoints(store);
      const { placeIds, squareMetres } = resolveScope(context, scope, points, 'scope', walking);
      const compared = reference ? resolveScope(context, reference, points, 'reference', walking).placeIds : null;
      const card = reportCard({
        places: points.filter((point) => placeIds.has(point.id)),
        reference: compared ? points.filter((point) => compared.has(point.id)) : points,
        squareMetres,
        events: store.events.list(),
        links: store.links.list(),
      });
      return { scope, reference: reference ?? null, ...card };
    },
  };
}
