// Ids of every source and layer the app adds to the map. Code refers to these constants only;
// tests read the project sources by these names ('places', 'links', ...), so keep them stable.

export const SOURCE = {
  land: 'basemap-land',
  borders: 'basemap-borders',
  coastline: 'basemap-coastline',
  countryLabels: 'basemap-country-labels',
  quarters: 'quarters',
  quarterLabels: 'quarter-labels',
  routes: 'routes',
  links: 'links',
  places: 'places',
  draftPlace: 'draft-place',
  creativeFirmHeat: 'creative-firm-heat',
  linkDraft: 'link-draft',
  routeStops: 'route-stops',
  routePreview: 'route-preview',
  routeHover: 'route-hover',
  keyboardSketch: 'keyboard-sketch',
  proposedQuarters: 'proposed-quarters',
} as const;

export const LAYER = {
  background: 'basemap-sea',
  land: 'basemap-land',
  coastline: 'basemap-coastline',
  borders: 'basemap-borders',
  countryLabels: 'basemap-country-labels',
  quarterFill: 'quarters-fill',
  quarterOutline: 'quarters-outline',
  routeCasing: 'routes-casing',
  routeLine: 'routes-line',
  routeStraight: 'routes-straight',
  routeLabels: 'routes-labels',
  links: 'links-line',
  placeHalo: 'places-halo',
  placeCircles: 'places-circle',
  placeLabels: 'places-labels',
  selectedPlaceLabel: 'places-selected-label',
  quarterLabels: 'quarters-labels',
  draftPlace: 'draft-place-circle',
  creativeFirmHeat: 'creative-firm-heatmap',
  placeIcons: 'places-icon',
  clusterCircles: 'places-cluster-circle',
  clusterCounts: 'places-cluster-count',
  linkDraft: 'link-draft-line',
  routePreview: 'route-preview-line',
  routeStopBadges: 'route-stops-badge',
  routeStopNumbers: 'route-stops-number',
  routeHover: 'route-hover-point',
  keyboardSketchFill: 'keyboard-sketch-fill',
  keyboardSketchLine: 'keyboard-sketch-line',
  keyboardSketchVertices: 'keyboard-sketch-vertices',
  proposedQuarterFill: 'proposed-quarters-fill',
  proposedQuarterOutline: 'proposed-quarters-outline',
  proposedQuarterNumbers: 'proposed-quarters-number',
} as const;

/** Font stacks for labels. MapLibre draws them from the page's fonts (no glyph server): the first
 *  name picks the weight, the second is the family that @fontsource/noto-sans registers. */
export const FONT_REGULAR = ['Noto Sans Regular', 'Noto Sans'];
export const FONT_SEMIBOLD = ['Noto Sans SemiBold', 'Noto Sans'];
