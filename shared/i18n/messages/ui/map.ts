import { defineMessages } from '../../define-messages.js';

// The map itself: its name for screen readers and the texts of MapLibre's own controls (zoom
// buttons, scale bar), which MapLibre takes as a table of strings.

export const mapMessages = defineMessages({
  mapLabel: {
    id: 'ui.map.mapLabel',
    defaultMessage: 'Map of the project',
    description: 'Name of the map region (for screen readers): the map showing the project’s places, areas and routes.',
  },
  mapCanvas: {
    id: 'ui.map.mapCanvas',
    defaultMessage: 'Map',
    description: 'Name of the drawn map itself (the canvas), for screen readers.',
  },
  zoomIn: {
    id: 'ui.map.zoomIn',
    defaultMessage: 'Zoom in',
    description: 'Tooltip and name of the + button in the map’s corner.',
  },
  zoomOut: {
    id: 'ui.map.zoomOut',
    defaultMessage: 'Zoom out',
    description: 'Tooltip and name of the − button in the map’s corner.',
  },
  resetBearing: {
    id: 'ui.map.resetBearing',
    defaultMessage: 'Reset bearing to north',
    description: 'Tooltip of the map’s compass button (turns the map back to north up).',
  },
  toggleAttribution: {
    id: 'ui.map.toggleAttribution',
    defaultMessage: 'Toggle attribution',
    description: 'Tooltip of the small button that shows or hides the map data’s credits (© OpenStreetMap…).',
  },
  metres: {
    id: 'ui.map.metres',
    defaultMessage: 'm',
    description: 'Unit symbol of metres on the map’s scale bar (after a number: 100 m). Keep it a symbol.',
  },
  kilometres: {
    id: 'ui.map.kilometres',
    defaultMessage: 'km',
    description: 'Unit symbol of kilometres on the map’s scale bar (after a number: 2 km). Keep it a symbol.',
  },
});
