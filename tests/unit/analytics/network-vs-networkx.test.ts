import { describe, expect, it } from 'vitest';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import type { NetworkReport } from '../../../shared/api/analytics.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { CATEGORIES } from '../../../shared/model/typology.js';
import { writeGeneratedProject } from '../../helpers/analytics-project.js';
import { havePythonModules, REFERENCE_CACHE, runPythonReference } from '../../helpers/python-reference.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The link network's measures equal networkx's (Debian's python3-networkx, run on the same file
// and rebuilding the network on its own) within 1e-9: betweenness, closeness, Burt's constraint
// and effective size per actor, the components and the density. On the sample project and on a
// generated project of 2,000 places and 10,000 links. The 10,000 places and 50,000 links
// take networkx about 6 minutes on two cores (20 on a busy CI machine): that comparison runs in
// `npm run bench` (the analytics row), which times networkx on that graph anyway.

interface Reference {
  density: number;
  components: number[][];
  nodes: Record<
    string,
    {
      degree: number;
      strength: number;
      betweenness: number;
      closeness: number;
      constraint: number | null;
      effectiveSize: number | null;
    }
  >;
}

const ACTOR_CATEGORIES = CATEGORIES.filter((category) => category.group !== 'site').map((category) => category.id);
const TOLERANCE = 1e-9;

async function compare(file: string) {
  const host = createProjectHost();
  host.open(file);
  const answer = await host.dispatch(CHANNELS.linkNetwork, {});
  host.close();
  if (!answer.ok) throw new Error(answer.error.message);
  const report = answer.value as NetworkReport;
  const reference = runPythonReference<Reference>('network_reference.py', {
    file,
    actorCategories: ACTOR_CATEGORIES,
    cache: REFERENCE_CACHE,
  });

  expect(report.actors.map((actor) => String(actor.placeId)).sort()).toEqual(Object.keys(reference.nodes).sort());
  expect(Math.abs(report.summary.density - reference.density)).toBeLessThanOrEqual(TOLERANCE);
  const problems: string[] = [];
  const close = (id: number, measure: string, ours: number | null, theirs: number | null) => {
    if (ours === null || theirs === null) {
      if (ours !== theirs) problems.push(`${id} ${measure}: ${ours} vs networkx ${theirs}`);
    } else if (!(Math.abs(ours - theirs) <= TOLERANCE))
      problems.push(`${id} ${measure}: ${ours} vs networkx ${theirs}`);
  };
  for (const actor of report.actors) {
    const expected = reference.nodes[String(actor.placeId)]!;
    close(actor.placeId, 'degree', actor.degree, expected.degree);
    close(actor.placeId, 'strength', actor.strength, expected.strength);
    close(actor.placeId, 'betweenness', actor.betweenness, expected.betweenness);
    close(actor.placeId, 'closeness', actor.closeness, expected.closeness);
    close(actor.placeId, 'constraint', actor.constraint, expected.constraint);
    close(actor.placeId, 'effective size', actor.effectiveSize, expected.effectiveSize);
  }
  expect(problems.slice(0, 20)).toEqual([]);

  // Components: the same partition of the places; sizes largest first.
  const ours = new Map<number, number[]>();
  for (const actor of report.actors) ours.set(actor.component, [...(ours.get(actor.component) ?? []), actor.placeId]);
  const partition = [...ours.values()].map((members) => members.sort((a, b) => a - b));
  expect(partition.sort((a, b) => a[0]! - b[0]!)).toEqual(reference.components.sort((a, b) => a[0]! - b[0]!));
  expect(report.summary.components).toEqual(
    reference.components.map((members) => members.length).sort((a, b) => b - a),
  );
  return report;
}

describe.runIf(havePythonModules('networkx'))('link network against networkx', () => {
  it('agrees on the sample project', async () => {
    const file = `${tempDir('itinera-sample-')}/sample.gpkg`;
    await writeSampleProject(file);
    const report = await compare(file);
    expect(report.summary.edges).toBeGreaterThan(0);
    // Actors without links: no constraint, no effective size (networkx: NaN).
    expect(report.actors.some((actor) => actor.constraint === null)).toBe(true);
  });

  it('agrees on a generated project of 2,000 places and 10,000 links', { timeout: 600_000 }, async () => {
    const file = `${tempDir('itinera-analytics-')}/generated.gpkg`;
    const report = await compare(writeGeneratedProject(file, 2_000, 10_000));
    expect(report.summary.links).toBe(10_000);
    expect(report.actors.length).toBeGreaterThan(1_400);
    expect(report.summary.components.length).toBeGreaterThan(0);
  });
});
