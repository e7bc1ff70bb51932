import { defineMessages } from '../define-messages.js';

// Why one row or feature of an imported file is not imported (the preview's and `itinera import`'s
// skipped list: "Row 4: …", "Feature 2: …"). Values in quotes are the file's own text (a column
// name, a cell) and stay as they are; keep "GeometryCollection", "WKT", "lat", "lon" untranslated.

export const importRowMessages = defineMessages({
  noGeometry: {
    id: 'transfer.row.noGeometry',
    defaultMessage: 'the feature has no geometry',
    description: 'A feature of an imported file has no position or shape.',
  },
  geometryNotObject: {
    id: 'transfer.row.geometryNotObject',
    defaultMessage: 'the geometry is not an object',
    description: 'A GeoJSON feature’s geometry is not written as an object.',
  },
  unknownGeometryType: {
    id: 'transfer.row.unknownGeometryType',
    defaultMessage: 'unknown geometry type {type}',
    description: 'A feature’s geometry type is none GeoJSON knows; {type} is the type as written in the file.',
  },
  collectionWithoutMembers: {
    id: 'transfer.row.collectionWithoutMembers',
    defaultMessage: 'a GeometryCollection needs "geometries"',
    description: 'A GeoJSON GeometryCollection lacks its list of geometries ("geometries" is the key, keep it).',
  },
  coordinatesNotArrays: {
    id: 'transfer.row.coordinatesNotArrays',
    defaultMessage: 'coordinates are not arrays',
    description: 'A GeoJSON geometry’s coordinates are not lists of numbers.',
  },
  positionNotNumbers: {
    id: 'transfer.row.positionNotNumbers',
    defaultMessage: 'a position needs two finite numbers',
    description: 'A position (longitude, latitude) of a feature is missing or is not two numbers.',
  },
  nestsTooDeeply: {
    id: 'transfer.row.nestsTooDeeply',
    defaultMessage: 'the geometry nests more than {depth, number} levels deep',
    description: 'A geometry holds collections inside collections beyond what an import reads (a hostile file).',
  },
  attributeTooDeep: {
    id: 'transfer.row.attributeTooDeep',
    defaultMessage: 'the attribute "{name}" nests more than {depth, number} levels deep',
    description: 'An attribute (column) value of a feature is nested beyond what an import reads; {name} is its name.',
  },
  emptyGeometry: {
    id: 'transfer.row.emptyGeometry',
    defaultMessage: 'empty geometry',
    description: 'A feature’s geometry has no positions.',
  },
  longitudeOutside: {
    id: 'transfer.row.longitudeOutside',
    defaultMessage: 'invalid coordinate: longitude {value} is outside -180..180',
    description: 'A feature’s longitude is out of range; {value} is the file’s number.',
  },
  latitudeOutside: {
    id: 'transfer.row.latitudeOutside',
    defaultMessage: 'invalid coordinate: latitude {value} is outside -90..90',
    description: 'A feature’s latitude is out of range; {value} is the file’s number.',
  },
  nameTooLong: {
    id: 'transfer.row.nameTooLong',
    defaultMessage: 'the name is longer than {maximum, number} characters',
    description: 'A feature’s name is longer than a name may be.',
  },
  unknownCategory: {
    id: 'transfer.row.unknownCategory',
    defaultMessage: '"{category}" is not a known category; choose a default category for such rows',
    description: 'A row’s category value is none of Itinera’s categories; {category} is the value as written.',
  },
  noCategory: {
    id: 'transfer.row.noCategory',
    defaultMessage: 'no category: map a category column or choose a default category',
    description: 'A point has no category, and the import has no default category.',
  },
  lineTooShort: {
    id: 'transfer.row.lineTooShort',
    defaultMessage: 'a line needs at least two positions',
    description: 'A line of an imported file has fewer than two different positions.',
  },
  notANumber: {
    id: 'transfer.row.notANumber',
    defaultMessage: '"{column}" is not a number ("{value}")',
    description: 'A coordinate cell of a CSV row is not a number; {column} is the column, {value} the cell.',
  },
  cellEmpty: {
    id: 'transfer.row.cellEmpty',
    defaultMessage: '"{column}" is empty',
    description: 'A coordinate cell of a CSV row is empty; {column} is the column.',
  },
  notWkt: {
    id: 'transfer.row.notWkt',
    defaultMessage: '"{column}" is not valid WKT',
    description: 'A CSV row’s geometry cell is not Well-Known Text (keep "WKT"); {column} is the column.',
  },
  tooManyFields: {
    id: 'transfer.row.tooManyFields',
    defaultMessage: 'Too many fields: expected {expected, number} fields but parsed {found, number}',
    description: 'A CSV row has more cells than the header has columns.',
  },
  tooFewFields: {
    id: 'transfer.row.tooFewFields',
    defaultMessage: 'Too few fields: expected {expected, number} fields but parsed {found, number}',
    description: 'A CSV row has fewer cells than the header has columns.',
  },
  geometryUnreadable: {
    id: 'transfer.row.geometryUnreadable',
    defaultMessage: 'the geometry cannot be read ({detail})',
    description: 'A feature’s stored geometry is damaged; {detail} is the technical reason.',
  },
  featureUnreadable: {
    id: 'transfer.row.featureUnreadable',
    defaultMessage: 'the feature cannot be read ({detail})',
    description: 'A feature of a binary file is damaged; {detail} is the technical reason.',
  },
  gpxBadPoint: {
    id: 'transfer.row.gpxBadPoint',
    defaultMessage: 'invalid coordinates lat="{latitude}" lon="{longitude}" (line {line})',
    description:
      'A GPX point’s position is not two numbers; {latitude} and {longitude} are as written (keep lat= and lon=).',
  },
  noShape: {
    id: 'transfer.row.noShape',
    defaultMessage: 'the .dbf record has no shape in the .shp file',
    description: 'A shapefile’s attribute file has more records than its geometry file has shapes.',
  },
  undefinedCartesian: {
    id: 'transfer.row.undefinedCartesian',
    defaultMessage:
      'the layer’s coordinate reference system is undefined Cartesian (srs_id -1): its positions cannot be placed on the map',
    description:
      'A GeoPackage layer declares no coordinate system (the standard value -1), so its positions mean nothing.',
  },
  areaInvalid: {
    id: 'transfer.row.areaInvalid',
    defaultMessage:
      'invalid area: {kind, select, selfIntersection {its boundary crosses or overlaps itself} ringSelfIntersection {a ring touches itself} holeOutsideShell {a hole lies outside the outline} nestedHoles {a hole lies inside another hole} disconnectedInterior {holes cut its inside into pieces} tooFewPoints {a ring has fewer than three different corners} notClosed {a ring does not end where it starts} other {a position is not a number}} near {longitude}, {latitude} (longitude, latitude)',
    description:
      'An imported polygon is invalid as GIS programs judge it (GEOS, OGC); {kind} says how, {longitude} and {latitude} where.',
  },
  areaNotRepairable: {
    id: 'transfer.row.areaNotRepairable',
    defaultMessage: '{problem}; a repair would change its surface, so it is not imported',
    description:
      'An invalid polygon that cannot be repaired without adding or removing area; {problem} is why it is invalid.',
  },
  partProblem: {
    id: 'transfer.row.partProblem',
    defaultMessage: 'part {part, number}: {problem}',
    description:
      'A feature with several parts is not imported because one part is unusable; {part} is its number, {problem} why.',
  },
});
