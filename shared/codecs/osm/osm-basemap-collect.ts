import { bboxClip } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { messageRef } from '../../i18n/define-messages.js';
import { osmReadMessages } from '../../i18n/messages/osm-read.js';
import { ImportError } from '../import/source-table.js';
import {
  basemapKindOfNode,
  basemapKindOfRelation,
  basemapKindOfWay,
  basemapProperties,
  type BasemapFeatureKind,
  type BasemapLayer,
} from './osm-basemap-features.js';
import type { OsmSource } from './osm-entities.js';
import type { OsmBox } from './osm-places.js';
import { assembleRings, polygonsFromRings } from './osm-rings.js';
import { readOsm } from './read-osm.js';

// The basemap's features from an OSM extract, in up to three streaming passes like the places
// (see osm-places.ts): 1. every entity: keep the ways and multipolygons the basemap draws (node
// ids only) and the place labels; 2. the member ways of those multipolygons; 3. the coordinates
// of exactly the nodes kept, in a sorted typed array (24 bytes a node, no Map per node).

/**
 * The most vertices the basemap of one import may hold. The features are kept in memory while
 * they are cut into tiles (about 100 bytes a vertex as GeoJSON): 8 million is well under 1 GB,
 * enough for a city with its surroundings; larger extracts are refused with a hint to --bbox.
 */
export const MAX_BASEMAP_VERTICES = 8_000_000;

export type BasemapGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;

export interface BasemapFeature {
  layer: BasemapLayer;
  feature: Feature<BasemapGeometry, Record<string, string | number>>;
}

export interface BasemapCollection {
  features: BasemapFeature[];
  /** West, south, east, north of what was kept, or null when nothing was. */
  bounds: [number, number, number, number] | null;
}

interface PendingWay {
  refs: number[];
  kind: BasemapFeatureKind;
  properties: Record<string, string | number>;
}

interface PendingRelation {
  outer: number[];
  inner: number[];
  kind: BasemapFeatureKind;
  properties: Record<string, string | number>;
}

/** Node id → position, for a fixed set of ids, in flat typed arrays. */
function createCoordinateTable(ids: Set<number>) {
  const sorted = Float64Array.from(ids).sort();
  const positions = new Float64Array(sorted.length * 2).fill(Number.NaN);
  const indexOf = (id: number): number => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = sorted[middle]!;
      if (value === id) return middle;
      if (value < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  return {
    set(id: number, longitude: number, latitude: number): void {
      const index = indexOf(id);
      if (index < 0) return;
      positions[index * 2] = longitude;
      positions[index * 2 + 1] = latitude;
    },
    /** The positions of a way's nodes; null when one is missing (the extract cut the way). */
    line(refs: readonly number[]): [number, number][] | null {
      const line: [number, number][] = [];
      for (const ref of refs) {
        const index = indexOf(ref);
        const longitude = index < 0 ? Number.NaN : positions[index * 2]!;
        if (Number.isNaN(longitude)) return null;
        line.push([longitude, positions[index * 2 + 1]!]);
      }
      return line;
    },
  };
}

function boundsOf(geometry: BasemapGeometry, bounds: [number, number, number, number]): void {
  const visit = (position: number[]) => {
    const [longitude = 0, latitude = 0] = position;
    if (longitude < bounds[0]) bounds[0] = longitude;
    if (latitude < bounds[1]) bounds[1] = latitude;
    if (longitude > bounds[2]) bounds[2] = longitude;
    if (latitude > bounds[3]) bounds[3] = latitude;
  };
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      break;
    case 'LineString':
      geometry.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((line) => line.forEach(visit));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      break;
  }
}

/** Clips a geometry to the box; null when nothing of it is left. */
function clipToBox(geometry: BasemapGeometry, box: OsmBox | undefined): BasemapGeometry | null {
  if (!box) return geometry;
  if (geometry.type === 'Point') {
    const [longitude = 0, latitude = 0] = geometry.coordinates;
    return longitude >= box[0] && longitude <= box[2] && latitude >= box[1] && latitude <= box[3] ? geometry : null;
  }
  const clipped = bboxClip(geometry, [box[0], box[1], box[2], box[3]]).geometry as BasemapGeometry;
  const empty =
    clipped.type === 'LineString'
      ? clipped.coordinates.length < 2
      : clipped.type === 'MultiLineString' || clipped.type === 'Polygon'
        ? clipped.coordinates.every((part) => part.length < 2)
        : clipped.type === 'MultiPolygon'
          ? clipped.coordinates.every((polygon) => polygon.every((ring) => ring.length < 4))
          : false;
  if (empty) return null;
  if (clipped.type === 'MultiLineString') clipped.coordinates = clipped.coordinates.filter((line) => line.length >= 2);
  if (clipped.type === 'Polygon') clipped.coordinates = clipped.coordinates.filter((ring) => ring.length >= 4);
  if (clipped.type === 'MultiPolygon')
    clipped.coordinates = clipped.coordinates
      .map((polygon) => polygon.filter((ring) => ring.length >= 4))
      .filter((polygon) => polygon.length > 0);
  return clipped;
}

