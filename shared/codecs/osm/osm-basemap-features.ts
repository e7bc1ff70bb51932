import type { OsmTags } from './osm-entities.js';

// Which OpenStreetMap features make the street-level basemap, and how: the vector tile layer,
// the class the style draws them by, and from which zoom they are worth drawing. Pure (tags in,
// description out) so the rules are tested without reading a file.

/** The layers of the basemap's vector tiles (the style refers to these names). */
export const BASEMAP_LAYERS = [
  'water',
  'landuse',
  'waterways',
  'buildings',
  'rail',
  'paths',
  'roads',
  'places',
] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** The zooms the tiles are made for; MapLibre overzooms the last one. */
export const BASEMAP_MIN_ZOOM = 10;
export const BASEMAP_MAX_ZOOM = 16;

export interface BasemapFeatureKind {
  layer: BasemapLayer;
  /** The class the style keys on (e.g. roads: motorway … service; landuse: park, forest …). */
  kind: string;
  /** Lines, areas (closed ways and multipolygons) or points. */
  shape: 'line' | 'area' | 'point';
  /** First zoom the feature goes into the tiles. */
  minZoom: number;
}

const ROADS: Record<string, [kind: string, minZoom: number]> = {
  motorway: ['motorway', 10],
  motorway_link: ['motorway', 12],
  trunk: ['trunk', 10],
  trunk_link: ['trunk', 12],
  primary: ['primary', 10],
  primary_link: ['primary', 13],
  secondary: ['secondary', 11],
  secondary_link: ['secondary', 13],
  tertiary: ['tertiary', 12],
  tertiary_link: ['tertiary', 13],
  unclassified: ['minor', 13],
  residential: ['minor', 13],
  living_street: ['minor', 13],
  road: ['minor', 13],
  service: ['service', 14],
  track: ['track', 14],
};

const PATHS: Record<string, string> = {
  footway: 'footway',
  pedestrian: 'pedestrian',
  cycleway: 'cycleway',
  path: 'path',
  steps: 'steps',
  bridleway: 'path',
};

const RAIL: Record<string, [kind: string, minZoom: number]> = {
  rail: ['rail', 11],
  light_rail: ['light_rail', 12],
  narrow_gauge: ['rail', 12],
  subway: ['subway', 13],
  tram: ['tram', 13],
};

const WATERWAYS: Record<string, number> = { river: 10, canal: 12, stream: 13, ditch: 15, drain: 15 };

const LANDUSE: Record<string, [kind: string, minZoom: number]> = {
  'leisure=park': ['park', 10],
  'leisure=garden': ['park', 13],
  'leisure=playground': ['park', 14],
  'leisure=pitch': ['pitch', 14],
  'leisure=nature_reserve': ['park', 10],
  'landuse=grass': ['grass', 12],
  'landuse=meadow': ['grass', 12],
  'landuse=village_green': ['grass', 12],
  'landuse=recreation_ground': ['park', 12],
  'landuse=cemetery': ['cemetery', 12],
  'amenity=grave_yard': ['cemetery', 13],
  'landuse=forest': ['forest', 10],
  'natural=wood': ['forest', 10],
  'natural=scrub': ['forest', 12],
  'landuse=residential': ['residential', 10],
  'landuse=commercial': ['commercial', 11],
  'landuse=retail': ['commercial', 11],
  'landuse=industrial': ['industrial', 11],
  'landuse=railway': ['industrial', 12],
  'landuse=farmland': ['farmland', 11],
  'landuse=orchard': ['farmland', 12],
  'landuse=vineyard': ['farmland', 12],
  'landuse=allotments': ['grass', 13],
  'amenity=parking': ['parking', 15],
  'place=square': ['square', 14],
  'highway=pedestrian': ['square', 14],
};

const PLACES: Record<string, number> = {
  city: 10,
  town: 10,
  village: 11,
  suburb: 12,
  quarter: 13,
  hamlet: 13,
  neighbourhood: 14,
  isolated_dwelling: 15,
  locality: 15,
  square: 15,
};

