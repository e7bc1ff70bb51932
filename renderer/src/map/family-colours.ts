import { CATEGORY_FAMILIES, type CategoryFamily } from '../../../shared/model/typology.js';

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

/** A MapLibre `match` expression: the colour of a feature's `family` property. */
export function familyColourExpression(): unknown[] {
  const pairs: string[] = [];
  for (const family of CATEGORY_FAMILIES) pairs.push(family, FAMILY_COLOURS[family]);
  return ['match', ['get', 'family'], ...pairs, '#777777'];
}
