import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapMessages as m } from '../../../shared/i18n/messages/ui/map.js';
import type { Translator } from '../../../shared/i18n/translator.js';

// MapLibre's own controls (zoom buttons, scale bar, attribution) take their texts from a table
// given when the map is made; a language switch gives the map a new table and remakes them.

export function mapLibreLocale(t: Translator): Record<string, string> {
  return {
    'Map.Title': t.t(m.mapCanvas),
    'NavigationControl.ZoomIn': t.t(m.zoomIn),
    'NavigationControl.ZoomOut': t.t(m.zoomOut),
    'NavigationControl.ResetBearing': t.t(m.resetBearing),
    'AttributionControl.ToggleAttribution': t.t(m.toggleAttribution),
    'ScaleControl.Meters': t.t(m.metres),
    'ScaleControl.Kilometers': t.t(m.kilometres),
  };
}

/** Gives a live map the texts of another language (the canvas's name; controls are remade by the caller). */
export function setMapLocale(map: MapLibreMap, t: Translator): void {
  const locale = mapLibreLocale(t);
  // NOTE: MapLibre reads `_locale` whenever a control is made; it has no setter for it.
  map._locale = { ...map._locale, ...locale };
  map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
}
