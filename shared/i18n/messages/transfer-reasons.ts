import { defineMessages } from '../define-messages.js';

// Why a file cannot be imported, and where in it (shown inside transfer.error.fileRefused:
// "FILE, WHERE: REASON"). {detail} is always the technical reason another program gave (often
// English). Keep file formats, element and file names as they are.

export const importWhereMessages = defineMessages({
  line: {
    id: 'transfer.where.line',
    defaultMessage: 'line {line}',
    description: 'Where in a text file: a line number.',
  },
  lineAndColumn: {
    id: 'transfer.where.lineAndColumn',
    defaultMessage: 'line {line}, column {column}',
    description: 'Where in a text file: a line and the character in it.',
  },
  row: { id: 'transfer.where.row', defaultMessage: 'row {row}', description: 'Where in a table (CSV): a row number.' },
  cell: {
    id: 'transfer.where.cell',
    defaultMessage: 'row {row}, column "{column}"',
    description: 'Where in a table (CSV): a row and the name of a column.',
  },
  entry: {
    id: 'transfer.where.entry',
    defaultMessage: 'entry "{name}"',
    description: 'Where in a zip archive: one of the files inside it.',
  },
  header: {
    id: 'transfer.where.header',
    defaultMessage: 'header',
    description: 'Where in a binary file: its header (the part that describes the rest).',
  },
  feature: {
    id: 'transfer.where.feature',
    defaultMessage: 'feature {number}',
    description: 'Where in a file of features: the feature with this number, counted from 1.',
  },
  layer: {
    id: 'transfer.where.layer',
    defaultMessage: 'layer "{name}"',
    description: 'Where in a GeoPackage: one of its layers (tables).',
  },
});

