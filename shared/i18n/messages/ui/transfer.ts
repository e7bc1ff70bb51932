import { defineMessages } from '../../define-messages.js';

// Import (a file of places, quarters and routes, with a preview and column mapping) and export
// (the places shown, with quarters and routes, as a file for other tools).

export const transferMessages = defineMessages({
  contents: {
    id: 'ui.transfer.contents',
    defaultMessage:
      '{parts, select, places {{places, plural, one {# place} other {# places}}} quarters {{quarters, plural, one {# quarter} other {# quarters}}} routes {{routes, plural, one {# route} other {# routes}}} placesQuarters {{places, plural, one {# place} other {# places}} and {quarters, plural, one {# quarter} other {# quarters}}} placesRoutes {{places, plural, one {# place} other {# places}} and {routes, plural, one {# route} other {# routes}}} quartersRoutes {{quarters, plural, one {# quarter} other {# quarters}} and {routes, plural, one {# route} other {# routes}}} other {{places, plural, one {# place} other {# places}}, {quarters, plural, one {# quarter} other {# quarters}} and {routes, plural, one {# route} other {# routes}}}}',
    description:
      'What a file held or holds, as a list inside a sentence (“Imported … from file.csv”): {parts} says which of places, quarters (areas) and routes are named; {places}, {quarters} and {routes} are their counts.',
  },
  importButton: {
    id: 'ui.transfer.importButton',
    defaultMessage: 'Import…',
    description: 'Sidebar button that opens the file chooser to import a file. Keep it short (about 12 characters).',
  },
  importButtonTitle: {
    id: 'ui.transfer.importButtonTitle',
    defaultMessage: 'Add places, quarters and routes from a file; you can also drop a file on the map',
    description: 'Tooltip of the Import… button.',
  },
  importFileInput: {
    id: 'ui.transfer.importFileInput',
    defaultMessage: 'File to import',
    description: 'Name (for screen readers) of the hidden file chooser of the import.',
  },
  dropTitle: {
    id: 'ui.transfer.dropTitle',
    defaultMessage: 'Drop the file to import it',
    description: 'Large text over the map while a file is dragged over it.',
  },
  dropFormats: {
    id: 'ui.transfer.dropFormats',
    defaultMessage: 'GeoJSON, CSV or TSV, KML or KMZ, GPX, zipped shapefile, GeoPackage, FlatGeobuf',
    description: 'Under “Drop the file to import it”: the file formats the import reads (format names: keep them).',
  },
  dropOne: {
    id: 'ui.transfer.dropOne',
    defaultMessage: 'Drop one file at a time.',
    description: 'Error when several files are dropped on the map at once.',
  },
  reading: {
    id: 'ui.transfer.reading',
    defaultMessage: 'Reading {fileName}…',
    description: 'Progress while a file to import is read; {fileName} is its name.',
  },
  importTitle: {
    id: 'ui.transfer.importTitle',
    defaultMessage: 'Import {fileName}',
    description: 'Heading of the import dialog; {fileName} is the file’s name.',
  },
  tooLarge: {
    id: 'ui.transfer.tooLarge',
    defaultMessage:
      '{fileName}: {megabytes, number} MB is more than the app reads ({limit, number} MB); import it with "itinera import" instead.',
    description:
      'Error when a file is too large to import from the app; {fileName} is its name, {megabytes} its size, {limit} the largest size. “itinera import” is a command: keep it.',
  },
  notReadable: {
    id: 'ui.transfer.notReadable',
    defaultMessage: '{fileName} could not be read: {reason}',
    description: 'Error when the browser could not read a chosen file; {reason} is why (from the system).',
  },
  subtitle: {
    id: 'ui.transfer.subtitle',
    defaultMessage:
      '{format} · {rows, plural, one {# row} other {# rows}}{layers, plural, =0 {} =1 {} other { · # layers}}',
    description:
      'Under the import dialog’s heading: the file’s format ({format}, e.g. CSV or GeoPackage), how many rows it has ({rows}), and how many layers when it has more than one ({layers}).',
  },
  importFormatName: {
    id: 'ui.transfer.importFormatName',
    defaultMessage:
      '{format, select, csv {CSV} geojson {GeoJSON} kml {KML} kmz {KMZ} gpx {GPX} shapefile {Shapefile} geopackage {GeoPackage} flatgeobuf {FlatGeobuf} other {{format}}}',
    description: 'The name of an imported file’s format (file format names: usually kept as they are).',
  },
  layer: {
    id: 'ui.transfer.layer',
    defaultMessage: 'Layer',
    description: 'Label of the drop-down of a file’s layers (tables, folders).',
  },
  layerOption: {
    id: 'ui.transfer.layerOption',
    defaultMessage: '{name} ({rows, plural, one {# row} other {# rows}})',
    description:
      'A layer of the file in the Layer drop-down; {name} is its name in the file, {rows} its number of rows.',
  },
  includeLayer: {
    id: 'ui.transfer.includeLayer',
    defaultMessage: 'Import this layer',
    description: 'Checkbox: whether the layer shown is imported.',
  },
  notesLabel: {
    id: 'ui.transfer.notesLabel',
    defaultMessage: 'How the file was read',
    description: 'Name (for screen readers) of the list of notes on how the file was read (encoding, separator…).',
  },
  mappingTitle: {
    id: 'ui.transfer.mappingTitle',
    defaultMessage: 'Columns',
    description: 'Heading of the part of the import dialog where columns are mapped to fields.',
  },
  mappingHint: {
    id: 'ui.transfer.mappingHint',
    defaultMessage: 'Choose which column holds what. Other columns are kept as custom fields.',
    description: 'Hint under the Columns heading.',
  },
  mappingName: {
    id: 'ui.transfer.mappingName',
    defaultMessage: 'Name',
    description: 'The column that holds places’ names.',
  },
  mappingCategory: {
    id: 'ui.transfer.mappingCategory',
    defaultMessage: 'Category',
    description: 'The column that holds places’ categories (kinds).',
  },
  mappingDescription: {
    id: 'ui.transfer.mappingDescription',
    defaultMessage: 'Description',
    description: 'The column that holds places’ descriptions.',
  },
  mappingSector: {
    id: 'ui.transfer.mappingSector',
    defaultMessage: 'Creative sector',
    description: 'The column that holds firms’ creative sectors.',
  },
  mappingDefaultCategory: {
    id: 'ui.transfer.mappingDefaultCategory',
    defaultMessage: 'Default category',
    description: 'Label of the category given to rows without a known one.',
  },
  mappingDefaultCategoryHint: {
    id: 'ui.transfer.mappingDefaultCategoryHint',
    defaultMessage: 'For rows without a known category',
    description: 'Hint under Default category.',
  },
  mappingNone: {
    id: 'ui.transfer.mappingNone',
    defaultMessage: '(none)',
    description: 'The empty choice of a column drop-down: no column holds this.',
  },
  sampleTitle: {
    id: 'ui.transfer.sampleTitle',
    defaultMessage: 'First {shown, number} of {total, plural, one {# row} other {# rows}}',
    description: 'Heading of the preview table when it shows only the first rows; {shown} of {total} rows.',
  },
  sampleTitleAll: {
    id: 'ui.transfer.sampleTitleAll',
    defaultMessage: '{total, plural, one {# row} other {# rows}}',
    description: 'Heading of the preview table when it shows every row; {total} is their number.',
  },
  sampleLabel: {
    id: 'ui.transfer.sampleLabel',
    defaultMessage: 'First rows of the file',
    description: 'Name (for screen readers) of the scrolling preview table.',
  },
  positionHeader: {
    id: 'ui.transfer.positionHeader',
    defaultMessage: '{format, select, csv {Row} other {Feature}}',
    description:
      'Header of the preview table’s first column: the row number in a spreadsheet file (csv) or the feature number in a GIS file.',
  },
  geometryHeader: {
    id: 'ui.transfer.geometryHeader',
    defaultMessage: 'Geometry',
    description: 'Header of the preview table’s column that says a row’s shape (Point, Polygon…).',
  },
  noGeometry: {
    id: 'ui.transfer.noGeometry',
    defaultMessage: 'none',
    description: 'In the Geometry column: the row has no shape.',
  },
  problemHeader: {
    id: 'ui.transfer.problemHeader',
    defaultMessage: 'Skipped because',
    description: 'Header of the preview table’s column that says why a row will not be imported.',
  },
  mappedAs: {
    id: 'ui.transfer.mappedAs',
    defaultMessage: '→ {role}',
    description: 'Under a column’s header in the preview: which field it is mapped to ({role}: Name, Category…).',
  },
  planned: {
    id: 'ui.transfer.planned',
    defaultMessage:
      '{places, plural, one {# place} other {# places}}, {quarters, plural, one {# quarter} other {# quarters}}, {routes, plural, one {# route} other {# routes}} will be imported',
    description: 'At the bottom of the import dialog: what the import would add.',
  },
  plannedFromLayers: {
    id: 'ui.transfer.plannedFromLayers',
    defaultMessage:
      '{places, plural, one {# place} other {# places}}, {quarters, plural, one {# quarter} other {# quarters}}, {routes, plural, one {# route} other {# routes}} will be imported from {layers, plural, one {# layer} other {# layers}}',
    description:
      'At the bottom of the import dialog, for a file with several layers: what the chosen layers would add.',
  },
  planning: {
    id: 'ui.transfer.planning',
    defaultMessage: 'Updating…',
    description: 'At the bottom of the import dialog while what would be imported is worked out again.',
  },
  problemsTitle: {
    id: 'ui.transfer.problemsTitle',
    defaultMessage: '{count, plural, one {# row will be skipped} other {# rows will be skipped}}',
    description: 'Heading of the list of rows that will not be imported.',
  },
  repairsTitle: {
    id: 'ui.transfer.repairsTitle',
    defaultMessage:
      '{count, plural, one {# row will be imported with a change} other {# rows will be imported with changes}}',
    description: 'Heading of the list of rows that will be imported, but changed (a ring closed, a polygon repaired…).',
  },
  problem: {
    id: 'ui.transfer.problem',
    defaultMessage:
      '{format, select, csv {Row {position, number}: {reason}} other {Feature {position, number}: {reason}}}',
    description:
      'A row of the import’s lists: its number in the file ({position}: a row of a spreadsheet, format csv, or a feature of a GIS file) and why it will be skipped, or what will change in it ({reason}).',
  },
  moreProblems: {
    id: 'ui.transfer.moreProblems',
    defaultMessage: '…and {count, number} more',
    description: 'Last line of a cut list of skipped rows; {count} is how many more there are.',
  },
  runImport: {
    id: 'ui.transfer.runImport',
    defaultMessage: 'Import',
    description: 'Button that runs the import. Keep it short (about 12 characters).',
  },
  runningImport: {
    id: 'ui.transfer.runningImport',
    defaultMessage: 'Importing…',
    description: 'The Import button while the import runs. Keep it short.',
  },
  imported: {
    id: 'ui.transfer.imported',
    defaultMessage:
      'Imported {contents} from {fileName}{skipped, plural, =0 {} one {; # row skipped} other {; # rows skipped}}.',
    description:
      'Status after an import; {contents} is what was added (e.g. “2 places and 1 route”), {fileName} the file, {skipped} how many rows were left out.',
  },
  importedHidden: {
    id: 'ui.transfer.importedHidden',
    defaultMessage:
      'Imported {contents} from {fileName}{skipped, plural, =0 {} one {; # row skipped} other {; # rows skipped}}. {hidden, plural, one {# new place is} other {# new places are}} hidden by the filter.',
    description:
      'Status after an import when the workspace filter hides some new places; as the import status, and {hidden} is how many of the new places the filter hides.',
  },
  exportButton: {
    id: 'ui.transfer.exportButton',
    defaultMessage: 'Export…',
    description: 'Sidebar button that opens the export dialog. Keep it short (about 12 characters).',
  },
  exportButtonTitle: {
    id: 'ui.transfer.exportButtonTitle',
    defaultMessage: 'Save the places shown, with quarters and routes, as a file for other tools',
    description: 'Tooltip of the Export… button.',
  },
  exportTitle: {
    id: 'ui.transfer.exportTitle',
    defaultMessage: 'Export',
    description: 'Heading of the export dialog.',
  },
  exportFormat: {
    id: 'ui.transfer.exportFormat',
    defaultMessage: 'Format',
    description: 'Label of the drop-down of file formats to export.',
  },
  exportFormatName: {
    id: 'ui.transfer.exportFormatName',
    defaultMessage:
      '{format, select, geojson {GeoJSON} csv {CSV (spreadsheet)} kml {KML (Google Earth)} gpx {GPX (GPS devices)} shp {Shapefile (zip)} gpkg {GeoPackage (QGIS)} fgb {FlatGeobuf} jsonld {JSON-LD (heritage sites, schema.org)} other {{format}}}',
    description:
      'A choice of the export’s Format drop-down: the format’s name (keep it) and, in brackets, what it is for.',
  },
  exportContents: {
    id: 'ui.transfer.exportContents',
    defaultMessage:
      '{format, select, geojson {Places, quarters and routes, with the links between exported places.} csv {Places only, one row each: a spreadsheet has one kind of geometry.} kml {Places, quarters and routes, one folder each.} gpx {Places as waypoints, and routes; GPX has no areas.} shp {One shapefile each for places, quarters and routes.} gpkg {Places, quarters, routes and links, as an Itinera project QGIS opens.} fgb {Places, quarters and routes in one layer.} jsonld {The heritage sites and cultural venues among the places, for heritage portals.} other {}}',
    description: 'Hint under the Format drop-down: what a file of the chosen {format} will hold.',
  },
  alsoExport: {
    id: 'ui.transfer.alsoExport',
    defaultMessage: 'Also export',
    description: 'Heading of the choices of what a GeoPackage export carries besides the data.',
  },
  exportExtra: {
    id: 'ui.transfer.exportExtra',
    defaultMessage:
      '{extra, select, basemap {The street basemap (OpenStreetMap tiles, for a map offline)} other {The walking and cycling network (for routes along the streets)}}',
    description:
      'A choice of what a GeoPackage export also carries: the street basemap, or the walking and cycling network.',
  },
  csvGeometry: {
    id: 'ui.transfer.csvGeometry',
    defaultMessage: 'Coordinates',
    description: 'Heading of the choice of how a CSV export writes positions.',
  },
  csvWkt: {
    id: 'ui.transfer.csvWkt',
    defaultMessage: 'One WKT column (GIS tools)',
    description: 'Choice: positions as one column of Well-Known Text (a GIS format: keep “WKT”).',
  },
  csvLonLat: {
    id: 'ui.transfer.csvLonLat',
    defaultMessage: 'Longitude and latitude columns',
    description: 'Choice: positions as two columns of numbers.',
  },
  csvKeepFormulas: {
    id: 'ui.transfer.csvKeepFormulas',
    defaultMessage: 'Keep texts starting with =, +, - or @ as they are (a spreadsheet may run them as formulas)',
    description:
      'Check box of the CSV export, off by default: such texts otherwise get a leading apostrophe so spreadsheets show them as text.',
  },
  scopeAll: {
    id: 'ui.transfer.scopeAll',
    defaultMessage: 'Exports all {places, plural, one {# place} other {# places}}.',
    description: 'In the export dialog when no filter is set: every place is exported.',
  },
  scopeFiltered: {
    id: 'ui.transfer.scopeFiltered',
    defaultMessage:
      'Follows the filter: exports the {shown, plural, one {# place} other {# places}} shown (of {total, number}).',
    description:
      'In the export dialog when a filter is set: only the {shown} places it shows, of {total}, are exported.',
  },
  scopeNothing: {
    id: 'ui.transfer.scopeNothing',
    defaultMessage: 'No place is shown. Change the filter to export.',
    description: 'In the export dialog when the filter hides every place.',
  },
  runExport: {
    id: 'ui.transfer.runExport',
    defaultMessage: 'Export',
    description: 'Button that writes the export file. Keep it short (about 12 characters).',
  },
  runningExport: {
    id: 'ui.transfer.runningExport',
    defaultMessage: 'Exporting…',
    description: 'The Export button while the file is written. Keep it short.',
  },
  exported: {
    id: 'ui.transfer.exported',
    defaultMessage: 'Exported {contents} to {fileName}.',
    description:
      'Status after an export; {contents} is what the file holds (e.g. “7 places and 1 route”), {fileName} its name.',
  },
});
