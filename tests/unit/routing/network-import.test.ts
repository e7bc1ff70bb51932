import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectOsmNetwork } from '../../../shared/codecs/osm/osm-network.js';
import { createLegRouter } from '../../../shared/routing/route-legs.js';
import { createRoutingGraph } from '../../../shared/routing/routing-graph.js';
import { createPathFinder } from '../../../shared/routing/shortest-path.js';
import { createEdgeIndex } from '../../../shared/routing/snap.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';

// What the OSM import keeps for the travel profiles: the way's sidewalk, surface, incline and
// access tags, and barriers on its vertices (a raised kerb stops a wheelchair, not a walker);
// stored in the project and read back by the router.

const OSM = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
  <node id="1" lat="48.41000" lon="15.60000"/>
  <node id="2" lat="48.41000" lon="15.60200"/>
  <node id="3" lat="48.41000" lon="15.60400"><tag k="kerb" v="raised"/><tag k="barrier" v="kerb"/></node>
  <node id="4" lat="48.41000" lon="15.60600"/>
  <node id="5" lat="48.41150" lon="15.60300"/>
  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/><tag k="name" v="Obere Landstraße"/><tag k="sidewalk" v="both"/><tag k="surface" v="asphalt"/><tag k="maxspeed" v="30"/></way>
  <way id="11"><nd ref="2"/><nd ref="3"/><nd ref="4"/><tag k="highway" v="footway"/></way>
  <way id="12"><nd ref="2"/><nd ref="5"/><nd ref="4"/><tag k="highway" v="footway"/><tag k="surface" v="paving_stones"/><tag k="incline" v="5%"/></way>
</osm>`;

const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

describe('the network as the import keeps it for routing', () => {
  it('keeps the profiles’ tags and vertex barriers, stores them, and the router reads them back', async () => {
    const bytes = new TextEncoder().encode(OSM);
    const network = await collectOsmNetwork(
      () =>
        (async function* () {
          yield bytes;
        })(),
      { fileName: 'test.osm' },
    );
    const residential = network.edges.find((edge) => edge.osmWayId === 10)!;
    expect(residential.tags).toEqual({ sidewalk: 'both', surface: 'asphalt' });
    const withKerb = network.edges.find((edge) => edge.osmWayId === 11)!;
    expect(withKerb.tags).toEqual({ barrier: 'kerb', kerb: 'raised' });

    const store = createProjectStore(path.join(tempDir('itinera-network-tags-'), 'p.gpkg'), 'Tags');
    stores.push(store);
    store.transaction(() => store.network.replace(network));
    const stored = store.network.routingNetwork();
    expect(stored.edges.find((edge) => edge.tags.kerb === 'raised')?.coordinates.length).toBe(3);

    const graph = createRoutingGraph(stored.nodes, stored.edges);
    const legs = createLegRouter(graph, createEdgeIndex(graph), createPathFinder(graph));
    const from: [number, number] = [15.6, 48.41];
    const to: [number, number] = [15.606, 48.41];
    const walk = legs.routeStops('foot', [from, to]).legs[0]!;
    const wheel = legs.routeStops('wheelchair', [from, to]).legs[0]!;
    // Walkers cross the raised kerb (the straight footway); wheelchairs take the way round by node 5.
    expect(walk.lengthMetres).toBeLessThan(wheel.lengthMetres);
    expect(walk.coordinates.some(([, latitude]) => latitude > 48.411)).toBe(false);
    expect(wheel.coordinates.some(([, latitude]) => latitude > 48.411)).toBe(true);
  });
});
