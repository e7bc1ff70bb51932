import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// NOTE: imported as text (bundled, no request at runtime) and parsed here: typing the 750 kB of
// TopoJSON as a JSON module would slow every typecheck of the renderer down.
import countriesText from 'world-atlas/countries-50m.json?raw';
import { flattenPolygonal, splitLinesAtAntimeridian } from './antimeridian.js';
import { ringAreaAndCentroid } from './ring-centroid.js';

// The offline world basemap: Natural Earth 1:50m countries (world-atlas), turned into GeoJSON once.

export interface WorldBasemap {
  land: FeatureCollection<Polygon | MultiPolygon>;
  /** Borders between two countries (no coastlines). */
  borders: Feature<MultiLineString>;
  coastline: Feature<MultiLineString>;
  /** One point per country, inside its largest part, to hang the name on. */
  countryLabels: FeatureCollection<Point, { name: string; area: number }>;
}

type CountryProperties = { name?: string };

function labelPoint(geometry: Polygon | MultiPolygon): { position: Position; area: number } | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { position: Position; area: number } | null = null;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 4) continue;
    const { area, x, y } = ringAreaAndCentroid(outer);
    if (!best || area > best.area) best = { position: [x, y], area };
  }
  return best;
}

let cached: WorldBasemap | null = null;

export function getWorldBasemap(): WorldBasemap {
  if (cached) return cached;
  const topology = JSON.parse(countriesText) as Topology<{
    countries: GeometryCollection<CountryProperties>;
    land: GeometryCollection;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    CountryProperties
  >;
  const land = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const flatLand: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: land.features.map((part) => ({ ...part, geometry: flattenPolygonal(part.geometry) })),
  };

  const labels: Feature<Point, { name: string; area: number }>[] = [];
  for (const country of countries.features) {
    const name = country.properties?.name;
    if (!name || !country.geometry) continue;
    const point = labelPoint(flattenPolygonal(country.geometry));
    if (!point || point.area < 0.5) continue;
    const [longitude = 0, latitude = 0] = point.position;
    labels.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [((((longitude + 180) % 360) + 360) % 360) - 180, latitude] },
      properties: { name, area: point.area },
    });
  }

  cached = {
    land: flatLand,
    borders: {
      type: 'Feature',
      properties: {},
      geometry: splitLinesAtAntimeridian(mesh(topology, topology.objects.countries, (a, b) => a !== b)),
    },
    coastline: {
      type: 'Feature',
      properties: {},
      geometry: splitLinesAtAntimeridian(mesh(topology, topology.objects.land)),
    },
    countryLabels: { type: 'FeatureCollection', features: labels },
  };
  return cached;
}
