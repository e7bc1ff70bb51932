import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

// What a layer drawn by a feature (the street basemap, the Link tool's line) needs from the map
// view it is rendered in: the map, once its style and icons are ready, and whether this is a test
// run (which reports when the map is busy).

export interface MapInstance {
  /** The map, or null until its style is loaded and the app's icons are drawn. */
  map: MapLibreMap | null;
  e2e: boolean;
}

export const MapInstanceContext = createContext<MapInstance>({ map: null, e2e: false });

export function useMapInstance(): MapInstance {
  return useContext(MapInstanceContext);
}
