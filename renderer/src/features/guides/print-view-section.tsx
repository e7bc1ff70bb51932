import { useEffect, useState } from 'react';
import { useMapHandle } from '../../map/map-handle.js';
import { PrintMapSection } from './print-map-section.js';

// The sidebar's "Printed map" of what the map shows now: its extent, followed as the map moves,
// printed on one sheet with the legend of what is in it.

type Box = [number, number, number, number];

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The map's extent as a box of the world: its west edge brought into -180..180 (the map may show a
 * copy of the world east or west of the first), and a view across the antimeridian kept to the
 * side that shows more of it (a box cannot cross it).
 */
export function viewBox(bounds: { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number }): Box {
  const [south, north] = [Math.max(-90, bounds.getSouth()), Math.min(90, bounds.getNorth())];
  const width = bounds.getEast() - bounds.getWest();
  if (width >= 360) return [-180, round(south), 180, round(north)];
  const west = ((((bounds.getWest() + 180) % 360) + 360) % 360) - 180;
  const east = west + width;
  if (east <= 180) return [round(west), round(south), round(east), round(north)];
  return 180 - west >= east - 180
    ? [round(west), round(south), 180, round(north)]
    : [-180, round(south), round(east - 360), round(north)];
}

/** The map's current extent (viewBox); null before it is drawn. */
function useMapViewBox(): Box | null {
  const mapRef = useMapHandle();
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let detach: (() => void) | null = null;
    const attach = () => {
      const map = mapRef.current;
      if (!map || detach) return;
      const read = () => setBox(viewBox(map.getBounds()));
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
