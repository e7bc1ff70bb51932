// Every piece of English text the renderer shows, in one place, so that another language can be
// added as a module of the same shape. Words follow shared/DOMAIN.md: site, actor, place, quarter,
// route, link. Labels of categories, sectors and link types come from shared/model/typology.ts.

const numberFormat = new Intl.NumberFormat('en');

function plural(count: number, one: string, many: string): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

export const en = {
  appName: 'Itinera',
  loading: 'Opening the project…',
  loadFailed: (message: string) => `The project could not be opened: ${message}`,
  retry: 'Try again',
  sampleBadge: 'Sample data',
  sampleBadgeTitle: 'This is the sample project. Changes are saved to its file.',
  projectCounts: (counts: { places: number; quarters: number; routes: number; links: number }) =>
    [
      plural(counts.places, 'place', 'places'),
      plural(counts.quarters, 'quarter', 'quarters'),
      plural(counts.routes, 'route', 'routes'),
      plural(counts.links, 'link', 'links'),
    ].join(' · '),

  sidebarLabel: 'Project',
  mapLabel: 'Map of the project',

  searchLabel: 'Search places',
  searchPlaceholder: 'Search places, tags, addresses…',
  searchResultsLabel: 'Search results',
  searchNoResults: 'No place matches.',
  searching: 'Searching…',

  addPlace: 'Add place',
  addPlaceActive: 'Click the map…',
  addPlaceHint: 'Click the map where the new place is. Press Escape to cancel.',
  selectPlaceHint:
    'Click a place on the map, or find it by name, to see and edit it and to list the creative firms and tourism operators near it.',
  cancel: 'Cancel',

  newPlaceTitle: 'New place',
  newPlaceName: 'Name',
  newPlaceCategory: 'Category',
  createPlace: 'Create place',
  creatingPlace: 'Creating…',

  closePanelLabel: 'Close the place panel',
  fieldName: 'Name',
  fieldCategory: 'Category',
  fieldSector: 'Creative sector',
  noSector: 'No sector',
  fieldDescription: 'Description',
  fieldAddress: 'Address',
  fieldWebsite: 'Website',
  fieldTags: 'Tags',
  fieldTagsHint: 'Separate tags with commas.',
  fieldCustomFields: 'Custom fields',
  customFieldKey: 'Field name',
  customFieldValue: 'Value',
  customFieldKeyLabel: (index: number) => `Name of custom field ${index + 1}`,
  customFieldValueLabel: (index: number) => `Value of custom field ${index + 1}`,
  addCustomField: 'Add field',
  removeCustomFieldLabel: (index: number) => `Remove custom field ${index + 1}`,
  noCustomFields: 'No custom fields.',
  duplicateCustomField: (name: string) => `customFields: two fields are called “${name}”; give each its own name.`,
  fieldCoordinates: 'Coordinates',
  coordinates: (longitude: number, latitude: number) => `${latitude.toFixed(6)}° N, ${longitude.toFixed(6)}° E`,
  coordinatesHint: 'Drag the place on the map to move it.',
  savePlace: 'Save',
  savingPlace: 'Saving…',
  saved: 'Saved.',
  deletePlace: 'Delete place',
  deleteQuestion: (name: string) => `Delete “${name}”? Its links and route stops go with it.`,
  confirmDelete: 'Delete',
  deleting: 'Deleting…',
  deleted: (name: string, linksRemoved: number) => `Deleted “${name}” and ${plural(linksRemoved, 'link', 'links')}.`,
  moveFailed: (message: string) => `The place could not be moved: ${message}`,
  placeGone: 'This place no longer exists.',

  categoryGroups: {
    site: 'Sites',
    producer: 'Producers of knowledge and technology',
    user: 'Users of knowledge and technology',
  },

  nearbyTitle: 'Nearby',
  nearbyIntro: 'Creative firms and tourism operators within',
  metres: (value: number) => `${numberFormat.format(Math.round(value))} m`,
  nearbyLoading: 'Looking around…',
  nearbyEmpty: 'None within this distance.',
  nearbyLinked: 'linked',
  nearbyLink: 'Link',
  nearbyLinking: 'Linking…',
  nearbyLinkLabel: (name: string) => `Link “${name}” with this place`,
  nearbySelectLabel: (name: string) => `Show “${name}”`,
  linkTypeLabel: 'Link type',

  legendTitle: 'Legend',
  legendQuarter: 'Quarter',
  legendRoute: 'Route',
  legendLink: 'Link between places',
  legendSelected: 'Selected place',
  legendCluster: 'Several places (click to zoom in)',
  legendColourLabel: (label: string) => `Colour of ${label.toLowerCase()}`,
  legendHeatmapToggle: 'Heatmap of creative firms',
  legendHeatmapFew: 'Few firms',
  legendHeatmapMany: 'Many firms',
  colourSaveFailed: (reason: string) => `The colour could not be saved: ${reason}`,
  legendFilterHint: 'Click a kind of place to hide or show it on the map and in exports.',
  legendFamilyTitle: (label: string, shown: boolean) => `${shown ? 'Hide' : 'Show'} ${label.toLowerCase()}`,
  filterSummary: (shownKinds: number, totalKinds: number, shownPlaces: number, totalPlaces: number) =>
    `Showing ${numberFormat.format(shownKinds)} of ${plural(totalKinds, 'kind', 'kinds')} · ${numberFormat.format(shownPlaces)} of ${plural(totalPlaces, 'place', 'places')}`,
  filterBadge: (shownKinds: number, totalKinds: number) =>
    `${numberFormat.format(shownKinds)} of ${numberFormat.format(totalKinds)} kinds`,
  showAll: 'Show all',
  hideAll: 'Hide all',

  importButton: 'Import…',
  importButtonTitle: 'Add places, quarters and routes from a file; you can also drop a file on the map',
  importFileInputLabel: 'File to import',
  importDropTitle: 'Drop the file to import it',
  importDropFormats: 'GeoJSON, CSV or TSV, KML or KMZ, GPX, zipped shapefile, GeoPackage, FlatGeobuf',
  importDropOne: 'Drop one file at a time.',
  importReading: (fileName: string) => `Reading ${fileName}…`,
  importTitle: (fileName: string) => `Import ${fileName}`,
  importFailedTitle: 'The file could not be imported',
  importTooLarge: (fileName: string, megabytes: number, limitMegabytes: number) =>
    `${fileName}: ${numberFormat.format(megabytes)} MB is more than the app reads (${numberFormat.format(limitMegabytes)} MB); import it with "itinera import" instead.`,
  importNotReadable: (fileName: string, message: string) => `${fileName} could not be read: ${message}`,
  importFormats: {
    csv: 'CSV',
    geojson: 'GeoJSON',
    kml: 'KML',
    kmz: 'KMZ',
    gpx: 'GPX',
    shapefile: 'Shapefile',
    geopackage: 'GeoPackage',
    flatgeobuf: 'FlatGeobuf',
  } as Record<string, string>,
  importSubtitle: (format: string, rows: number, layers: number) =>
    [format, plural(rows, 'row', 'rows'), ...(layers > 1 ? [plural(layers, 'layer', 'layers')] : [])].join(' · '),
  importLayer: 'Layer',
  importLayerOption: (name: string, rows: number) => `${name} (${plural(rows, 'row', 'rows')})`,
  importIncludeLayer: 'Import this layer',
  importNotesLabel: 'How the file was read',
  importMappingTitle: 'Columns',
  importMappingHint: 'Choose which column holds what. Other columns are kept as custom fields.',
  mappingName: 'Name',
  mappingCategory: 'Category',
  mappingDescription: 'Description',
  mappingSector: 'Creative sector',
  mappingDefaultCategory: 'Default category',
  mappingDefaultCategoryHint: 'For rows without a known category',
  mappingNone: '(none)',
  importSampleTitle: (shown: number, total: number) =>
    shown < total
      ? `First ${numberFormat.format(shown)} of ${plural(total, 'row', 'rows')}`
      : plural(total, 'row', 'rows'),
  importSampleLabel: 'First rows of the file',
  importPositionHeader: (format: string) => (format === 'csv' ? 'Row' : 'Feature'),
  importGeometryHeader: 'Geometry',
  importNoGeometry: 'none',
  importProblemHeader: 'Skipped because',
  importMappedAs: (role: string) => `→ ${role}`,
  importPlanned: (planned: { places: number; quarters: number; routes: number }) =>
    `${plural(planned.places, 'place', 'places')}, ${plural(planned.quarters, 'quarter', 'quarters')}, ${plural(planned.routes, 'route', 'routes')} will be imported`,
  importPlannedLayers: (layers: number) => `from ${plural(layers, 'layer', 'layers')}`,
  importPlanning: 'Updating…',
  importProblemsTitle: (count: number) => `${plural(count, 'row', 'rows')} will be skipped`,
  importProblem: (label: string, position: number, message: string) =>
    `${label} ${numberFormat.format(position)}: ${message}`,
  importMoreProblems: (count: number) => `…and ${numberFormat.format(count)} more`,
  runImport: 'Import',
  runningImport: 'Importing…',
  importDone: (fileName: string, added: { places: number; quarters: number; routes: number }, skipped: number) => {
    const parts = [
      added.places || (!added.quarters && !added.routes) ? plural(added.places, 'place', 'places') : null,
      added.quarters ? plural(added.quarters, 'quarter', 'quarters') : null,
      added.routes ? plural(added.routes, 'route', 'routes') : null,
    ].filter((part): part is string => part !== null);
    const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
    return `Imported ${what} from ${fileName}${skipped ? `; ${plural(skipped, 'row', 'rows')} skipped` : ''}.`;
  },
  importHiddenByFilter: (count: number) =>
    `${plural(count, 'new place is', 'new places are')} hidden by the legend filter.`,

  exportButton: 'Export…',
  exportButtonTitle: 'Save the places shown, with quarters and routes, as a file for other tools',
  exportTitle: 'Export',
  exportFormat: 'Format',
  exportFormats: {
    geojson: 'GeoJSON',
    csv: 'CSV (spreadsheet)',
    kml: 'KML (Google Earth)',
    gpx: 'GPX (GPS devices)',
    shp: 'Shapefile (zip)',
    gpkg: 'GeoPackage (QGIS)',
    fgb: 'FlatGeobuf',
    jsonld: 'JSON-LD (heritage sites, schema.org)',
  },
  exportContents: {
    geojson: 'Places, quarters and routes, with the links between exported places.',
    csv: 'Places only, one row each: a spreadsheet has one kind of geometry.',
    kml: 'Places, quarters and routes, one folder each.',
    gpx: 'Places as waypoints, and routes; GPX has no areas.',
    shp: 'One shapefile each for places, quarters and routes.',
    gpkg: 'Places, quarters, routes and links, as an Itinera project QGIS opens.',
    fgb: 'Places, quarters and routes in one layer.',
    jsonld: 'The heritage sites and cultural venues among the places, for heritage portals.',
  },
  exportCsvGeometry: 'Coordinates',
  exportCsvWkt: 'One WKT column (GIS tools)',
  exportCsvLonLat: 'Longitude and latitude columns',
  exportScopeAll: (places: number) => `Exports all ${plural(places, 'place', 'places')}.`,
  exportScopeFiltered: (shown: number, total: number) =>
    `Follows the legend filter: exports the ${plural(shown, 'place', 'places')} shown (of ${numberFormat.format(total)}).`,
  exportScopeNothing: 'No place is shown. Show at least one kind in the legend to export.',
  runExport: 'Export',
  runningExport: 'Exporting…',
  exportDone: (fileName: string, summary: string | null) =>
    summary ? `Exported ${summary} to ${fileName}.` : `Exported ${fileName}.`,
  /** The backend counts what the file holds (a CSV has places only, JSON-LD the heritage sites). */
  exportSummary: (counts: { places: number; quarters: number; routes: number }) => {
    const parts = [plural(counts.places, 'place', 'places')];
    if (counts.quarters) parts.push(plural(counts.quarters, 'quarter', 'quarters'));
    if (counts.routes) parts.push(plural(counts.routes, 'route', 'routes'));
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? null);
  },

  attachmentsTitle: 'Photos and documents',
  attachmentsEmpty: 'No photo or document yet. Add one, or drop image and PDF files on this panel.',
  attachmentsLoading: 'Loading photos and documents…',
  attachmentsAdd: 'Add photo or document',
  attachmentsAdding: (fileName: string) => `Adding “${fileName}”…`,
  attachmentsDrop: 'Drop photos or documents to attach them',
  attachmentsTooLarge: (fileName: string, megabytes: number) =>
    `“${fileName}” is larger than ${megabytes} MB and was not added.`,
  attachmentOpenLabel: (fileName: string) => `Open ${fileName}`,
  attachmentDownload: 'Download',
  attachmentRemove: 'Remove',
  attachmentRemoveQuestion: (fileName: string) =>
    `Remove “${fileName}” from this place? It is deleted from the project.`,
  attachmentConfirmRemove: 'Remove it',
  attachmentCaption: 'Caption',
  attachmentSaveCaption: 'Save caption',
  attachmentSize: (bytes: number) =>
    bytes < 1024 * 1024
      ? `${numberFormat.format(Math.ceil(bytes / 1024))} KB`
      : `${(bytes / (1024 * 1024)).toFixed(1)} MB`,
  attachmentViewerTitle: (fileName: string) => fileName,
  attachmentImageFailed: 'This image could not be shown.',

  annotationsTitle: 'Annotations',
  annotationsEmpty: 'No annotation yet: add notes with their author, date and source.',
  annotationsLoading: 'Loading annotations…',
  annotationAdd: 'Add annotation',
  annotationText: 'Note',
  annotationAuthor: 'Author',
  annotationDate: 'Date',
  annotationSource: 'Source or citation',
  annotationSave: 'Save annotation',
  annotationSaving: 'Saving…',
  annotationEdit: 'Edit',
  annotationDelete: 'Delete',
  annotationDeleteQuestion: 'Delete this annotation?',
  annotationConfirmDelete: 'Delete it',
  annotationUnknownAuthor: 'Unknown author',
  annotationSourceLabel: 'Source:',

  close: 'Close',

  dismiss: 'Dismiss',
  unknownError: 'Unknown error',
} as const;

export type Strings = typeof en;
