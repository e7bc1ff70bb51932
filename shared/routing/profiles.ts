import type { NetworkEdgeRecord } from './network-records.js';

// Travel profiles: who may use an edge in which direction, how fast, and how much they like it.
// The weight of an edge is its travel time divided by its priority (as in GraphHopper's foot and
// bike profiles): walkers prefer footways and pedestrian streets and avoid main roads without
// sidewalks, cyclists prefer cycleways; wheelchair users never get steps, raised kerbs, stiles,
// loose or rough surfaces or steep inclines. `distance` is the plain shortest walk (used to
// compare with other routers, never offered to users).

export const PROFILES = ['foot', 'wheelchair', 'bicycle'] as const;
export type Profile = (typeof PROFILES)[number];
export type RoutingProfile = Profile | 'distance';

export interface Traversal {
  forward: boolean;
  backward: boolean;
  /** Metres per second on the flat (slopes adjust it when elevation is known). */
  speed: number;
  /** 1 is neutral, above 1 preferred, below 1 avoided; the weight is time / priority. */
  priority: number;
}

/** The fastest speed and best priority of each profile: the bound A* and snapping rely on. */
export const PROFILE_BOUNDS: Record<RoutingProfile, { speed: number; priority: number }> = {
  foot: { speed: 5 / 3.6, priority: 1.1 },
  wheelchair: { speed: 4 / 3.6, priority: 1.2 },
  bicycle: { speed: 18 / 3.6, priority: 1.3 },
  distance: { speed: 1, priority: 1 },
};

const FOOT_SPEED = 5 / 3.6;
const STEPS_SPEED = 2.5 / 3.6;
const WHEELCHAIR_SPEED = 4 / 3.6;
const BICYCLE_SPEED = 18 / 3.6;
const BICYCLE_ROUGH_SPEED = 12 / 3.6;
const BICYCLE_COBBLE_SPEED = 9 / 3.6;

const CALM = new Set(['footway', 'pedestrian', 'living_street', 'path', 'corridor', 'platform']);
const MINOR = new Set(['residential', 'service', 'unclassified', 'track', 'road']);
const MAIN: Readonly<Record<string, number>> = {
  tertiary: 0.85,
  tertiary_link: 0.85,
  secondary: 0.7,
  secondary_link: 0.7,
  primary: 0.5,
  primary_link: 0.5,
  trunk: 0.4,
  trunk_link: 0.4,
};
/** Surfaces of unpaved ways (compacted and fine gravel included), as the printed guide reports them too. */
export const UNPAVED: ReadonlySet<string> = new Set([
  'unpaved',
  'sand',
  'mud',
  'grass',
  'dirt',
  'earth',
  'ground',
  'gravel',
  'pebblestone',
  'woodchips',
  'rock',
  'stepping_stones',
  'grass_paver',
  'compacted',
  'fine_gravel',
]);
/** Loose or soft ground a wheelchair cannot cross (compacted and fine gravel are passable, slowly). */
const WHEELCHAIR_IMPASSABLE_SURFACES = new Set([
  'sand',
  'mud',
  'grass',
  'dirt',
  'earth',
  'ground',
  'gravel',
  'pebblestone',
  'woodchips',
  'rock',
  'stepping_stones',
  'grass_paver',
  'unpaved',
]);
/** Cobbles and setts: paved, but rough going for wheels. */
export const COBBLES: ReadonlySet<string> = new Set([
  'cobblestone',
  'sett',
  'unhewn_cobblestone',
  'cobblestone:flattened',
]);
const ROUGH = new Set(['very_bad', 'horrible', 'very_horrible', 'impassable']);
const WHEELCHAIR_BARRIERS = new Set([
  'stile',
  'turnstile',
  'full-height_turnstile',
  'kissing_gate',
  'cattle_grid',
  'step',
  'log',
  'block',
  'chain',
  'motorcycle_barrier',
]);
/** Steeper than a ramp may be (8.3 %, 1:12, the common building-code limit). */
const WHEELCHAIR_MAX_INCLINE = 8.3;

function hasSidewalk(tags: Readonly<Record<string, string>>): boolean {
  const yes = (value: string | undefined) =>
    value !== undefined && ['both', 'left', 'right', 'yes', 'separate'].includes(value);
  return yes(tags.sidewalk) || yes(tags['sidewalk:both']) || yes(tags['sidewalk:left']) || yes(tags['sidewalk:right']);
}

