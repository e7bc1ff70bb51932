import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { SOURCE } from '../../map/map-ids.js';
import { useMapInstance } from '../../map/map-instance.js';
import { EMPTY_COLLECTION, type PlaceCollection } from '../../map/project-geojson.js';

/** The Link tool's dashed line from the first place to the pointer, drawn straight to its source. */
export function LinkDraftLine({ fromId, places }: { fromId: number | null; places: PlaceCollection }) {
  const { map } = useMapInstance();
  const placesRef = useRef(places);
  placesRef.current = places;
  useEffect(() => {
    if (!map) return;
    const source = map.getSource<GeoJSONSource>(SOURCE.linkDraft);
    const from = fromId === null ? undefined : placesRef.current.features.find((feature) => feature.id === fromId);
    if (!from) {
      void source?.setData(EMPTY_COLLECTION);
      return;
    }
    const start = from.geometry.coordinates;
    const onMove = (event: { lngLat: { lng: number; lat: number } }) => {
      void source?.setData({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: [start, [event.lngLat.lng, event.lngLat.lat]] },
      });
    };
    map.on('mousemove', onMove);
    return () => {
      map.off('mousemove', onMove);
      void source?.setData(EMPTY_COLLECTION);
    };
  }, [map, fromId]);
  return null;
}
