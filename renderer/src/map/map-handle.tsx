import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext, useRef, type ReactNode, type RefObject } from 'react';

// The one map of the window, for code outside the map view that moves the camera (search, table,
// imports): a ref, filled while the map lives, so nothing re-renders when it is created.

const MapHandleContext = createContext<RefObject<MapLibreMap | null> | null>(null);

export function MapHandleProvider({ children }: { children: ReactNode }) {
  const mapRef = useRef<MapLibreMap | null>(null);
  return <MapHandleContext.Provider value={mapRef}>{children}</MapHandleContext.Provider>;
}

export function useMapHandle(): RefObject<MapLibreMap | null> {
  const mapRef = useContext(MapHandleContext);
  if (!mapRef) throw new Error('useMapHandle() needs a <MapHandleProvider> above it');
  return mapRef;
}
