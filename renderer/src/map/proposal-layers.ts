import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { FONT_SEMIBOLD, LAYER, SOURCE } from './map-ids.js';
import { EMPTY_COLLECTION } from './project-geojson.js';

// Proposed quarters (the analysis dock, issue #15): drafts drawn with a dashed outline under the
// places, the one the user looks at stronger, each numbered as in the dock's list.

const DRAFT_COLOUR = '#6A3D9A';
const focused: ['boolean', ['get', string], boolean] = ['boolean', ['get', 'focused'], false];

export function proposalSources(): Record<string, SourceSpecification> {
  return { [SOURCE.proposedQuarters]: { type: 'geojson', data: EMPTY_COLLECTION } };
}

export function proposalLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.proposedQuarterFill,
      type: 'fill',
      source: SOURCE.proposedQuarters,
      paint: { 'fill-color': DRAFT_COLOUR, 'fill-opacity': ['case', focused, 0.22, 0.08] },
    },
    {
      id: LAYER.proposedQuarterOutline,
      type: 'line',
      source: SOURCE.proposedQuarters,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': DRAFT_COLOUR,
        'line-width': ['case', focused, 3, 2],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: LAYER.proposedQuarterNumbers,
      type: 'symbol',
      source: SOURCE.proposedQuarters,
      layout: {
        'text-field': ['to-string', ['get', 'number']],
        'text-font': FONT_SEMIBOLD,
        'text-size': 14,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': DRAFT_COLOUR, 'text-halo-color': '#FFFFFF', 'text-halo-width': 2 },
    },
  ];
}
