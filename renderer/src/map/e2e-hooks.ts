import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceCollection } from './project-geojson.js';

// Hooks for the end-to-end tests, installed only when the page address has e2e=1.

export interface E2eHooks {
  map: MapLibreMap;
  selectPlace(id: number): void;
  /** Where a place is drawn, in viewport pixels (for page.mouse). */
  placeScreenPoint(id: number): { x: number; y: number };
}

declare global {
  interface Window {
    __itinera?: E2eHooks;
  }
}

export function installE2eHooks(
  map: MapLibreMap,
  currentPlaces: () => PlaceCollection,
  selectPlace: (id: number) => void,
): () => void {
  window.__itinera = {
    map,
    selectPlace,
    placeScreenPoint(id) {
      const place = currentPlaces().features.find((feature) => feature.id === id);
      if (!place) throw new Error(`There is no place with id ${id} on the map.`);
      const [longitude = 0, latitude = 0] = place.geometry.coordinates;
      const point = map.project([longitude, latitude]);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + point.x, y: canvas.top + point.y };
    },
  };
  return () => {
    delete window.__itinera;
  };
}

/** `document.body.dataset.mapIdle`: 'true' once the map has drawn the project data and settled. */
export function setMapIdle(idle: boolean): void {
  document.body.dataset.mapIdle = idle ? 'true' : 'false';
}

/**
 * `document.body.dataset.projectLoaded`: 'true' once every list is read, the full places included
 * (the map draws before that, from the lean answer; panels, table and tools need the full list).
 */
export function setProjectLoaded(loaded: boolean): void {
  document.body.dataset.projectLoaded = loaded ? 'true' : 'false';
}
