import type { Map as MapLibreMap } from 'maplibre-gl';

// Camera moves asked for by the interface (a search hit, a table row), through the map object.

/** Flies to a place, close enough to see its street (never zooming out). */
export function flyToPosition(map: MapLibreMap, longitude: number, latitude: number): void {
  map.flyTo({ center: [longitude, latitude], zoom: Math.max(map.getZoom(), 16), essential: true });
}

/** Fits the map to a ring of positions (an area's outline). */
export function fitRing(map: MapLibreMap, ring: readonly (readonly number[])[]): void {
  if (ring.length === 0) return;
  const longitudes = ring.map(([longitude = 0]) => longitude);
  const latitudes = ring.map(([, latitude = 0]) => latitude);
  map.fitBounds([Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)], {
    padding: 48,
    maxZoom: 18,
  });
}