/** Whether a way's tags describe an area when the way is closed (OSM's usual conventions). */
function isAreaTagged(tags: OsmTags): boolean {
  if (tags.area === 'no') return false;
  if (tags.area === 'yes') return true;
  return !tags.highway && !tags.railway && !tags.waterway && !tags.barrier;
}

function landuseOf(tags: OsmTags): [string, number] | undefined {
  for (const key of ['leisure', 'landuse', 'natural', 'amenity', 'place', 'highway']) {
    const value = tags[key];
    if (value === undefined) continue;
    const found = LANDUSE[`${key}=${value}`];
    if (found) return found;
  }
  return undefined;
}

/**
 * What a way (or multipolygon relation, `closed` true) becomes on the basemap, or null.
 * `closed`: the way's first and last node are the same.
 */
export function basemapKindOfWay(tags: OsmTags, closed: boolean): BasemapFeatureKind | null {
  const areaTagged = closed && isAreaTagged(tags);
  if (areaTagged) {
    if (tags.building && tags.building !== 'no')
      return { layer: 'buildings', kind: 'building', shape: 'area', minZoom: 14 };
    if (
      tags.natural === 'water' ||
      tags.waterway === 'riverbank' ||
      tags.landuse === 'reservoir' ||
      tags.landuse === 'basin'
    )
      return { layer: 'water', kind: 'water', shape: 'area', minZoom: 10 };
    const landuse = landuseOf(tags);
    if (landuse) return { layer: 'landuse', kind: landuse[0], shape: 'area', minZoom: landuse[1] };
  }
  // Pedestrian squares mapped as closed ways with area=yes are drawn as areas (above), not lines.
  if (closed && tags.area === 'yes') return null;
  const road = tags.highway ? ROADS[tags.highway] : undefined;
  if (road) return { layer: 'roads', kind: road[0], shape: 'line', minZoom: road[1] };
  const path = tags.highway ? PATHS[tags.highway] : undefined;
  if (path) return { layer: 'paths', kind: path, shape: 'line', minZoom: 14 };
  const rail = tags.railway ? RAIL[tags.railway] : undefined;
  if (rail && !tags.service) return { layer: 'rail', kind: rail[0], shape: 'line', minZoom: rail[1] };
  const waterway = tags.waterway ? WATERWAYS[tags.waterway] : undefined;
  if (waterway !== undefined && tags.tunnel !== 'culvert')
    return { layer: 'waterways', kind: tags.waterway!, shape: 'line', minZoom: waterway };
  return null;
}

/** What a multipolygon relation becomes on the basemap (areas only), or null. */
export function basemapKindOfRelation(tags: OsmTags): BasemapFeatureKind | null {
  if (tags.type !== 'multipolygon') return null;
  const kind = basemapKindOfWay(tags, true);
  return kind?.shape === 'area' ? kind : null;
}

/** What a node becomes on the basemap (place labels), or null. */
export function basemapKindOfNode(tags: OsmTags): BasemapFeatureKind | null {
  const minZoom = tags.place ? PLACES[tags.place] : undefined;
  if (minZoom === undefined || !tags.name) return null;
  return { layer: 'places', kind: tags.place!, shape: 'point', minZoom };
}

/** The properties a feature carries into the tiles: its class and, when it has them, its name and ref. */
export function basemapProperties(kind: BasemapFeatureKind, tags: OsmTags): Record<string, string | number> {
  const properties: Record<string, string | number> = { kind: kind.kind, min_zoom: kind.minZoom };
  const name = tags.name?.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (name) properties.name = name;
  if (kind.layer === 'roads' && tags.ref) properties.ref = tags.ref.slice(0, 50);
  if (
    (kind.layer === 'roads' || kind.layer === 'paths' || kind.layer === 'rail') &&
    tags.bridge &&
    tags.bridge !== 'no'
  )
    properties.bridge = 1;
  if (
    (kind.layer === 'roads' || kind.layer === 'paths' || kind.layer === 'rail') &&
    tags.tunnel &&
    tags.tunnel !== 'no'
  )
    properties.tunnel = 1;
  if (kind.layer === 'places' && tags.population && /^\d+$/.test(tags.population))
    properties.population = Number(tags.population);
  return properties;
}
