import GeoJSONVT, { type LegacyFeature } from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { OSM_ATTRIBUTION } from './osm-attribution.js';
import type { BasemapCollection, BasemapFeature } from '../../../shared/codecs/osm/osm-basemap-collect.js';
import {
  BASEMAP_LAYERS,
  BASEMAP_MAX_ZOOM,
  BASEMAP_MIN_ZOOM,
  type BasemapLayer,
} from '../../../shared/codecs/osm/osm-basemap-features.js';
import type { ProjectStore } from '../../store/project-store.js';

// Cuts the basemap features of an OSM extract into Mapbox Vector Tiles (zoom 10 to 16) and
// writes them into the project (basemap_tiles), replacing what an earlier import wrote. Tiles
// whose bytes did not change are not written, so re-importing the same extract leaves the file
// byte for byte as it was.
// Memory: geojson-vt's index (several times the size of its input, plus every tile it has cut)
// is built for one zoom-10 tile of the region at a time, from the features that touch it, and
// dropped before the next: its size follows the densest 40 km × 40 km square, not the region.
// The features themselves are bounded by MAX_BASEMAP_VERTICES (osm-basemap-collect.ts).

const EXTENT = 4096;
/** Tile edge buffer in tile units (as geojson-vt's default): lines and labels cross tile edges cleanly. */
const BUFFER = 64;
/** geojson-vt's simplification tolerance (in tile pixels of 256): calm lines, small tiles. */
const TOLERANCE = 3;