/** An incline tag as a percentage (10%, -6 %, 5°), or null when it gives no number (up, down). */
export function inclinePercent(value: string | undefined): number | null {
  if (!value) return null;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(%|°)?\s*$/.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] === '°' ? Math.tan((number * Math.PI) / 180) * 100 : number;
}

/** Barriers on the edge's vertices, as the import keeps them (`barrier` = "gate;kerb", `kerb` = "raised"). */
function barriers(tags: Readonly<Record<string, string>>): string[] {
  return tags.barrier ? tags.barrier.split(';').map((value) => value.trim()) : [];
}

function foot(edge: NetworkEdgeRecord): Traversal | null {
  if (!edge.foot) return null;
  const { tags, highway } = edge;
  let priority = 1;
  if (CALM.has(highway) || tags.foot === 'designated') priority = 1.1;
  else if (highway === 'steps') priority = 1;
  else if (MINOR.has(highway)) priority = 1;
  else if (MAIN[highway] !== undefined) priority = hasSidewalk(tags) ? 1 : MAIN[highway]!;
  if (tags.sidewalk === 'separate' && !CALM.has(highway)) priority = Math.min(priority, 0.8);
  return { forward: true, backward: true, speed: highway === 'steps' ? STEPS_SPEED : FOOT_SPEED, priority };
}

function wheelchair(edge: NetworkEdgeRecord): Traversal | null {
  const walk = foot(edge);
  if (!walk) return null;
  const { tags, highway } = edge;
  if (highway === 'steps' || tags.wheelchair === 'no') return null;
  if (tags.surface && WHEELCHAIR_IMPASSABLE_SURFACES.has(tags.surface)) return null;
  if (tags.smoothness && ROUGH.has(tags.smoothness)) return null;
  if (highway === 'track' && /^grade[3-5]$/.test(tags.tracktype ?? '')) return null;
  if (barriers(edge.tags).some((barrier) => WHEELCHAIR_BARRIERS.has(barrier))) return null;
  if (tags.kerb === 'raised' || tags.kerb === 'rolled') return null;
  const incline = inclinePercent(tags.incline);
  if (incline !== null && Math.abs(incline) > WHEELCHAIR_MAX_INCLINE) return null;
  let priority = walk.priority;
  if (tags.wheelchair === 'yes' || tags.wheelchair === 'designated') priority = 1.2;
  else if (tags.wheelchair === 'limited') priority *= 0.7;
  if (tags.surface && COBBLES.has(tags.surface)) priority *= 0.5;
  if (tags.surface === 'compacted' || tags.surface === 'fine_gravel') priority *= 0.7;
  if (highway === 'path' && !tags.surface) priority *= 0.6;
  if (incline !== null && Math.abs(incline) > 6) priority *= 0.6;
  return { ...walk, speed: WHEELCHAIR_SPEED, priority };
}

function bicycle(edge: NetworkEdgeRecord): Traversal | null {
  if (!edge.bicycle) return null;
  const { tags, highway } = edge;
  let priority = 1;
  if (highway === 'cycleway' || tags.bicycle === 'designated') priority = 1.3;
  else if (MAIN[highway] !== undefined) {
    priority = MAIN[highway]! + 0.1;
    if (/lane|track|share_busway/.test(tags.cycleway ?? tags['cycleway:both'] ?? tags['cycleway:right'] ?? '')) {
      priority = Math.min(1, priority + 0.25);
    }
  } else if (highway === 'footway' || highway === 'pedestrian') priority = 0.8;
  let speed = BICYCLE_SPEED;
  if ((tags.surface && UNPAVED.has(tags.surface)) || highway === 'track') speed = BICYCLE_ROUGH_SPEED;
  if (tags.surface && COBBLES.has(tags.surface)) speed = BICYCLE_COBBLE_SPEED;
  if (tags.smoothness && ROUGH.has(tags.smoothness)) priority *= 0.5;
  return { forward: true, backward: !edge.bicycleOneway, speed, priority };
}

function distance(edge: NetworkEdgeRecord): Traversal | null {
  return edge.foot ? { forward: true, backward: true, speed: 1, priority: 1 } : null;
}

/** How `profile` may travel along `edge`, or null when it may not use it at all. */
export function traversal(profile: RoutingProfile, edge: NetworkEdgeRecord): Traversal | null {
  switch (profile) {
    case 'foot':
      return foot(edge);
    case 'wheelchair':
      return wheelchair(edge);
    case 'bicycle':
      return bicycle(edge);
    case 'distance':
      return distance(edge);
  }
}
