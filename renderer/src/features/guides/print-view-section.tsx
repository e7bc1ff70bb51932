import { useEffect, useState } from 'react';
import { useMapHandle } from '../../map/map-handle.js';
import { PrintMapSection } from './print-map-section.js';

// The sidebar's "Printed map" of what the map shows now: its extent, followed as the map moves,
// printed on one sheet with the legend of what is in it.

type Box = [number, number, number, number];

/** The map's current extent (west, south, east, north), clamped to the world; null before it is drawn. */
function useMapViewBox(): Box | null {
  const mapRef = useMapHandle();
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let detach: (() => void) | null = null;
    const attach = () => {
      const map = mapRef.current;
      if (!map || detach) return;
      const read = () => {
        const bounds = map.getBounds();
        const round = (value: number) => Math.round(value * 1e6) / 1e6;
        setBox([
          round(Math.max(-180, bounds.getWest())),
          round(Math.max(-90, bounds.getSouth())),
          round(Math.min(180, bounds.getEast())),
          round(Math.min(90, bounds.getNorth())),
        ]);
      };
      read();
      map.on('moveend', read);
      detach = () => void map.off('moveend', read);
    };
    // NOTE: the map is made after the sidebar, and its handle is a ref (nothing re-renders then).
    attach();
    const waiting = window.setInterval(() => (detach ? window.clearInterval(waiting) : attach()), 500);
    return () => {
      window.clearInterval(waiting);
      detach?.();
    };
  }, [mapRef]);
  return box;
}

export function PrintViewSection({ projectName }: { projectName: string }) {
  const box = useMapViewBox();
  return box ? <PrintMapSection where={{ box }} name={projectName} testId="view-print-section" /> : null;
}
