import { useCallback, useMemo } from 'react';
import type { Api, MapStyleSettings } from '../../../../shared/api/contract.js';
import type { CategoryFamily } from '../../../../shared/model/typology.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { DEFAULT_PLACE_STYLE, type PlaceStyle } from '../../../../shared/model/place-style.js';
import { resolveFamilyColours } from '../../map/family-colours.js';

// The project's map style (colours per kind of place, the place style) as the renderer holds it: a live list
// (styling topic), so a colour chosen in another window shows here too; changed through the API
// (one call per change), which resolves once the style is read again.

export interface MapStyleState {
  familyColours: Record<CategoryFamily, string>;
  /** Whether the project has its own colour for the family (the legend offers a reset then). */
  isCustom(family: CategoryFamily): boolean;
  setFamilyColour(family: CategoryFamily, colour: string | null): Promise<void>;
  /** Which field colours, sizes and names the places, as saved in the project. */
  placeStyle: PlaceStyle;
  setPlaceStyle(style: PlaceStyle | null): Promise<void>;
}

export const mapStyleList = liveQuery('map-style', ['styling'], (api) => api.getMapStyle({}));

// NOTE: a project whose style cannot be read still opens, with the default colours.
const DEFAULT_STYLE: MapStyleSettings = { familyColours: {}, placeStyle: DEFAULT_PLACE_STYLE };

export function useMapStyle(api: Api): MapStyleState {
  const settings = useLiveQuery(mapStyleList).data ?? DEFAULT_STYLE;

  const setFamilyColour = useCallback(
    async (family: CategoryFamily, colour: string | null) => {
      await api.updateMapStyle({ familyColours: { [family]: colour } });
    },
    [api],
  );

  const setPlaceStyle = useCallback(
    async (placeStyle: PlaceStyle | null) => {
      await api.updateMapStyle({ placeStyle });
    },
    [api],
  );

  const familyColours = useMemo(() => resolveFamilyColours(settings.familyColours), [settings]);
  const isCustom = useCallback((family: CategoryFamily) => settings.familyColours[family] !== undefined, [settings]);
  return { familyColours, isCustom, setFamilyColour, placeStyle: settings.placeStyle, setPlaceStyle };
}
