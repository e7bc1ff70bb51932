import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { proposeQuarters, type ClusterPoint } from '../../../shared/analytics/proposed-quarters.js';
import { generatePoints } from '../../helpers/analytics-project.js';

// Proposed quarters: only creative firms and spaces count; each cluster gets a hull holding all
// its places; the same input gives the same answer.

describe('proposed quarters', () => {
  const points: ClusterPoint[] = generatePoints(3_000, 11).map((point, index) => ({ id: index + 1, ...point }));
  const result = proposeQuarters(points, 80, 6);

  it('clusters only creative firms and creative spaces', () => {
    const creative = points.filter((point) =>
      ['creative-firm', 'creative-industry-company', 'studio-building', 'coworking-space'].includes(point.category),
    );
    expect(result.points).toBe(creative.length);
    const clustered = result.quarters.reduce((sum, quarter) => sum + quarter.placeIds.length, 0);
    expect(clustered + result.noise).toBe(creative.length);
    expect(result.quarters.length).toBeGreaterThan(5);
    for (const quarter of result.quarters)
      expect(quarter.creativeFirms + quarter.creativeSpaces).toBe(quarter.placeIds.length);
  });

  it('draws a hull around every place of each cluster, with its area', () => {
    const byId = new Map(points.map((point) => [point.id, point]));
    for (const quarter of result.quarters) {
      expect(quarter.hull?.type).toBe('Polygon');
      expect(quarter.hectares).toBeGreaterThan(0);
      for (const id of quarter.placeIds) {
        const point = byId.get(id)!;
        expect(booleanPointInPolygon([point.longitude, point.latitude], quarter.hull!), `place ${id}`).toBe(true);
      }
    }
  });

  it('is reproducible', () => {
    expect(proposeQuarters(points, 80, 6)).toEqual(result);
  });
});
