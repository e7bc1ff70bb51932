import type { MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Quarter } from '../../../../shared/model/schemas.js';
import { LAYER } from '../../map/map-ids.js';
import { useMapInstance } from '../../map/map-instance.js';
import { smallestArea } from './area-size.js';

// A click on an area opens it in the area panel. Places, clusters and routes lie over areas and
// keep their clicks: an area opens only where the pointer is on none of them. Where areas overlap
// (a shared creative space inside a cultural quarter) the smallest one under the pointer opens:
// the larger one has room elsewhere to be clicked. The highlight of the open area is feature-state
// (map-view.tsx), like the selected place's.

/** Pixels around the pointer that still count as "on" a place or a line (as the places and routes take them). */
const PLACE_TOLERANCE = 4;
const LINE_TOLERANCE = 5;
const OVER_AREAS = [LAYER.placeCircles, LAYER.clusterCircles];
const ROUTE_LAYERS = [LAYER.routeLine, LAYER.routeStraight, LAYER.routeCasing];

export interface AreaMapLayerProps {
  quarters: readonly Quarter[];
  /** Whether a click opens an area (on the plain map, with no route open to add stops to). */
  canSelect: boolean;
  onSelectArea(id: number): void;
}

export function AreaMapLayer(props: AreaMapLayerProps) {
  const { map } = useMapInstance();
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!map) return;
    const box = (event: MapMouseEvent, size: number): [[number, number], [number, number]] => [
      [event.point.x - size, event.point.y - size],
      [event.point.x + size, event.point.y + size],
    ];
    const present = (layers: readonly string[]) => layers.filter((layer) => map.getLayer(layer));
    const onClick = (event: MapMouseEvent) => {
      if (!latest.current.canSelect) return;
      if (map.queryRenderedFeatures(box(event, PLACE_TOLERANCE), { layers: OVER_AREAS }).length > 0) return;
      if (map.queryRenderedFeatures(box(event, LINE_TOLERANCE), { layers: present(ROUTE_LAYERS) }).length > 0) return;
      const hits = map.queryRenderedFeatures(event.point, { layers: [LAYER.quarterFill] });
      const id = smallestArea(
        hits.flatMap((hit) => (typeof hit.id === 'number' ? [hit.id] : [])),
        latest.current.quarters,
      );
      if (id !== null) latest.current.onSelectArea(id);
    };
    // The pointer says an area can be opened; a place's or a route's own cursor wins.
    const canvas = map.getCanvasContainer();
    const onMove = () => {
      if (latest.current.canSelect && canvas.style.cursor === '') canvas.style.cursor = 'pointer';
    };
    const onLeave = () => {
      if (canvas.style.cursor === 'pointer') canvas.style.cursor = '';
    };
    map.on('click', onClick);
    map.on('mousemove', LAYER.quarterFill, onMove);
    map.on('mouseleave', LAYER.quarterFill, onLeave);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', LAYER.quarterFill, onMove);
      map.off('mouseleave', LAYER.quarterFill, onLeave);
    };
  }, [map]);

  return null;
}
