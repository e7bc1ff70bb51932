import { defineMessages } from '../define-messages.js';

// Problems of values the domain model refuses (the "problem" half of "Latitude: must be between
// -90 and 90"), declared in the schemas with `problem(...)` (shared/api/validation.ts).

export const modelMessages = defineMessages({
  longitudeNotNumber: {
    id: 'model.longitudeNotNumber',
    defaultMessage: 'must be a number (degrees east, WGS84)',
    description: 'Problem of a longitude that is not a number.',
  },
  longitudeRange: {
    id: 'model.longitudeRange',
    defaultMessage: 'must be between -180 and 180',
    description: 'Problem of a longitude out of range.',
  },
  latitudeNotNumber: {
    id: 'model.latitudeNotNumber',
    defaultMessage: 'must be a number (degrees north, WGS84)',
    description: 'Problem of a latitude that is not a number.',
  },
  latitudeRange: {
    id: 'model.latitudeRange',
    defaultMessage: 'must be between -90 and 90',
    description: 'Problem of a latitude out of range.',
  },
  notKnownCategory: {
    id: 'model.notKnownCategory',
    defaultMessage: 'is not a known category',
    description: 'Problem of an unknown kind of place.',
  },
  notKnownFamily: {
    id: 'model.notKnownFamily',
    defaultMessage: 'is not a known category family',
    description: 'Problem of an unknown family of kinds of place.',
  },
  notKnownSector: {
    id: 'model.notKnownSector',
    defaultMessage: 'is not a known creative sector',
    description: 'Problem of an unknown creative sector.',
  },
  notKnownLinkType: {
    id: 'model.notKnownLinkType',
    defaultMessage: 'is not a known link type',
    description: 'Problem of an unknown type of link.',
  },
  notKnownAreaKind: {
    id: 'model.notKnownAreaKind',
    defaultMessage: 'is not a known area kind',
    description: 'Problem of an unknown kind of area.',
  },
  notKnownRouteMode: {
    id: 'model.notKnownRouteMode',
    defaultMessage: 'is not a known route mode',
    description: 'Problem of an unknown travel mode of a route.',
  },
  notKnownGroupLevel: {
    id: 'model.notKnownGroupLevel',
    defaultMessage: 'is not a known group level',
    description: 'Problem of an unknown cluster level of a group.',
  },
  notKnownEventKind: {
    id: 'model.notKnownEventKind',
    defaultMessage: 'is not a known event kind',
    description: 'Problem of an unknown kind of event.',
  },
  notKnownFieldType: {
    id: 'model.notKnownFieldType',
    defaultMessage: 'is not a known field type',
    description: 'Problem of an unknown type of custom field.',
  },
  notDate: {
    id: 'model.notDate',
    defaultMessage: 'must be a date (YYYY-MM-DD)',
    description: 'Problem of a value that is not a calendar date.',
  },
  webAddress: {
    id: 'model.webAddress',
    defaultMessage: 'must be an http:// or https:// address',
    description: 'Problem of a website that is not a web address.',
  },
  tooManyFields: {
    id: 'model.tooManyFields',
    defaultMessage: 'must have at most {maximum, number} fields',
    description: 'Problem of a place with too many custom fields.',
  },
  sectorOnlyForCreative: {
    id: 'model.sectorOnlyForCreative',
    defaultMessage: 'only creative firms and creative-industry companies have a sector',
    description: 'Problem of a creative sector given to a place that is not a creative firm.',
  },
  changeSomething: {
    id: 'model.changeSomething',
    defaultMessage: 'must change at least one field',
    description: 'Problem of an edit that changes nothing.',
  },
  ringTooShort: {
    id: 'model.ringTooShort',
    defaultMessage: 'a ring needs at least 4 positions',
    description: 'Problem of an area outline with too few corners (the first corner is repeated at the end).',
  },
  ringNotClosed: {
    id: 'model.ringNotClosed',
    defaultMessage: 'a ring must end where it starts',
    description: 'Problem of an area outline that is not closed.',
  },
  polygonNoRing: {
    id: 'model.polygonNoRing',
    defaultMessage: 'a polygon needs an outer ring',
    description: 'Problem of an area without an outline.',
  },
  polygonInvalid: {
    id: 'model.polygonInvalid',
    defaultMessage:
      '{kind, select, ringSelfIntersection {the boundary touches itself} holeOutsideShell {a hole lies outside the outline} nestedHoles {a hole lies inside another hole} disconnectedInterior {the holes cut the area into pieces} other {a ring has fewer than three different corners}} near {longitude}, {latitude} (longitude, latitude)',
    description:
      'Problem of an area outline that GIS programs would call invalid (other than crossing edges); {kind} says how, the position where.',
  },
  boundaryCrosses: {
    id: 'model.boundaryCrosses',
    defaultMessage:
      'the boundary crosses itself near {longitude}, {latitude} (longitude, latitude); draw it without crossing edges',
    description: 'Problem of an area outline whose edges cross; the position is where.',
  },
  routeTwoStops: {
    id: 'model.routeTwoStops',
    defaultMessage: 'a route needs at least two stops',
    description: 'Problem of a route with fewer than two stops.',
  },
  linkStrength: {
    id: 'model.linkStrength',
    defaultMessage: 'must be a whole number from {minimum} to {maximum}',
    description: 'Problem of a link strength outside its scale.',
  },
  linkStrengthRange: {
    id: 'model.linkStrengthRange',
    defaultMessage: 'must be from {minimum} to {maximum}',
    description: 'Problem of a link strength outside its scale (1 to 5).',
  },
  linkToItself: {
    id: 'model.linkToItself',
    defaultMessage: 'a place cannot be linked to itself',
    description: 'Problem of a link whose two ends are the same place.',
  },
  endBeforeStart: {
    id: 'model.endBeforeStart',
    defaultMessage: 'must be on or after the start date',
    description: 'Problem of an event that ends before it starts.',
  },
  repeatedOption: {
    id: 'model.repeatedOption',
    defaultMessage: 'must not repeat an option',
    description: 'Problem of a choice field listing the same option twice.',
  },
  choiceNeedsOption: {
    id: 'model.choiceNeedsOption',
    defaultMessage: 'a choice needs at least one option',
    description: 'Problem of a choice field without options.',
  },
  onlyChoiceHasOptions: {
    id: 'model.onlyChoiceHasOptions',
    defaultMessage: 'only a choice has options',
    description: 'Problem of options given to a custom field that is not a choice.',
  },
  customText: {
    id: 'model.customText',
    defaultMessage: 'must be text',
    description: 'Problem of a custom text field value.',
  },
  customNumber: {
    id: 'model.customNumber',
    defaultMessage: 'must be a number',
    description: 'Problem of a custom number field value.',
  },
  customBoolean: {
    id: 'model.customBoolean',
    defaultMessage: 'must be yes or no (true or false)',
    description: 'Problem of a custom yes/no field value.',
  },
  customUrl: {
    id: 'model.customUrl',
    defaultMessage: 'must be a web address starting with http:// or https://',
    description: 'Problem of a custom web address field value.',
  },
  customChoice: {
    id: 'model.customChoice',
    defaultMessage: 'must be one of: {options}',
    description: 'Problem of a custom choice field value; {options} lists the allowed ones.',
  },
  colour: {
    id: 'model.colour',
    defaultMessage: 'must be a colour written as #RRGGBB',
    description: 'Problem of a colour not written as a hexadecimal colour code.',
  },
  notKnownStyleField: {
    id: 'model.notKnownStyleField',
    defaultMessage: 'must be a field of the places (a built-in one, or a custom field by its name)',
    description: 'Problem of a map style naming a field places do not have.',
  },
  notKnownStyleMethod: {
    id: 'model.notKnownStyleMethod',
    defaultMessage: 'must be categories or graduated classes',
    description: 'Problem of a map style method that is neither a colour per value nor classes of a number.',
  },
  classCount: {
    id: 'model.classCount',
    defaultMessage: 'must be a whole number from {min} to {max}',
    description: 'Problem of a number of classes on the map outside the allowed range.',
  },
  fileNameForm: {
    id: 'model.fileNameForm',
    defaultMessage: 'must be a file name without folders or control characters',
    description: 'Problem of a file name that contains folders or control characters.',
  },
  attachmentTooLarge: {
    id: 'model.attachmentTooLarge',
    defaultMessage: 'is too large: an attachment can be at most {megabytes, number} MB',
    description: 'Problem of a photo or document over the size limit.',
  },
  thumbnailTooLarge: {
    id: 'model.thumbnailTooLarge',
    defaultMessage: 'is too large for a thumbnail',
    description: 'Problem of a preview image over its size limit.',
  },
  notCalendarDate: {
    id: 'model.notCalendarDate',
    defaultMessage: 'is not a calendar date',
    description: 'Problem of a date that does not exist (e.g. 2025-02-30).',
  },
  fileTooLargeForApp: {
    id: 'model.fileTooLargeForApp',
    defaultMessage: 'is too large for the app; use "itinera {command}" for files this size',
    description: 'Problem of a file too large to send through the app; {command} is the command-line alternative.',
  },
  osmExtractName: {
    id: 'model.osmExtractName',
    defaultMessage: 'must be an OpenStreetMap extract (.osm, .osm.gz or .osm.pbf)',
    description: 'Problem of a file given as an OpenStreetMap extract that is not one.',
  },
  tileFileName: {
    id: 'model.tileFileName',
    defaultMessage: 'must be an MBTiles or PMTiles file (.mbtiles or .pmtiles)',
    description: 'Problem of a file given as a basemap that is not a tile file.',
  },
  changeBasemapFile: {
    id: 'model.changeBasemapFile',
    defaultMessage: 'must change how it is drawn, its opacity or whether it shows',
    description: 'Problem of an edit of a basemap file that changes nothing.',
  },
  chooseLayer: {
    id: 'model.chooseLayer',
    defaultMessage: 'choose at least one layer',
    description: 'Problem of an import started without a layer.',
  },
  boxOrArea: {
    id: 'model.boxOrArea',
    defaultMessage: 'give a box or an area, not both',
    description: 'Problem of an OpenStreetMap import clipped both to a box and to an area.',
  },
  boxOrder: {
    id: 'model.boxOrder',
    defaultMessage: 'west must be less than east and south less than north',
    description: 'Problem of a box whose sides are in the wrong order.',
  },
  extrasGeoPackageOnly: {
    id: 'model.extrasGeoPackageOnly',
    defaultMessage: 'only a GeoPackage export can carry the street basemap and the walking network',
    description:
      'Problem of an export request that asks for the basemap or the network in a format other than GeoPackage.',
  },
  notExportFormat: {
    id: 'model.notExportFormat',
    defaultMessage: 'is not an export format ({formats})',
    description: 'Problem of an unknown export format; {formats} lists the known ones.',
  },
  timeOfDay: {
    id: 'model.timeOfDay',
    defaultMessage: 'must be a time of day written HH:MM (00:00 to 23:59)',
    description: 'Problem of a start time that is not a time of day.',
  },
  notHistoryFeature: {
    id: 'model.notHistoryFeature',
    defaultMessage: 'is not a kind of feature with a history',
    description: 'Problem of a history request for something that keeps no history.',
  },
  osmKey: {
    id: 'model.osmKey',
    defaultMessage: 'must be an OpenStreetMap key, without spaces or "="',
    description: 'Problem of a category mapping rule whose OpenStreetMap key (e.g. "office") has spaces or "=".',
  },
  osmValue: {
    id: 'model.osmValue',
    defaultMessage: 'must be an OpenStreetMap value without "=" (or * for any value)',
    description: 'Problem of a category mapping rule whose OpenStreetMap value (e.g. "architect") holds "=".',
  },
  osmRequires: {
    id: 'model.osmRequires',
    defaultMessage: 'must be empty, a key, or key=value',
    description:
      'Problem of the condition of a category mapping rule: empty, an OpenStreetMap key, or key=value (translate the words key and value, keep the =).',
  },
});
