import { defineMessages } from '../define-messages.js';

// How an imported file was read (the preview's notes and `itinera import`'s first lines), and
// what was changed in a feature that is imported (its "imported with changes" list). Keep file
// names and extensions (.prj, .dbf, .cpg), "WGS84", "WKT", "srs_id" and "gpkg_contents" as they are.

export const importNoteMessages = defineMessages({
  encoding: {
    id: 'transfer.note.encoding',
    defaultMessage: 'encoding {encoding}',
    description: 'Note on a read text file: its character encoding ({encoding} is e.g. utf-8 or windows-1252).',
  },
  delimiter: {
    id: 'transfer.note.delimiter',
    defaultMessage:
      '{delimiter, select, comma {comma-separated} semicolon {semicolon-separated} tab {tab-separated} bar {separated by vertical bars} other {separated by another character}}',
    description: 'Note on a read CSV file: the character between its columns.',
  },
  lonLatColumns: {
    id: 'transfer.note.lonLatColumns',
    defaultMessage: 'coordinates from "{longitude}" and "{latitude}"',
    description: 'Note on a read CSV file: the columns its positions come from (the file’s column names).',
  },
  wktColumn: {
    id: 'transfer.note.wktColumn',
    defaultMessage: 'geometry from WKT column "{column}"',
    description: 'Note on a read CSV file: the column of Well-Known Text its geometries come from.',
  },
  reprojected: {
    id: 'transfer.note.reprojected',
    defaultMessage: 'reprojected to WGS84 from {crs}',
    description: 'Note: positions were converted from the file’s coordinate system ({crs}, e.g. EPSG:31256).',
  },
  noPrj: {
    id: 'transfer.note.noPrj',
    defaultMessage: 'no .prj: coordinates taken as WGS84 longitude/latitude',
    description: 'Note on a shapefile without a coordinate system file: positions read as longitude and latitude.',
  },
  dbfEncoding: {
    id: 'transfer.note.dbfEncoding',
    defaultMessage:
      'attributes read as {encoding} ({source, select, cpg {.cpg} driver {the DBF language driver} other {detected}})',
    description: 'Note on a shapefile: the character encoding of its attributes and where that came from.',
  },
  undefinedGeographic: {
    id: 'transfer.note.undefinedGeographic',
    defaultMessage:
      'undefined geographic coordinate reference system (srs_id 0): positions read as WGS84 longitude/latitude',
    description: 'Note on a GeoPackage layer with the standard “undefined geographic” coordinate system.',
  },
  heightsDropped: {
    id: 'transfer.note.heightsDropped',
    defaultMessage:
      '{count, plural, one {# feature has} other {# features have}} heights (Z); Itinera keeps positions without height, so the heights are not imported',
    description: 'Note: features of the file carry a height per position, which the project does not store.',
  },
  measuresDropped: {
    id: 'transfer.note.measuresDropped',
    defaultMessage: '{count, plural, one {# feature has} other {# features have}} measures (M), which are not imported',
    description: 'Note: features carry a measure per position (M: e.g. distance along a road), not stored.',
  },
  clamped: {
    id: 'transfer.note.clamped',
    defaultMessage:
      '{count, plural, one {# position lies} other {# positions lie}} beyond ±180° or ±90° by a millionth or less (rounding in the file): moved onto that edge',
    description: 'Note: positions a hair outside the valid range (floating-point rounding) were moved onto its edge.',
  },
  partsGrouped: {
    id: 'transfer.note.partsGrouped',
    defaultMessage:
      '{count, plural, one {# feature has} other {# features have}} several parts: each part becomes a place, area or route of its own, named “… (part n)”, kept together in a group named after the feature',
    description:
      'Note: features made of several pieces (e.g. a track in segments) become one item per piece, in a group.',
  },
  htmlDescriptions: {
    id: 'transfer.note.htmlDescriptions',
    defaultMessage:
      '{count, plural, one {# HTML description} other {# HTML descriptions}} kept as plain text (markup removed)',
    description: 'Note: descriptions written as HTML (links, bold…) were turned into their text.',
  },
  viewNotFollowed: {
    id: 'transfer.note.viewNotFollowed',
    defaultMessage:
      'the layer "{table}" is a view Itinera does not follow (a recursive query or a view of views): nothing imported from it; export it into a plain table first',
    description: 'Note on a GeoPackage layer defined by a query that could run without end.',
  },
  tableMissing: {
    id: 'transfer.note.tableMissing',
    defaultMessage:
      'gpkg_contents lists the table "{table}", but the file has no such table: nothing to import from it',
    description: 'Note on a GeoPackage whose list of layers names a table that is not there.',
  },
  featureCountMismatch: {
    id: 'transfer.note.featureCountMismatch',
    defaultMessage:
      'the header declares {declared, number} features but the file holds {found, number}: all {found, number} are read',
    description:
      'Note on a binary file whose header gives a wrong number of features; the features themselves are read.',
  },
  dbfRecordCountMismatch: {
    id: 'transfer.note.dbfRecordCountMismatch',
    defaultMessage:
      'the .dbf header declares {declared, number} records but holds {found, number}: {found, number} are read',
    description: 'Note on a shapefile whose attribute file header gives a wrong number of records.',
  },
  dbfFewerRecords: {
    id: 'transfer.note.dbfFewerRecords',
    defaultMessage:
      'the .dbf has {records, number} records for {shapes, number} shapes: {missing, plural, one {the last shape has} other {the last # shapes have}} no attributes',
    description: 'Note on a shapefile whose attribute file has fewer records than it has shapes.',
  },
  noPlacemarks: {
    id: 'transfer.note.noPlacemarks',
    defaultMessage: 'the file holds no placemarks',
    description: 'Note on a KML file without any placemark (the KML word for a feature).',
  },
});

export const importRepairMessages = defineMessages({
  ringClosed: {
    id: 'transfer.repair.ringClosed',
    defaultMessage: 'a ring did not end where it starts: closed',
    description: 'Change to an imported area: an outline that was not closed was closed.',
  },
  areaRepaired: {
    id: 'transfer.repair.areaRepaired',
    defaultMessage:
      '{problem}: repaired, {parts, plural, one {its rings rearranged} other {split into # areas}}; the surface is unchanged',
    description:
      'Change to an imported area: an invalid polygon ({problem} says why) was repaired without changing its surface.',
  },
  emptyPartLeftOut: {
    id: 'transfer.repair.emptyPartLeftOut',
    defaultMessage:
      'part {part, number} {kind, select, area {has fewer than three different corners} other {has fewer than two different positions}}: left out',
    description: 'Change to an imported feature: a part without surface or length was left out.',
  },
  holeLeftOut: {
    id: 'transfer.repair.holeLeftOut',
    defaultMessage: 'a hole with fewer than three different corners: left out',
    description: 'Change to an imported area: a hole without surface was left out.',
  },
  pointsLeftOut: {
    id: 'transfer.repair.pointsLeftOut',
    defaultMessage:
      '{count, plural, one {# point} other {# points}} with invalid coordinates left out of the line (the first on line {line})',
    description: 'Change to an imported GPX route or track: points whose position is not two numbers were left out.',
  },
  segmentsLeftOut: {
    id: 'transfer.repair.segmentsLeftOut',
    defaultMessage:
      '{count, plural, one {# track segment} other {# track segments}} with fewer than two valid points left out',
    description: 'Change to an imported GPX track: pieces with fewer than two usable points were left out.',
  },
});
