import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Api, MapStyleSettings } from '../../../../shared/api/contract.js';
import type { CategoryFamily } from '../../../../shared/model/typology.js';
import { resolveFamilyColours } from '../../map/family-colours.js';

// The project's map style (colours per kind of place) as the renderer holds it: read from the
// project when it opens, changed through the API (one call per change) and applied at once.

export interface MapStyleState {
  familyColours: Record<CategoryFamily, string>;
  /** Whether the project has its own colour for the family (the legend offers a reset then). */
  isCustom(family: CategoryFamily): boolean;
  setFamilyColour(family: CategoryFamily, colour: string | null): Promise<void>;
}

export function useMapStyle(api: Api, projectKey: unknown): MapStyleState {
  const [settings, setSettings] = useState<MapStyleSettings>({ familyColours: {} });

  useEffect(() => {
    let current = true;
    api.getMapStyle({}).then(
      (style) => {
        if (current) setSettings(style);
      },
      // A project whose style cannot be read still opens, with the default colours.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api, projectKey]);

  const setFamilyColour = useCallback(
    async (family: CategoryFamily, colour: string | null) => {
      setSettings(await api.updateMapStyle({ familyColours: { [family]: colour } }));
    },
    [api],
  );

  const familyColours = useMemo(() => resolveFamilyColours(settings.familyColours), [settings]);
  const isCustom = useCallback((family: CategoryFamily) => settings.familyColours[family] !== undefined, [settings]);
  return { familyColours, isCustom, setFamilyColour };
}