export const importReasonMessages = defineMessages({
  empty: { id: 'transfer.reason.empty', defaultMessage: 'the file is empty', description: 'The file has no content.' },
  tooLarge: {
    id: 'transfer.reason.tooLarge',
    defaultMessage: 'the file is larger than {megabytes, number} MB',
    description: 'The file is over the size an import reads.',
  },
  dataTooLarge: {
    id: 'transfer.reason.dataTooLarge',
    defaultMessage: 'its features hold more than {megabytes, number} MB of data',
    description: 'The features of a file (a GeoPackage layer) hold more data than an import reads.',
  },
  tooManyFeatures: {
    id: 'transfer.reason.tooManyFeatures',
    defaultMessage: 'more than {maximum, number, ::group-off} features',
    description: 'The file has more features (rows) than an import reads.',
  },
  unknownType: {
    id: 'transfer.reason.unknownType',
    defaultMessage:
      'unknown file type: Itinera imports GeoJSON, CSV/TSV, KML/KMZ, GPX, zipped shapefiles, GeoPackage and FlatGeobuf',
    description: 'The file is none of the formats Itinera reads.',
  },
  geoPackageInBackend: {
    id: 'transfer.reason.geoPackageInBackend',
    defaultMessage: 'GeoPackage files are read by the backend',
    description: 'A GeoPackage was handed to the reader that runs without the database (a program error).',
  },
  notZip: { id: 'transfer.reason.notZip', defaultMessage: 'not a zip archive', description: 'The file is not a zip.' },
  tooManyEntries: {
    id: 'transfer.reason.tooManyEntries',
    defaultMessage: 'more than {maximum, number, ::group-off} entries in the archive',
    description: 'The zip archive holds more files than an import reads.',
  },
  unsafePath: {
    id: 'transfer.reason.unsafePath',
    defaultMessage: 'unsafe path inside the archive (it would leave the archive folder)',
    description: 'A file inside the zip is named so that it would be written outside its folder (an attack).',
  },
  zipBomb: {
    id: 'transfer.reason.zipBomb',
    defaultMessage: 'the archive expands to far more than it holds (zip bomb?)',
    description: 'The zip archive unpacks to a suspiciously large size (an attack).',
  },
  zipDamaged: {
    id: 'transfer.reason.zipDamaged',
    defaultMessage: 'the zip archive is damaged ({detail})',
    description: 'The zip archive cannot be unpacked.',
  },
  noShapefile: {
    id: 'transfer.reason.noShapefile',
    defaultMessage: 'the zip archive holds no .shp file',
    description: 'A zip was imported as a shapefile but holds none.',
  },
  missingDbf: {
    id: 'transfer.reason.missingDbf',
    defaultMessage: 'the attribute file {file} is missing',
    description: 'A shapefile lacks its .dbf file (the attributes); {file} is its expected name.',
  },
  unknownProjection: {
    id: 'transfer.reason.unknownProjection',
    defaultMessage: 'unknown CRS: the projection "{projection}" cannot be read',
    description: 'A shapefile’s coordinate reference system (its .prj file) is not understood.',
  },
  shapefileDamaged: {
    id: 'transfer.reason.shapefileDamaged',
    defaultMessage: 'the shapefile is damaged ({detail})',
    description: 'A shapefile cannot be read.',
  },
  jsonInvalid: {
    id: 'transfer.reason.jsonInvalid',
    defaultMessage: 'the JSON is not valid ({detail}); is the file truncated?',
    description: 'A GeoJSON file is not valid JSON.',
  },
  jsonUnexpected: {
    id: 'transfer.reason.jsonUnexpected',
    defaultMessage: 'the JSON is not valid (unexpected {found})',
    description: 'A GeoJSON file breaks the JSON grammar; {found} is the text found where it breaks (in quotes).',
  },
  jsonEndsEarly: {
    id: 'transfer.reason.jsonEndsEarly',
    defaultMessage: 'the JSON is not valid (it ends too early); is the file truncated?',
    description: 'A GeoJSON file stops in the middle (an object or list is not closed).',
  },
  featuresArray: {
    id: 'transfer.reason.featuresArray',
    defaultMessage: 'a FeatureCollection needs a "features" array',
    description: 'A GeoJSON FeatureCollection lacks its list of features.',
  },
  notGeoJson: {
    id: 'transfer.reason.notGeoJson',
    defaultMessage: 'not GeoJSON: expected a FeatureCollection, a Feature or a geometry',
    description: 'A JSON file is not GeoJSON.',
  },
  noHeader: {
    id: 'transfer.reason.noHeader',
    defaultMessage: 'no header row with column names',
    description: 'A CSV file has no first row naming its columns.',
  },
  tooManyColumns: {
    id: 'transfer.reason.tooManyColumns',
    defaultMessage: 'more than {maximum, number, ::group-off} columns',
    description: 'A table has more columns than an import reads.',
  },
  duplicateColumn: {
    id: 'transfer.reason.duplicateColumn',
    defaultMessage: 'the column "{column}" appears twice',
    description: 'Two columns of a CSV file have the same name.',
  },
  csvStructure: {
    id: 'transfer.reason.csvStructure',
    defaultMessage: '{detail}; is the file truncated or a quote left open?',
    description: 'A CSV file cannot be split into rows and columns; {detail} is the CSV reader’s reason.',
  },
  noCoordinates: {
    id: 'transfer.reason.noCoordinates',
    defaultMessage:
      'no coordinate columns: expected longitude and latitude columns (e.g. "lon"/"lat", "longitude"/"latitude", "x"/"y") or a WKT column; found {columns}',
    description: 'A CSV file has no columns with positions; {columns} lists the columns it has.',
  },
  cellTooLong: {
    id: 'transfer.reason.cellTooLong',
    defaultMessage: 'a cell of more than {maximum, number, ::group-off} characters',
    description: 'A cell of a table is longer than an import reads.',
  },
  notKml: {
    id: 'transfer.reason.notKml',
    defaultMessage: 'not KML: the root element is not {element}',
    description: 'A file read as KML does not start with the KML element; {element} is that element (<kml>).',
  },
  noKml: {
    id: 'transfer.reason.noKml',
    defaultMessage: 'the KMZ archive holds no .kml file',
    description: 'A KMZ (zipped KML) holds no KML file.',
  },
  tooManyGpxPoints: {
    id: 'transfer.reason.tooManyGpxPoints',
    defaultMessage:
      'more than {maximum, number} points (waypoints, route and track points); thin the tracks first, for example with GPSBabel’s simplify filter',
    description:
      'A GPX file holds more points than an import reads; GPSBabel is a free tool, its filter is named simplify.',
  },
  notGpx: {
    id: 'transfer.reason.notGpx',
    defaultMessage: 'not GPX: the root element is not {element}',
    description: 'A file read as GPX does not start with the GPX element; {element} is that element (<gpx>).',
  },
  xmlDoctype: {
    id: 'transfer.reason.xmlDoctype',
    defaultMessage: 'the XML declares a DOCTYPE or entities, which KML and GPX never need; refused for safety',
    description: 'A KML or GPX file declares what could make the XML reader fetch or expand things (an attack).',
  },
  xmlMalformed: {
    id: 'transfer.reason.xmlMalformed',
    defaultMessage: 'the XML is not well-formed ({detail})',
    description: 'A KML or GPX file is not valid XML.',
  },
  notFlatGeobuf: {
    id: 'transfer.reason.notFlatGeobuf',
    defaultMessage: 'not a FlatGeobuf file (no "fgb" magic)',
    description: 'A file read as FlatGeobuf does not start as one.',
  },
  flatGeobufHeader: {
    id: 'transfer.reason.flatGeobufHeader',
    defaultMessage: 'the FlatGeobuf file is damaged (it ends inside its header)',
    description: 'A FlatGeobuf file is cut short.',
  },
  flatGeobufDamaged: {
    id: 'transfer.reason.flatGeobufDamaged',
    defaultMessage: 'the FlatGeobuf file is damaged ({detail})',
    description: 'A FlatGeobuf file cannot be read.',
  },
  unknownCrs: {
    id: 'transfer.reason.unknownCrs',
    defaultMessage: 'unknown CRS {crs}',
    description: 'A file’s coordinate reference system is not understood; {crs} is its code (e.g. EPSG:31287).',
  },
  nulBytes: {
    id: 'transfer.reason.nulBytes',
    defaultMessage: 'the file contains NUL bytes: it is binary, or UTF-16 without a byte-order mark',
    description: 'A text file holds bytes no text file has.',
  },
  mixedEncodings: {
    id: 'transfer.reason.mixedEncodings',
    defaultMessage: 'mixed encodings: part of the file is UTF-8 and part is not; save it again as UTF-8',
    description: 'A text file mixes two character encodings.',
  },
  cannotOpenGeoPackage: {
    id: 'transfer.reason.cannotOpenGeoPackage',
    defaultMessage: 'cannot open the GeoPackage ({detail})',
    description: 'A GeoPackage to import cannot be opened.',
  },
  notFeatureGeoPackage: {
    id: 'transfer.reason.notFeatureGeoPackage',
    defaultMessage: 'not a GeoPackage with feature layers ({detail})',
    description: 'A file read as a GeoPackage has no list of layers.',
  },
  noFeatureLayers: {
    id: 'transfer.reason.noFeatureLayers',
    defaultMessage: 'the GeoPackage has no feature layers',
    description: 'A GeoPackage to import holds no layer with geometries.',
  },
  geoPackageDamaged: {
    id: 'transfer.reason.geoPackageDamaged',
    defaultMessage: 'the GeoPackage is damaged ({detail})',
    description: 'A GeoPackage to import cannot be read; {detail} is the database’s technical reason.',
  },
  unknownLayerCrs: {
    id: 'transfer.reason.unknownLayerCrs',
    defaultMessage: 'unknown CRS (srs_id {srsId}): its definition cannot be read',
    description: 'A GeoPackage layer’s coordinate reference system is not understood; {srsId} is its number.',
  },
});
