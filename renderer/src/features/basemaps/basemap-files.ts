import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import type { BasemapFile, VectorLayerInfo } from '../../../../shared/api/basemaps.js';
import { basemapFileTilePrefix } from '../../../../shared/api/basemaps.js';
import { escapeHtml } from '../../../../shared/codecs/tiles/attribution-text.js';
import { FONT_REGULAR } from '../../map/map-ids.js';

// Basemap and overlay files the user added (MBTiles, PMTiles), drawn from the project's own tile
// route: raster as a raster layer, vector with a generic style made from the file's vector_layers
// (fills, lines, points, names), elevation (raster-dem) as hillshade. Order from the bottom:
// Natural Earth, the OSM street basemap, files in the basemap role, files in the overlay role,
// then the project's areas, routes, links and places. Opacity applies to every kind.

export const FILE_SOURCE_PREFIX = 'file-';
export const FILE_LAYER_PREFIX = 'file-';

export const fileSourceId = (id: number) => `${FILE_SOURCE_PREFIX}${id}`;
/** The hillshade layer of an elevation file (tests query it). */
export const hillshadeLayerId = (id: number) => `${FILE_LAYER_PREFIX}${id}-hillshade`;
export const rasterLayerId = (id: number) => `${FILE_LAYER_PREFIX}${id}-raster`;

/** Colours for the vector layers of a file, one per layer in turn: muted, readable on light land. */
const VECTOR_COLOURS = ['#5B7C99', '#7A9A5B', '#A0725A', '#8A6BA3', '#C29A3A', '#4E9A96', '#A35B6E', '#6B6B6B'];

/** Which attribute names a label is read from, in order (OSM, OpenMapTiles, GDAL exports). */
const NAME_FIELDS = ['name', 'name:en', 'name_en', 'name:latin', 'NAME', 'Name', 'label', 'title'];

function labelField(layer: VectorLayerInfo): ExpressionSpecification | null {
  const fields = Object.keys(layer.fields);
  const names = NAME_FIELDS.filter((name) => fields.includes(name));
  if (names.length === 0) return null;
  return ['coalesce', ...names.map((name) => ['get', name] as ExpressionSpecification), ''] as ExpressionSpecification;
}

const POLYGONS: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const LINES: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const POINTS: FilterSpecification = ['==', ['geometry-type'], 'Point'];

function vectorLayers(file: BasemapFile, source: string): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  const opacity = file.opacity;
  file.vectorLayers.forEach((layer, index) => {
    const colour = VECTOR_COLOURS[index % VECTOR_COLOURS.length]!;
    const base = { source, 'source-layer': layer.id };
    const prefix = `${FILE_LAYER_PREFIX}${file.id}-${index}`;
    layers.push(
      {
        ...base,
        id: `${prefix}-fill`,
        type: 'fill',
        filter: POLYGONS,
        paint: { 'fill-color': colour, 'fill-opacity': 0.35 * opacity, 'fill-outline-color': colour },
      },
      {
        ...base,
        id: `${prefix}-line`,
        type: 'line',
        filter: LINES,
        paint: {
          'line-color': colour,
          'line-opacity': opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 14, 2, 18, 5],
        },
        layout: { 'line-cap': 'round', 'line-join': 'round' },
      },
      {
        ...base,
        id: `${prefix}-point`,
        type: 'circle',
        filter: POINTS,
        paint: {
          'circle-color': colour,
          'circle-radius': 3.5,
          'circle-opacity': opacity,
          'circle-stroke-color': '#FFFFFF',
          'circle-stroke-width': 1,
          'circle-stroke-opacity': opacity,
        },
      },
    );
    const text = labelField(layer);
    // NOTE: names of points and along lines only: a polygon cut into tiles would be labelled
    // once per tile piece.
    const labelPaint = {
      'text-color': '#3F3A34',
      'text-halo-color': '#FFFFFF',
      'text-halo-width': 1.4,
      'text-opacity': opacity,
    };
    if (text)
      layers.push(
        {
          ...base,
          id: `${prefix}-point-label`,
          type: 'symbol',
          filter: POINTS,
          layout: {
            'text-field': text,
            'text-font': FONT_REGULAR,
            'text-size': 11,
            'text-max-width': 8,
            'text-offset': [0, 0.8],
            'text-anchor': 'top',
          },
          paint: labelPaint,
        },
        {
          ...base,
          id: `${prefix}-line-label`,
          type: 'symbol',
          filter: LINES,
          layout: {
            'text-field': text,
            'text-font': FONT_REGULAR,
            'text-size': 11,
            'symbol-placement': 'line',
            'symbol-spacing': 300,
          },
          paint: labelPaint,
        },
      );
  });
  return layers;
}

