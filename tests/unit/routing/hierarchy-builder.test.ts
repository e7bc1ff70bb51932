import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHierarchyBuilder } from '../../../electron/services/routes/hierarchy-builder.js';
import { createRoutePlanner } from '../../../electron/services/routes/route-planner.js';
import { openProjectStore } from '../../../electron/store/project-store.js';
import type { ContractionHierarchy } from '../../../shared/routing/contraction.js';
import { createRoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder } from '../../../shared/routing/shortest-path.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { streetGrid } from './network-fixture.js';

// Contraction hierarchies are built in a worker thread: the thread that answers the UI keeps
// turning meanwhile, routes are found (by Dijkstra) before the hierarchy is in and are the same
// after, and a network that changes drops a build under way.

describe('building contraction hierarchies in a worker thread', () => {
  const { nodes, edges } = streetGrid(60);
  const graph = createRoutingGraph(nodes, edges);

  it('hands the hierarchy over later, the event loop turning meanwhile, with Dijkstra’s costs', async () => {
    const builder = createHierarchyBuilder();
    let hierarchy: ContractionHierarchy | null = null;
    builder.build(graph, 'foot', (built) => (hierarchy = built));
    expect(hierarchy).toBeNull();
    let turns = 0;
    const ticking = setInterval(() => turns++, 1);
    await builder.idle();
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
    expect(hierarchy).not.toBeNull();
    const finder = createPathFinder(graph);
    for (let pair = 0; pair < 50; pair++) {
      const from = [{ node: (pair * 977) % graph.nodeCount, cost: 0 }];
      const to = [{ node: (pair * 1429 + 11) % graph.nodeCount, cost: 0 }];
      expect(hierarchy!.shortestPath(from, to)?.cost).toBeCloseTo(finder.shortestPath('foot', from, to)!.cost, 6);
    }
  });

  it('drops a build when cancelled', async () => {
    const builder = createHierarchyBuilder();
    let handed = false;
    builder.build(graph, 'bicycle', () => (handed = true));
    builder.cancelAll();
    await builder.idle();
    expect(handed).toBe(false);
  });
});

describe('the route planner on a network it builds a hierarchy for', () => {
  const file = path.join(tempDir('itinera-hierarchy-'), 'sample.gpkg');
  const prepared = itinera(['sample', file]).status === 0;
  const store = openProjectStore(file);
  afterAll(() => store.close());

  it('routes before the hierarchy is in and the same after', async () => {
    expect(prepared).toBe(true);
    const planner = createRoutePlanner(store, { hierarchyFromNodes: 1 });
    const waypoints = [
      { position: [15.6105, 48.4095] as [number, number], stop: 0 },
      { position: [15.6035, 48.4112] as [number, number], stop: 1 },
    ];
    const before = planner.plan('walk', waypoints, null);
    expect(before.legs[0]?.kind).toBe('network');
    expect(planner.hierarchyProfiles()).toEqual([]);
    await planner.hierarchiesBuilt();
    expect(planner.hierarchyProfiles()).toEqual(['foot']);
    const after = planner.plan('walk', waypoints, null);
    expect(after.legs[0]?.lengthMetres).toBeCloseTo(before.legs[0]!.lengthMetres, 1);
    expect(after.line.coordinates).toEqual(before.line.coordinates);
    planner.close();
  });
});
