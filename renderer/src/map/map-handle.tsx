import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext, useEffect, useRef, type ReactNode, type RefObject } from 'react';

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

/** Gives the map (its canvas) the keyboard focus: arrow keys then move it, Enter draws there. */
export function focusMap(mapRef: RefObject<MapLibreMap | null>): void {
  mapRef.current?.getCanvas().focus();
}

/**
 * When the component goes and the focus would go with it (a form about something drawn on the
 * map, saved or cancelled), the map has it back, so the keyboard goes on where it was.
 */
export function useFocusBackToMap(): void {
  const mapRef = useMapHandle();
  useEffect(
    () => () => {
      // NOTE: after the component's elements have left the page (the focus is then on the body).
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active === null || active === document.body) focusMap(mapRef);
      });
    },
    [mapRef],
  );
}
