import { defineMessages } from '../define-messages.js';

// `itinera import-osm`: places, the walking and cycling network and a street basemap from an
// OpenStreetMap extract.

export const cliImportOsmMessages = defineMessages({
  synopsis: {
    id: 'cli.importOsm.synopsis',
    defaultMessage: 'import-osm FILE.gpkg EXTRACT [--bbox W,S,E,N | --quarter ID] [--separate OSM_ID]... [--progress]',
    description: 'How `itinera import-osm` is called, in `itinera help`; keep "import-osm" and the --options.',
  },
  summary: {
    id: 'cli.importOsm.summary',
    defaultMessage:
      "import places from an OpenStreetMap extract\n(.osm, .osm.gz, .osm.pbf) by the project's category\nmapping; a re-import updates them, keeping your edits;\nplaces you already have (same name within 50 m, same\ncategory within 10 m) are linked, not copied, and the\nmatches printed (--separate way/123 adds that object\nas a new place instead); and the walking and cycling\nnetwork (replaced); progress on stderr when it is a\nterminal (or with --progress); Ctrl+C cancels,\nleaving the project as it was",
    description: 'What `itinera import-osm` does, in `itinera help` (lines of at most 55 characters).',
  },
  needsFiles: {
    id: 'cli.importOsm.needsFiles',
    defaultMessage: '"itinera import-osm" needs a project file and an OSM extract (.osm, .osm.gz, .osm.pbf).',
    description: 'Error when `itinera import-osm` is run without the project or the extract.',
  },
  bboxForm: {
    id: 'cli.importOsm.bboxForm',
    defaultMessage: '--bbox must be four numbers W,S,E,N (degrees), not "{text}"',
    description: 'Error when --bbox is not four numbers (west, south, east, north); {text} is what was given.',
  },
  bboxRange: {
    id: 'cli.importOsm.bboxRange',
    defaultMessage: '--bbox {text}: needs -180 <= W < E <= 180 and -90 <= S < N <= 90',
    description: 'Error when the box of --bbox is out of range or its sides are in the wrong order.',
  },
  bboxOrQuarter: {
    id: 'cli.importOsm.bboxOrQuarter',
    defaultMessage: 'Give --bbox or --quarter, not both.',
    description: 'Error when both ways of cutting the import to an area are given.',
  },
  quarterForm: {
    id: 'cli.importOsm.quarterForm',
    defaultMessage: '--quarter must be a quarter\'s id (a whole number), not "{value}"',
    description: 'Error when --quarter is not an area’s number.',
  },
  noQuarter: {
    id: 'cli.importOsm.noQuarter',
    defaultMessage: 'There is no quarter {id} in {fileName}.',
    description: 'Error when --quarter names an area the project does not have; {fileName} is the project file.',
  },
  cancelled: {
    id: 'cli.importOsm.cancelled',
    defaultMessage: 'import cancelled; the project is unchanged.',
    description: 'Output when the user stops `itinera import-osm` with Ctrl+C.',
  },
  failed: {
    id: 'cli.importOsm.failed',
    defaultMessage: 'the import failed',
    description: 'Error of `itinera import-osm` when the import stopped without saying why.',
  },
  starting: {
    id: 'cli.importOsm.phase.starting',
    defaultMessage: 'Starting',
    description: 'Progress of `itinera import-osm`: the import is starting.',
  },
  readingPlaces: {
    id: 'cli.importOsm.phase.readingPlaces',
    defaultMessage: 'Reading places',
    description: 'Progress of `itinera import-osm`: reading the places of the extract.',
  },
  readingNetwork: {
    id: 'cli.importOsm.phase.readingNetwork',
    defaultMessage: 'Reading the street network',
    description: 'Progress of `itinera import-osm`: reading the walking and cycling network.',
  },
  readingBasemap: {
    id: 'cli.importOsm.phase.readingBasemap',
    defaultMessage: 'Reading the basemap (roads, buildings, water, areas)',
    description: 'Progress of `itinera import-osm`: reading what the street basemap draws.',
  },
  writing: {
    id: 'cli.importOsm.phase.writing',
    defaultMessage: 'Writing to the project',
    description: 'Progress of `itinera import-osm`: writing everything into the project file.',
  },
  progress: {
    id: 'cli.importOsm.progress',
    defaultMessage: '{phase} {share, number, percent}',
    description: 'Progress of `itinera import-osm` on a terminal: the phase (above) and how much of it is done.',
  },
  phaseLine: {
    id: 'cli.importOsm.phaseLine',
    defaultMessage: '{phase}…',
    description: 'Progress of `itinera import-osm` written to a log: one line per phase (above).',
  },
  imported: {
    id: 'cli.importOsm.imported',
    defaultMessage:
      'Imported {fileName} (OSM {format, select, pbf {PBF} other {XML}}): {added, number} added, {updated, number} updated, {unchanged, number} unchanged, {skipped, number} skipped.',
    description:
      'Output of `itinera import-osm`: how many places were added, updated, left as they were and skipped; {format} is the extract’s format.',
  },
  skippedDetail: {
    id: 'cli.importOsm.skippedDetail',
    defaultMessage:
      'skipped: {noName, number} without a name, {outsideBox, number} outside the box or quarter, {noLocation, number} without node coordinates, {otherRelation, number} relations that are not multipolygons, {invalid, number} invalid',
    description: 'Output of `itinera import-osm`: why OpenStreetMap objects were left out, with counts.',
  },
  network: {
    id: 'cli.importOsm.network',
    defaultMessage:
      '{changed, select, no {Walking and cycling network: {edges, number} edges between {nodes, number} junctions (unchanged).} other {Walking and cycling network: {edges, number} edges between {nodes, number} junctions.}}',
    description:
      'Output of `itinera import-osm`: the street network stored for walking and cycling; {changed} is "no" when it was already so.',
  },
  basemap: {
    id: 'cli.importOsm.basemap',
    defaultMessage: 'Street basemap: {tiles, number} vector tiles (zoom 10 to 16).',
    description: 'Output of `itinera import-osm`: how many map tiles of the street basemap were written.',
  },
  separateForm: {
    id: 'cli.importOsm.separateForm',
    defaultMessage: '--separate must name an OpenStreetMap object as node/ID, way/ID or relation/ID, not "{value}"',
    description:
      'Error when --separate is not an OpenStreetMap object such as way/123 (keep node/ID, way/ID, relation/ID).',
  },
  matchesHeading: {
    id: 'cli.importOsm.matchesHeading',
    defaultMessage:
      '{count, plural, one {# OpenStreetMap object was matched with a place you already have} other {# OpenStreetMap objects were matched with places you already have}} (your data kept, nothing copied):',
    description:
      'Output of `itinera import-osm`: heading of the list of OpenStreetMap objects found to be places already in the project.',
  },
  matchLine: {
    id: 'cli.importOsm.matchLine',
    defaultMessage:
      '{name} ({osm}) = {placeName} (place {placeId}): {rule, select, name {same name} other {same category}}, {distance, number} m{sameAsAnother, select, yes {; the same place as another object, not added} other {}}',
    description:
      'Output of `itinera import-osm`, one line per match: the OpenStreetMap object ({name}, {osm} like way/123), the project’s place ({placeName}, {placeId}), why they match (same name within 50 m or same category within 10 m) and how far apart; {sameAsAnother} is yes when another object already links that place.',
  },
  removedHeading: {
    id: 'cli.importOsm.removedHeading',
    defaultMessage:
      'Removed {count, plural, one {# place} other {# places}} that the category mapping no longer takes:',
    description:
      'Output of `itinera import-osm`: heading of the places removed because their OpenStreetMap tags map to no category any more.',
  },
  removedLine: {
    id: 'cli.importOsm.removedLine',
    defaultMessage: '{placeName} (place {placeId}, {osm})',
    description:
      'Output of `itinera import-osm`, one line per removed place: its name, number and OpenStreetMap object (like way/123).',
  },
  kept: {
    id: 'cli.importOsm.kept',
    defaultMessage:
      'Kept {count, plural, one {# place} other {# places}} that the category mapping no longer takes, because you edited or linked {count, plural, one {it} other {them}}.',
    description:
      'Output of `itinera import-osm`: places whose OpenStreetMap tags map to no category any more but that stay, because the user changed them or something refers to them.',
  },
});
