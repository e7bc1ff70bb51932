import type { stylingApi } from '../../../shared/api/styling.js';
import { parseStoredMapStyle } from '../../../shared/model/map-style.js';
import { DEFAULT_PLACE_STYLE } from '../../../shared/model/place-style.js';
import type { CategoryFamily } from '../../../shared/model/typology.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// The project's map style: only what the user changed (colours per family, the place style),
// kept in settings.
// Not an edit (no undo step): like the basemap files' opacity, it is how the map looks.

export type StylingService = ServiceOf<typeof stylingApi>;

/** The settings key of the project's map style (JSON, see shared/model/map-style.ts). */
const MAP_STYLE_KEY = 'style.map';

export function createStylingService({ store }: ServiceContext): StylingService {
  const { settings } = store;
  return {
    getMapStyle: () => parseStoredMapStyle(settings.get(MAP_STYLE_KEY)),
    updateMapStyle({ familyColours = {}, placeStyle }) {
      return store.transaction(() => {
        const style = parseStoredMapStyle(settings.get(MAP_STYLE_KEY));
        for (const [family, colour] of Object.entries(familyColours) as [CategoryFamily, string | null | undefined][]) {
          if (colour === null) delete style.familyColours[family];
          else if (colour !== undefined) style.familyColours[family] = colour;
        }
        if (placeStyle !== undefined) style.placeStyle = placeStyle ?? DEFAULT_PLACE_STYLE;
        settings.set(MAP_STYLE_KEY, JSON.stringify(style));
        store.touch('settings');
        return style;
      });
    },
  };
}
