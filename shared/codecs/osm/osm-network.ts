import { geodesicDistanceMetres } from '../../geo/geodesic-distance.js';
import type { OsmSource, OsmTags } from './osm-entities.js';
import { checkOsmId } from './osm-entities.js';
import { createOsmClipTest, type OsmArea } from './osm-clip.js';
import type { OsmBox } from './osm-places.js';
import { readOsm } from './read-osm.js';

// From an OSM extract to a walking and cycling network: the ways people may walk or cycle on,
// as a graph whose nodes are the OSM nodes where ways meet or end (junction-only, as routers
// build it) and whose edges run between them along the way, with their geodesic length.
// Two streaming passes, so memory grows with the network, not with the extract:
//   1. ways: keep the walkable or cyclable ones (node ids, class, name, access); count how
//      many times each of their nodes is used (a node used twice is a junction);
//   2. nodes: the positions of exactly those nodes.

/** Who may use a way, by the OSM tags; null when neither walkers nor cyclists may. */
export interface NetworkAccess {
  foot: boolean;
  bicycle: boolean;
  /** Cycling: 0 both ways, 1 only along the way's direction, -1 only against it. */
  bicycleOneway: 0 | 1 | -1;
}

export interface NetworkNode {
  /** The OSM node id. */
  id: number;
  longitude: number;
  latitude: number;
}

export interface NetworkEdge {
  fromNode: number;
  toNode: number;
  /** Geodesic (WGS84) length along the geometry, in metres. */
  lengthMetres: number;
  highway: string;
  name: string;
  foot: boolean;
  bicycle: boolean;
  /** True when cyclists may only ride from `fromNode` to `toNode` (edges against a way's oneway are reversed). */
  bicycleOneway: boolean;
  osmWayId: number;
  /** The way's tags travel profiles read (ROUTING_TAG_KEYS) and barriers on its vertices, keys sorted. */
  tags: Record<string, string>;
  coordinates: [number, number][];
}

export interface OsmNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * Whether walking and cycling are allowed on each highway class when no tag says otherwise
 * (OSM's worldwide defaults, https://wiki.openstreetmap.org/wiki/OSM_tags_for_routing/Access_restrictions).
 * NOTE: cycleway and bridleway are not for walkers and footway, pedestrian and steps not for
 * cyclists unless tagged so (foot=yes, bicycle=designated...); motorways never. Trunk roads
 * are open to both unless motorroad=yes or expressway=yes says they are expressways (or a
 * foot/bicycle tag closes them): many a town's main road is a trunk (Krems's B37 and its
 * Danube bridge), and leaving them all out cut towns in two.
 */
const DEFAULT_ACCESS: Readonly<Record<string, readonly [foot: boolean, bicycle: boolean]>> = {
  trunk: [true, true],
  trunk_link: [true, true],
  primary: [true, true],
  primary_link: [true, true],
  secondary: [true, true],
  secondary_link: [true, true],
  tertiary: [true, true],
  tertiary_link: [true, true],
  unclassified: [true, true],
  residential: [true, true],
  living_street: [true, true],
  service: [true, true],
  road: [true, true],
  track: [true, true],
  path: [true, true],
  cycleway: [false, true],
  bridleway: [false, false],
  pedestrian: [true, false],
  footway: [true, false],
  steps: [true, false],
  corridor: [true, false],
  platform: [true, false],
  motorway: [false, false],
  motorway_link: [false, false],
};

const ALLOWED = new Set(['yes', 'designated', 'permissive', 'official', 'destination', 'customers', 'delivery']);
const DENIED = new Set([
  'no',
  'private',
  'use_sidepath',
  'dismount',
  'agricultural',
  'forestry',
  'emergency',
  'military',
]);

/** yes/no from the most specific tag that says either (e.g. bicycle, then vehicle, then access). */
function allowed(tags: OsmTags, keys: readonly string[], fallback: boolean): boolean {
  for (const key of keys) {
    const value = tags[key]?.trim().toLowerCase();
    if (value === undefined) continue;
    if (ALLOWED.has(value)) return true;
    if (DENIED.has(value)) return false;
  }
  return fallback;
}

