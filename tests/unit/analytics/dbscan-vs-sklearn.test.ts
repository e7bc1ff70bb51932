import { describe, expect, it } from 'vitest';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { dbscan, EARTH_RADIUS_METRES } from '../../../shared/analytics/dbscan.js';
import { PROPOSAL_FAMILIES } from '../../../shared/analytics/proposed-quarters.js';
import type { ProposedQuarters } from '../../../shared/api/analytics.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { getCategory } from '../../../shared/model/typology.js';
import { generatePoints } from '../../helpers/analytics-project.js';
import { havePythonModules, runPythonReference } from '../../helpers/python-reference.js';
import { tempDir } from '../../helpers/temp-dir.js';

// DBSCAN's labels equal scikit-learn's (Debian's python3-sklearn, metric='haversine',
// algorithm='ball_tree') up to the clusters' numbering: the same noise, the same partition.

function sklearnLabels(longitudes: number[], latitudes: number[], epsMetres: number, minPoints: number): number[] {
  return runPythonReference<{ labels: number[] }>('dbscan_reference.py', {
    longitudes,
    latitudes,
    epsMetres,
    minPoints,
    radius: EARTH_RADIUS_METRES,
  }).labels;
}

/** Problems, if the labellings differ other than by renaming clusters. */
function sameUpToRenumbering(ours: ArrayLike<number>, theirs: readonly number[]): string[] {
  const problems: string[] = [];
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let index = 0; index < theirs.length; index++) {
    const a = ours[index]!;
    const b = theirs[index]!;
    if (a < 0 !== b < 0) problems.push(`point ${index}: ${a} vs scikit-learn ${b}`);
    else if (a >= 0) {
      if ((forward.get(a) ?? b) !== b || (backward.get(b) ?? a) !== a)
        problems.push(`point ${index}: cluster ${a} vs scikit-learn ${b}`);
      forward.set(a, b);
      backward.set(b, a);
    }
  }
  return problems.slice(0, 20);
}

describe.runIf(havePythonModules('sklearn'))('DBSCAN against scikit-learn', () => {
  it.each([
    [5_000, 60, 4],
    [20_000, 40, 5],
    [20_000, 120, 10],
  ])('labels %i generated points alike (eps %i m, min %i)', (count, epsMetres, minPoints) => {
    const points = generatePoints(count, count + epsMetres);
    const longitudes = points.map((point) => point.longitude);
    const latitudes = points.map((point) => point.latitude);
    const ours = dbscan(longitudes, latitudes, epsMetres, minPoints);
    const theirs = sklearnLabels(longitudes, latitudes, epsMetres, minPoints);
    expect(ours.clusters).toBe(Math.max(...theirs) + 1);
    expect(ours.clusters).toBeGreaterThan(5);
    expect(theirs.filter((label) => label < 0).length).toBeGreaterThan(0);
    expect(sameUpToRenumbering(ours.labels, theirs)).toEqual([]);
  });

  it('labels the sample project’s creative firms and spaces alike, through the API', async () => {
    const file = `${tempDir('itinera-sample-')}/sample.gpkg`;
    await writeSampleProject(file);
    const host = createProjectHost();
    const service = host.open(file);
    const creative = service
      .listPlaces({})
      .filter((place) => PROPOSAL_FAMILIES.includes(getCategory(place.category).family))
      .sort((a, b) => a.id - b.id);
    for (const [epsMetres, minPoints] of [
      [150, 2],
      [300, 3],
    ] as const) {
      const answer = await host.dispatch(CHANNELS.proposeQuarters, { epsMetres, minPoints });
      if (!answer.ok) throw new Error(answer.error.message);
      const result = answer.value as ProposedQuarters;
      expect(result.points).toBe(creative.length);
      const ours = new Array<number>(creative.length).fill(-1);
      for (const quarter of result.quarters)
        for (const id of quarter.placeIds) ours[creative.findIndex((place) => place.id === id)] = quarter.index;
      const theirs = sklearnLabels(
        creative.map((place) => place.longitude),
        creative.map((place) => place.latitude),
        epsMetres,
        minPoints,
      );
      expect(sameUpToRenumbering(ours, theirs)).toEqual([]);
      expect(result.quarters.length).toBeGreaterThan(0);
    }
    host.close();
  });
});