/** Everything of an OSM extract the street-level basemap draws, clipped to `box` when given. */
export async function collectBasemapFeatures(
  open: OsmSource,
  options: { box?: OsmBox; fileName: string },
): Promise<BasemapCollection> {
  const { box, fileName } = options;
  const features: BasemapFeature[] = [];
  const ways: PendingWay[] = [];
  const relations: PendingRelation[] = [];
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const keep = (layer: BasemapLayer, geometry: BasemapGeometry | null, properties: Record<string, string | number>) => {
    const clipped = geometry && clipToBox(geometry, box);
    if (!clipped) return;
    boundsOf(clipped, bounds);
    features.push({ layer, feature: { type: 'Feature', properties, geometry: clipped } });
  };

  await readOsm(
    open(),
    {
      node(node) {
        if (Object.keys(node.tags).length === 0) return;
        const kind = basemapKindOfNode(node.tags);
        if (kind)
          keep(
            kind.layer,
            { type: 'Point', coordinates: [node.longitude, node.latitude] },
            basemapProperties(kind, node.tags),
          );
      },
      way(way) {
        if (way.refs.length < 2) return;
        const closed = way.refs.length >= 4 && way.refs[0] === way.refs[way.refs.length - 1];
        const kind = basemapKindOfWay(way.tags, closed);
        if (kind) ways.push({ refs: way.refs, kind, properties: basemapProperties(kind, way.tags) });
      },
      relation(relation) {
        const kind = basemapKindOfRelation(relation.tags);
        if (!kind) return;
        const outer: number[] = [];
        const inner: number[] = [];
        for (const member of relation.members) {
          if (member.type !== 'way') continue;
          if (member.role === 'inner') inner.push(member.ref);
          else if (member.role === 'outer' || member.role === '') outer.push(member.ref);
        }
        if (outer.length > 0)
          relations.push({ outer, inner, kind, properties: basemapProperties(kind, relation.tags) });
      },
    },
    fileName,
  );

  // Pass 2: the node ids of the multipolygons' member ways.
  const memberRefs = new Map<number, number[]>();
  for (const relation of relations) for (const id of [...relation.outer, ...relation.inner]) memberRefs.set(id, []);
  if (memberRefs.size > 0) {
    await readOsm(
      open(),
      {
        way(way) {
          if (memberRefs.has(way.id)) memberRefs.set(way.id, way.refs);
        },
      },
      fileName,
    );
  }

  // Pass 3: the coordinates of every node those ways are drawn through.
  const needed = new Set<number>();
  let vertices = 0;
  const need = (refs: readonly number[]) => {
    vertices += refs.length;
    if (vertices > MAX_BASEMAP_VERTICES)
      throw new ImportError(
        fileName,
        null,
        messageRef(osmReadMessages.basemapTooLarge, { maximum: MAX_BASEMAP_VERTICES }),
      );
    for (const ref of refs) needed.add(ref);
  };
  for (const way of ways) need(way.refs);
  for (const refs of memberRefs.values()) need(refs);
  const table = createCoordinateTable(needed);
  needed.clear();
  if (ways.length > 0 || memberRefs.size > 0) {
    await readOsm(
      open(),
      {
        node(node) {
          table.set(node.id, node.longitude, node.latitude);
        },
      },
      fileName,
    );
  }

  for (const way of ways) {
    const line = table.line(way.refs);
    if (!line) continue;
    keep(
      way.kind.layer,
      way.kind.shape === 'area' ? { type: 'Polygon', coordinates: [line] } : { type: 'LineString', coordinates: line },
      way.properties,
    );
  }
  for (const relation of relations) {
    const ringsOf = (ids: number[]) =>
      assembleRings(ids.map((id) => memberRefs.get(id) ?? []))
        .map((ring) => table.line(ring))
        .filter((ring): ring is [number, number][] => ring !== null);
    const polygons = polygonsFromRings(ringsOf(relation.outer), ringsOf(relation.inner));
    if (polygons.length === 0) continue;
    keep(relation.kind.layer, { type: 'MultiPolygon', coordinates: polygons }, relation.properties);
  }
  return { features, bounds: features.length === 0 ? null : bounds };
}