function direction(value: string | undefined): 0 | 1 | -1 | undefined {
  switch (value?.trim().toLowerCase()) {
    case 'yes':
    case 'true':
    case '1':
      return 1;
    case '-1':
    case 'reverse':
      return -1;
    case 'no':
    case 'false':
    case '0':
      return 0;
    default:
      return undefined;
  }
}

/** Who may walk or cycle on a way with these tags; null when it is not part of the network. */
export function networkAccess(tags: OsmTags): NetworkAccess | null {
  const highway = tags.highway;
  if (highway === undefined) return null;
  const defaults = DEFAULT_ACCESS[highway];
  if (!defaults) return null; // construction, proposed, bus_stop, raceway...
  if (tags.area === 'yes' && highway !== 'pedestrian' && highway !== 'footway') return null;
  const motorroad = tags.motorroad === 'yes' || tags.expressway === 'yes';
  const foot = allowed(tags, ['foot', 'access'], defaults[0] && !motorroad);
  const bicycle = allowed(tags, ['bicycle', 'vehicle', 'access'], defaults[1] && !motorroad);
  if (!foot && !bicycle) return null;
  let bicycleOneway: 0 | 1 | -1 = 0;
  if (bicycle) {
    const cycleway = tags.cycleway ?? '';
    bicycleOneway =
      direction(tags['oneway:bicycle']) ??
      (cycleway.startsWith('opposite')
        ? 0
        : (direction(tags.oneway) ?? (tags.junction === 'roundabout' || tags.junction === 'circular' ? 1 : 0)));
  }
  return { foot, bicycle, bicycleOneway };
}

/**
 * Tags kept on each edge for the travel profiles (shared/routing/profiles.ts): sidewalks,
 * surface and smoothness, incline, wheelchair and other access, cycleways and oneways.
 */
export const ROUTING_TAG_KEYS = [
  'access',
  'bicycle',
  'cycleway',
  'cycleway:both',
  'cycleway:left',
  'cycleway:right',
  'foot',
  'footway',
  'handrail',
  'incline',
  'lit',
  'oneway',
  'oneway:bicycle',
  'ramp:wheelchair',
  'segregated',
  'sidewalk',
  'sidewalk:both',
  'sidewalk:left',
  'sidewalk:right',
  'smoothness',
  'step_count',
  'surface',
  'tracktype',
  'wheelchair',
] as const;

/** Tags of a node that stands in a walker's or a wheelchair's way. */
interface NodeBarrier {
  barrier?: string;
  kerb?: string;
  wheelchair?: string;
}

interface WalkableWay {
  id: number;
  refs: number[];
  highway: string;
  name: string;
  access: NetworkAccess;
  tags: Record<string, string>;
}

function routingTags(tags: OsmTags): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of ROUTING_TAG_KEYS) {
    const value = tags[key]?.trim();
    if (value) kept[key] = value.slice(0, 100);
  }
  return kept;
}

/** The kerb that hinders most: raised before rolled before lowered or flush. */
const KERB_SEVERITY = ['flush', 'no', 'lowered', 'rolled', 'raised'];

