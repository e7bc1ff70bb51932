import { defineMessages } from '../../define-messages.js';

// The map itself: its name for screen readers and the texts of MapLibre's own controls (zoom
// buttons, scale bar), which MapLibre takes as a table of strings.

export const mapMessages = defineMessages({
  zoomToData: {
    id: 'ui.map.zoomToData',
    defaultMessage: 'Zoom to data',
    description:
      'Button over the map that moves the map so that all places, areas and routes of the project are in view. Keep it short (about 12 characters).',
  },
  zoomToDataTitle: {
    id: 'ui.map.zoomToDataTitle',
    defaultMessage: 'Show all places, areas and routes of the project',
    description: 'Tooltip of the Zoom to data button.',
  },
  zoomToDataEmpty: {
    id: 'ui.map.zoomToDataEmpty',
    defaultMessage: 'The project has no places, areas or routes yet',
    description: 'Tooltip of the Zoom to data button when there is nothing to show.',
  },
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
