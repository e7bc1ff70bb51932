import { z } from 'zod';
import type { GapList } from '../analytics/gaps.js';
import type { Interlinkage } from '../analytics/interlinkage.js';
import type { ActorNetworkMeasures, NetworkSummary } from '../analytics/network-measures.js';
import type { ProposedQuarters } from '../analytics/proposed-quarters.js';
import type { ReportCard } from '../analytics/report-card.js';
import { IdSchema } from '../model/value-schemas.js';
import { NEARBY_DEFAULT_METRES, NEARBY_MAX_METRES } from './limits.js';
import { method } from './method.js';

// Quarter analytics (issue #15): is it a cluster or just co-location? The link network's
// measures, the interlinkage test, report cards of an area, the gap finder and proposed
// quarters. Read-only: every method computes from the project as it is, changes nothing.
// Distances are straight lines on the WGS84 ellipsoid (geodesic metres), as the nearby query's default.

const DistanceSchema = z.number().positive().max(NEARBY_MAX_METRES);
const MAX_SCOPE_PLACES = 1_000_000;

export const NetworkQuerySchema = z
  .object({
    /** Louvain's random order: the same seed, the same communities. */
    louvainSeed: z.number().int().min(0).max(0xffff_ffff).default(1),
  })
  .strict();

/**
 * What a report card covers: an area, a group (with its areas and sub-groups), around a place, or
 * a list of places (those the map's filter shows; ids of places since deleted count nothing).
 */
export const ReportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('places'), placeIds: z.array(IdSchema).max(MAX_SCOPE_PLACES) }).strict(),
  z.object({ kind: z.literal('area'), areaId: IdSchema }).strict(),
  z.object({ kind: z.literal('group'), groupId: IdSchema }).strict(),
  z
    .object({
      kind: z.literal('around'),
      placeId: IdSchema,
      withinMetres: DistanceSchema.default(NEARBY_DEFAULT_METRES),
      /** As the crow flies (a disc), or on foot along the project's streets (no ground then). */
      measure: z.enum(['straight', 'walking']).default('straight'),
    })
    .strict(),
]);

/** Without a scope, every actor of the project; with one, the actors of that area, group or disc. */
export const InterlinkageQuerySchema = z
  .object({ withinMetres: DistanceSchema.default(NEARBY_DEFAULT_METRES), scope: ReportScopeSchema.optional() })
  .strict();

/** `reference`: what location quotients compare with (without it, the whole project). */
export const ReportCardQuerySchema = z
  .object({ scope: ReportScopeSchema, reference: ReportScopeSchema.optional() })
  .strict();

export type ReportScope = z.output<typeof ReportScopeSchema>;

export interface ScopedReportCard extends ReportCard {
  scope: ReportScope;
  /** What location quotients compare with (null: the whole project). */
  reference: ReportScope | null;
}

export const GapsQuerySchema = z
  .object({
    withinMetres: DistanceSchema.default(NEARBY_DEFAULT_METRES),
    limit: z.number().int().positive().max(10_000).default(100),
  })
  .strict();

export const ProposeQuartersQuerySchema = z
  .object({
    /** DBSCAN's neighbourhood radius and the places a core point needs within it (itself included). */
    epsMetres: z.number().positive().max(5_000),
    minPoints: z.number().int().min(1).max(10_000),
  })
  .strict();

export interface ActorMeasures extends ActorNetworkMeasures {
  name: string;
}

export interface NetworkReport {
  summary: NetworkSummary;
  /** Every node of the network (each actor, and each site with a link), by place id. */
  actors: ActorMeasures[];
  /** Each linked pair once: [smaller place id, larger place id, weight (sum of strengths)]. */
  edges: [number, number, number][];
}

export const analyticsApi = {
  linkNetwork: method<typeof NetworkQuerySchema, NetworkReport>('analytics:network:query', NetworkQuerySchema),
  interlinkage: method<typeof InterlinkageQuerySchema, Interlinkage>(
    'analytics:interlinkage:query',
    InterlinkageQuerySchema,
  ),
  findGaps: method<typeof GapsQuerySchema, GapList>('analytics:gaps:query', GapsQuerySchema),
  proposeQuarters: method<typeof ProposeQuartersQuerySchema, ProposedQuarters>(
    'analytics:quarters:propose',
    ProposeQuartersQuerySchema,
  ),
  reportCard: method<typeof ReportCardQuerySchema, ScopedReportCard>('analytics:report:query', ReportCardQuerySchema),
};

export type { Gap, GapList } from '../analytics/gaps.js';
export type { GapGroup, GapGroups } from '../analytics/gap-groups.js';
export type { Interlinkage, PairShare } from '../analytics/interlinkage.js';
export type { NetworkSummary } from '../analytics/network-measures.js';
export type { ReportCard, SectorFigures } from '../analytics/report-card.js';
export type { Diversity } from '../analytics/diversity.js';
export type { ProposedQuarter, ProposedQuarters } from '../analytics/proposed-quarters.js';
export type { BrokerageCounts, BrokerageRole } from '../analytics/brokerage.js';