/** The way's tags with the barriers on the edge's vertices added (`barrier` "gate;kerb", worst `kerb`). */
function edgeTags(way: WalkableWay, nodeIds: readonly number[], barriers: ReadonlyMap<number, NodeBarrier>) {
  const tags: Record<string, string> = { ...way.tags };
  const kinds = new Set<string>();
  for (const id of nodeIds) {
    const found = barriers.get(id);
    if (!found) continue;
    if (found.barrier) kinds.add(found.barrier);
    if (found.kerb && KERB_SEVERITY.indexOf(found.kerb) > KERB_SEVERITY.indexOf(tags.kerb ?? ''))
      tags.kerb = found.kerb;
    if (found.wheelchair === 'no') tags.wheelchair = 'no';
  }
  if (kinds.size > 0) tags.barrier = [...kinds].sort().join(';');
  return Object.fromEntries(Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Seven decimals (about 1 cm), as OSM stores positions: the same extract gives the same bytes. */
const round = (value: number) => Math.round(value * 1e7) / 1e7;

/**
 * The walking and cycling network of an extract, clipped to `box` and `area` when given (a way
 * leaving them is cut at its last vertex inside). `onProgress` hears which pass is running.
 */
export async function collectOsmNetwork(
  open: OsmSource,
  options: { box?: OsmBox; area?: OsmArea; fileName: string; onPass?: (pass: 'ways' | 'nodes') => void },
): Promise<OsmNetwork> {
  const { fileName } = options;
  const inside = createOsmClipTest(options.box, options.area);
  const ways: WalkableWay[] = [];
  // How often each node of a walkable way is used; a node used more than once is a junction.
  const uses = new Map<number, number>();
  options.onPass?.('ways');
  await readOsm(
    open(),
    {
      way(way) {
        if (!checkOsmId(way.id) || way.refs.length < 2) return;
        const access = networkAccess(way.tags);
        if (!access) return;
        // Repeated consecutive references (a mapping slip) would make zero-length segments.
        const refs = way.refs.filter((ref, index) => index === 0 || ref !== way.refs[index - 1]);
        if (refs.length < 2) return;
        for (const ref of refs) uses.set(ref, (uses.get(ref) ?? 0) + 1);
        ways.push({
          id: way.id,
          refs,
          highway: way.tags.highway!,
          name: (way.tags.name ?? way.tags.ref ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
          access,
          tags: routingTags(way.tags),
        });
      },
    },
    fileName,
  );

  options.onPass?.('nodes');
  const positions = new Map<number, [number, number]>();
  const barriers = new Map<number, NodeBarrier>();
  if (uses.size > 0)
    await readOsm(
      open(),
      {
        node(node) {
          if (!uses.has(node.id) || !inside(node.longitude, node.latitude)) return;
          positions.set(node.id, [round(node.longitude), round(node.latitude)]);
          const { barrier, kerb, wheelchair } = node.tags;
          if (barrier || kerb || wheelchair === 'no') {
            barriers.set(node.id, {
              ...(barrier ? { barrier: barrier.trim().slice(0, 50) } : {}),
              ...(kerb ? { kerb: kerb.trim() } : {}),
              ...(wheelchair ? { wheelchair: wheelchair.trim() } : {}),
            });
          }
        },
      },
      fileName,
    );

  const edges: NetworkEdge[] = [];
  const graphNodes = new Set<number>();
  for (const way of ways) {
    // Runs of consecutive vertices whose position is known (inside the box, present in the extract).
    let run: number[] = [];
    const flush = () => {
      if (run.length >= 2) addEdges(way, run);
      run = [];
    };
    for (const ref of way.refs) {
      if (positions.has(ref)) run.push(ref);
      else flush();
    }
    flush();
  }

  function addEdges(way: WalkableWay, run: number[]): void {
    let start = 0;
    for (let index = 1; index < run.length; index++) {
      const ref = run[index]!;
      if (index < run.length - 1 && (uses.get(ref) ?? 0) < 2) continue;
      const nodeIds = run.slice(start, index + 1);
      start = index;
      const from = nodeIds[0]!;
      const to = nodeIds[nodeIds.length - 1]!;
      // NOTE: a loop back to its own start (a closed way meeting nothing) adds no route anywhere.
      if (from === to) continue;
      const coordinates = nodeIds.map((id) => positions.get(id)!);
      let lengthMetres = 0;
      for (let step = 1; step < coordinates.length; step++)
        lengthMetres += geodesicDistanceMetres(coordinates[step - 1]!, coordinates[step]!);
      if (!(lengthMetres > 0)) continue;
      const reversed = way.access.bicycleOneway === -1;
      if (reversed) coordinates.reverse();
      graphNodes.add(from);
      graphNodes.add(to);
      edges.push({
        fromNode: reversed ? to : from,
        toNode: reversed ? from : to,
        // Centimetres (at least one): enough for walking times, stable from one import to the next.
        lengthMetres: Math.max(0.01, Math.round(lengthMetres * 100) / 100),
        highway: way.highway,
        name: way.name,
        foot: way.access.foot,
        bicycle: way.access.bicycle,
        bicycleOneway: way.access.bicycleOneway !== 0,
        osmWayId: way.id,
        tags: edgeTags(way, nodeIds, barriers),
        coordinates,
      });
    }
  }

  const nodes = [...graphNodes]
    .sort((a, b) => a - b)
    .map((id) => {
      const [longitude, latitude] = positions.get(id)!;
      return { id, longitude, latitude };
    });
  return { nodes, edges };
}
