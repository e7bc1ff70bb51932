import { NavigationControl, ScaleControl, type ControlPosition, type Map as MapLibreMap } from 'maplibre-gl';
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

/** Where the zoom buttons and the scale go: the map's far corner from the drawing tools
 *  (which sit at the inline start), mirrored right-to-left. */
export function controlCorners(t: Translator): { navigation: ControlPosition; scale: ControlPosition } {
  return t.direction === 'rtl'
    ? { navigation: 'top-left', scale: 'bottom-left' }
    : { navigation: 'top-right', scale: 'bottom-right' };
}

/** Adds the zoom buttons and the scale bar, in the translator's language and direction. */
export function addMapControls(map: MapLibreMap, t: Translator): void {
  const corners = controlCorners(t);
  map.addControl(new NavigationControl({ showCompass: false }), corners.navigation);
  map.addControl(new ScaleControl({ unit: 'metric' }), corners.scale);
}

/** Gives a live map the texts and direction of another language: the canvas's name, and the
 *  zoom buttons and scale bar made again (MapLibre reads its texts when a control is made). */
export function setMapLocale(map: MapLibreMap, t: Translator): void {
  const locale = mapLibreLocale(t);
  // NOTE: MapLibre reads `_locale` whenever a control is made; it has no setter for it.
  map._locale = { ...map._locale, ...locale };
  map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
  for (const control of map._controls.filter(
    (entry) => entry instanceof NavigationControl || entry instanceof ScaleControl,
  ))
    map.removeControl(control);
  addMapControls(map, t);
}