function fileSource(file: BasemapFile, origin: string): SourceSpecification {
  const common = {
    tiles: [`${origin}${basemapFileTilePrefix(file.id)}/{z}/{x}/{y}`],
    minzoom: file.minZoom,
    maxzoom: file.maxZoom,
    // MapLibre's attribution control writes these as HTML: the text is escaped (it came from a file).
    attribution: file.attribution ? escapeHtml(file.attribution) : undefined,
    ...(file.bounds ? { bounds: file.bounds } : {}),
  };
  if (file.kind === 'vector') return { type: 'vector', ...common };
  if (file.kind === 'raster-dem')
    return { type: 'raster-dem', encoding: file.encoding ?? 'terrarium', tileSize: file.tileSize, ...common };
  return { type: 'raster', tileSize: file.tileSize, ...common };
}

function hillshadePaint(opacity: number) {
  return {
    'hillshade-shadow-color': `rgba(40, 36, 30, ${0.75 * opacity})`,
    'hillshade-highlight-color': `rgba(255, 255, 255, ${0.5 * opacity})`,
    'hillshade-accent-color': `rgba(40, 36, 30, ${0.4 * opacity})`,
    'hillshade-exaggeration': 0.6,
  } as const;
}

export function fileLayers(file: BasemapFile): LayerSpecification[] {
  const source = fileSourceId(file.id);
  if (file.kind === 'vector') return vectorLayers(file, source);
  if (file.kind === 'raster-dem')
    return [{ id: hillshadeLayerId(file.id), type: 'hillshade', source, paint: hillshadePaint(file.opacity) }];
  return [{ id: rasterLayerId(file.id), type: 'raster', source, paint: { 'raster-opacity': file.opacity } }];
}

/** Files in drawing order, bottom first; hidden ones are left out (and so is their attribution). */
export function drawnFiles(files: readonly BasemapFile[]): BasemapFile[] {
  const byPosition = (a: BasemapFile, b: BasemapFile) => a.position - b.position || a.id - b.id;
  const shown = files.filter((file) => file.visible);
  return [
    ...shown.filter((file) => file.role === 'basemap').sort(byPosition),
    ...shown.filter((file) => file.role === 'overlay').sort(byPosition),
  ];
}

/** What needs sources and layers rebuilt (opacity alone only repaints). */
export function filesStructureKey(files: readonly BasemapFile[]): string {
  return drawnFiles(files)
    .map((file) => `${file.id}:${file.kind}:${file.encoding ?? ''}`)
    .join('|');
}

/** The first layer the files added, if any: the street basemap goes under it. */
export function firstFileLayer(map: MapLibreMap): string | undefined {
  return map.getStyle().layers?.find((layer) => layer.id.startsWith(FILE_LAYER_PREFIX))?.id;
}

/** Opacity only: sets the paint properties of the layers already there. */
export function setFilesOpacity(map: MapLibreMap, files: readonly BasemapFile[]): void {
  for (const file of drawnFiles(files)) {
    for (const layer of fileLayers(file)) {
      if (!map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
      for (const [property, value] of Object.entries(layer.paint))
        map.setPaintProperty(layer.id, property as never, value as never);
    }
  }
}

/** Replaces every file source and layer with those of `files`, under `beforeLayer`. */
export function showBasemapFiles(
  map: MapLibreMap,
  options: { files: readonly BasemapFile[]; origin: string; beforeLayer: string },
): void {
  for (const layer of map.getStyle().layers ?? [])
    if (layer.id.startsWith(FILE_LAYER_PREFIX)) map.removeLayer(layer.id);
  for (const source of Object.keys(map.getStyle().sources ?? {}))
    if (source.startsWith(FILE_SOURCE_PREFIX)) map.removeSource(source);
  const before = map.getLayer(options.beforeLayer) ? options.beforeLayer : undefined;
  for (const file of drawnFiles(options.files)) {
    map.addSource(fileSourceId(file.id), fileSource(file, options.origin));
    for (const layer of fileLayers(file)) map.addLayer(layer, before);
  }
}
