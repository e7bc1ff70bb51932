import {
  CATEGORY_FAMILIES,
  LINK_TYPE_IDS,
  type CategoryFamily,
  type LinkTypeId,
} from '../../../shared/model/typology.js';

// One colour per category family. Built on Paul Tol's colour-blind-safe "muted" and "vibrant"
// schemes, darkened where needed so every circle stands out on the light land colour; sites take
// the warm reds and purples, actors the blues, greens and orange. Labels and the legend carry the
// meaning too, so no one depends on telling two hues apart.
export const FAMILY_COLOURS: Record<CategoryFamily, string> = {
  heritage: '#882255',
  'cultural-venue': '#CC6677',
  'creative-space': '#AA4499',
  'public-space': '#8C8C2A',
  'knowledge-producer': '#332288',
  'public-body': '#5F5F5F',
  'creative-firm': '#117733',
  'cultural-institution': '#2E9C89',
  'tourism-operator': '#E07020',
  education: '#0077BB',
};

export const ROUTE_COLOUR = '#6B3E12';
export const LINK_COLOUR = '#3A4750';
export const QUARTER_COLOUR = '#C99A1E';
export const QUARTER_OUTLINE_COLOUR = '#9A7410';
export const SELECTED_COLOUR = '#111111';

/** The colour of each family: the project's own choices over the defaults. */
export function resolveFamilyColours(
  chosen: Partial<Record<CategoryFamily, string>> = {},
): Record<CategoryFamily, string> {
  return { ...FAMILY_COLOURS, ...chosen };
}

/** A MapLibre `match` expression: the colour of a feature's `family` property. */
export function familyColourExpression(colours: Record<CategoryFamily, string> = FAMILY_COLOURS): unknown[] {
  const pairs: string[] = [];
  for (const family of CATEGORY_FAMILIES) pairs.push(family, colours[family]);
  return ['match', ['get', 'family'], ...pairs, '#777777'];
}

// One colour per link type, from Paul Tol's "bright" and "dark" schemes: distinct from each other
// and darker than the land, so a thin arc still reads; the legend names them.
export const LINK_TYPE_COLOURS: Record<LinkTypeId, string> = {
  'project-partner': '#4477AA',
  'supplier-client': '#228833',
  tenant: '#AA3377',
  funder: '#CCBB44',
  'event-co-organiser': '#EE6677',
  'network-member': '#66CCEE',
  'knowledge-exchange': '#222255',
  'shares-space': '#663333',
  'uses-heritage-site': '#BB5566',
};

/** A MapLibre `match` expression: the colour of a link feature's `type` property. */
export function linkColourExpression(): unknown[] {
  const pairs: string[] = [];
  for (const type of LINK_TYPE_IDS) pairs.push(type, LINK_TYPE_COLOURS[type]);
  return ['match', ['get', 'type'], ...pairs, LINK_COLOUR];
}

/** Heatmap ramp of creative firms (few → many), shared by the map layer and its legend. */
export const HEATMAP_RAMP: readonly [number, string][] = [
  [0, 'rgba(17,119,51,0)'],
  [0.2, '#C7E9C0'],
  [0.45, '#74C476'],
  [0.7, '#238B45'],
  [1, '#00441B'],
];
