import { useCallback } from 'react';
import type { Quarter } from '../../../../shared/model/schemas.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { fitRing } from '../../map/camera.js';
import { useMapHandle } from '../../map/map-handle.js';

/** Opens an area in its panel and fits the map to its outline (from the areas list or the table). */
export function useOpenArea(): (area: Quarter) => void {
  const { selectArea } = useSelection();
  const mapRef = useMapHandle();
  return useCallback(
    (area: Quarter) => {
      selectArea(area.id);
      if (mapRef.current) fitRing(mapRef.current, area.geometry.coordinates[0] ?? []);
    },
    [mapRef, selectArea],
  );
}