/** Tile column and row of a longitude/latitude at a zoom (Web Mercator, XYZ), not rounded. */
function tileCoordinates(longitude: number, latitude: number, zoom: number): [number, number] {
  const scale = 2 ** zoom;
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, latitude));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((longitude + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** The tiles (inclusive ranges) a box touches at a zoom, widened by `margin` tiles. */
function tileRange(
  box: readonly [number, number, number, number],
  zoom: number,
  margin = 0,
): { minX: number; minY: number; maxX: number; maxY: number } {
  const last = 2 ** zoom - 1;
  const [west, north] = tileCoordinates(box[0], box[3], zoom);
  const [east, south] = tileCoordinates(box[2], box[1], zoom);
  const clamp = (value: number) => Math.max(0, Math.min(last, Math.floor(value)));
  return {
    minX: clamp(west - margin),
    minY: clamp(north - margin),
    maxX: clamp(east + margin),
    maxY: clamp(south + margin),
  };
}

function featureBox(feature: BasemapFeature['feature']): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (position: number[]) => {
    const [longitude = 0, latitude = 0] = position;
    box[0] = Math.min(box[0], longitude);
    box[1] = Math.min(box[1], latitude);
    box[2] = Math.max(box[2], longitude);
    box[3] = Math.max(box[3], latitude);
  };
  const geometry = feature.geometry;
  if (geometry.type === 'Point') visit(geometry.coordinates);
  else if (geometry.type === 'LineString') geometry.coordinates.forEach(visit);
  else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
  else geometry.coordinates.forEach((line) => line.forEach(visit));
  return box;
}

/** The fields each layer's features carry, for the metadata's vector_layers (as MBTiles lists them). */
const LAYER_FIELDS: Record<string, string> = {
  kind: 'String',
  name: 'String',
  ref: 'String',
  bridge: 'Number',
  tunnel: 'Number',
  population: 'Number',
};

export interface BasemapTilesResult {
  tiles: number;
  bounds: [number, number, number, number] | null;
}

/**
 * Replaces the project's basemap tiles with tiles cut from `collection`. Synchronous and meant to
 * run inside the import's transaction, so a failure leaves the earlier tiles in place.
 */
export function writeBasemapTiles(
  store: ProjectStore,
  collection: BasemapCollection,
  source: { fileName: string },
  /** Called between blocks; throws to stop (the transaction then rolls everything back). */
  checkCancelled: () => void = () => {},
): BasemapTilesResult {
  const bounds = collection.bounds;
  const written = new Set<string>();
  let changed = false;
  const finish = (): void => {
    if (store.basemap.removeTilesExcept((z, x, y) => written.has(`${z}/${x}/${y}`)) > 0) changed = true;
    if (changed) store.basemap.touch();
  };
  if (!bounds || collection.features.length === 0) {
    if (store.basemap.setMetadata({})) changed = true;
    finish();
    return { tiles: 0, bounds: null };
  }

  // Which features touch each zoom-10 tile (with the tile buffer).
  const margin = BUFFER / EXTENT;
  const blocks = new Map<string, number[]>();
  collection.features.forEach((item, index) => {
    const range = tileRange(featureBox(item.feature), BASEMAP_MIN_ZOOM, margin);
    for (let x = range.minX; x <= range.maxX; x++)
      for (let y = range.minY; y <= range.maxY; y++) {
        const key = `${x}/${y}`;
        let list = blocks.get(key);
        if (!list) blocks.set(key, (list = []));
        list.push(index);
      }
  });

  let count = 0;
  const dataRange = (zoom: number) => tileRange(bounds, zoom);
  for (const [key, indexes] of [...blocks].sort(([a], [b]) => a.localeCompare(b))) {
    checkCancelled();
    const [blockX = 0, blockY = 0] = key.split('/').map(Number);
    // One index per layer and first zoom, so a tile asks only the groups drawn at its zoom.
    const groups = new Map<string, { layer: BasemapLayer; minZoom: number; index: GeoJSONVT }>();
    const byGroup = new Map<string, BasemapFeature['feature'][]>();
    for (const index of indexes) {
      const item = collection.features[index]!;
      const minZoom = Number(item.feature.properties.min_zoom);
      const groupKey = `${item.layer}/${minZoom}`;
      let list = byGroup.get(groupKey);
      if (!list) byGroup.set(groupKey, (list = []));
      list.push(item.feature);
    }
    for (const [groupKey, features] of byGroup) {
      const [layer, minZoom] = groupKey.split('/') as [BasemapLayer, string];
      groups.set(groupKey, {
        layer,
        minZoom: Number(minZoom),
        index: new GeoJSONVT(
          { type: 'FeatureCollection', features },
          {
            maxZoom: BASEMAP_MAX_ZOOM,
            indexMaxZoom: BASEMAP_MIN_ZOOM,
            tolerance: TOLERANCE,
            extent: EXTENT,
            buffer: BUFFER,
          },
        ),
      });
    }
    for (let zoom = BASEMAP_MIN_ZOOM; zoom <= BASEMAP_MAX_ZOOM; zoom++) {
      const factor = 2 ** (zoom - BASEMAP_MIN_ZOOM);
      const data = dataRange(zoom);
      const minX = Math.max(blockX * factor, data.minX);
      const maxX = Math.min((blockX + 1) * factor - 1, data.maxX);
      const minY = Math.max(blockY * factor, data.minY);
      const maxY = Math.min((blockY + 1) * factor - 1, data.maxY);
      for (let x = minX; x <= maxX; x++)
        for (let y = minY; y <= maxY; y++) {
          const layers: Record<string, { features: LegacyFeature[] }> = {};
          for (const group of groups.values()) {
            if (group.minZoom > zoom) continue;
            const tile = group.index.getTile(zoom, x, y);
            if (!tile || tile.features.length === 0) continue;
            const features = tile.features.map((feature) => {
              const { min_zoom: _minZoom, ...tags } = feature.tags ?? {};
              return { ...feature, tags };
            });
            (layers[group.layer] ??= { features: [] }).features.push(...features);
          }
          if (Object.keys(layers).length === 0) continue;
          // Layers in drawing order (areas under lines under labels), whatever order the groups came in.
          const ordered: Record<string, { features: LegacyFeature[] }> = {};
          for (const layer of BASEMAP_LAYERS) if (layers[layer]) ordered[layer] = layers[layer];
          if (store.basemap.putTile(zoom, x, y, vtpbf.fromGeojsonVt(ordered, { version: 2, extent: EXTENT })))
            changed = true;
          written.add(`${zoom}/${x}/${y}`);
          count++;
        }
    }
  }

  const present = new Set(collection.features.map((item) => item.layer));
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  const metadataChanged = store.basemap.setMetadata({
    name: `OpenStreetMap: ${source.fileName}`,
    description: 'Street-level basemap imported from an OpenStreetMap extract',
    format: 'pbf',
    type: 'baselayer',
    version: '1',
    minzoom: String(BASEMAP_MIN_ZOOM),
    maxzoom: String(BASEMAP_MAX_ZOOM),
    bounds: bounds.map(round).join(','),
    center: [round((bounds[0] + bounds[2]) / 2), round((bounds[1] + bounds[3]) / 2), BASEMAP_MAX_ZOOM - 2].join(','),
    attribution: OSM_ATTRIBUTION,
    json: JSON.stringify({
      vector_layers: BASEMAP_LAYERS.filter((layer) => present.has(layer)).map((layer) => ({
        id: layer,
        fields: LAYER_FIELDS,
        minzoom: BASEMAP_MIN_ZOOM,
        maxzoom: BASEMAP_MAX_ZOOM,
      })),
    }),
  });
  if (metadataChanged) changed = true;
  finish();
  return { tiles: count, bounds };
}
