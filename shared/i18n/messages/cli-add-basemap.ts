import { defineMessages } from '../define-messages.js';

// `itinera add-basemap`: copy an MBTiles or PMTiles file into a project.

export const cliAddBasemapMessages = defineMessages({
  synopsis: {
    id: 'cli.addBasemap.synopsis',
    defaultMessage: 'add-basemap FILE.gpkg TILES [--overlay] [--encoding terrarium|mapbox]',
    description:
      'How `itinera add-basemap` is called, in `itinera help`; keep "add-basemap", the --options and values.',
  },
  summary: {
    id: 'cli.addBasemap.summary',
    defaultMessage:
      'copy an MBTiles or PMTiles file (raster, vector or\nelevation) into the project as a basemap or overlay;\n--encoding: a raster file is elevation (hillshade)',
    description: 'What `itinera add-basemap` does, in `itinera help` (lines of at most 55 characters).',
  },
  needsFiles: {
    id: 'cli.addBasemap.needsFiles',
    defaultMessage: '"itinera add-basemap" needs a project file and an MBTiles or PMTiles file.',
    description: 'Error when `itinera add-basemap` is run without the project or the tile file.',
  },
  encoding: {
    id: 'cli.addBasemap.encoding',
    defaultMessage: '--encoding must be terrarium or mapbox, not "{value}".',
    description: 'Error when --encoding names an elevation encoding Itinera does not read.',
  },
  added: {
    id: 'cli.addBasemap.added',
    defaultMessage:
      'Added {fileName} as {role, select, overlay {an overlay} other {a basemap}}: "{name}", {kind, select, raster {raster} vector {vector} other {elevation ({encoding}, hillshade)}}, {format}, zoom {minZoom, number}–{maxZoom, number}, {tiles, plural, one {# tile} other {# tiles}}.',
    description:
      'Output of `itinera add-basemap`: {fileName} the file, {name} the name it has in the project, {kind} raster, vector or elevation ({encoding} is terrarium or mapbox), {format} the image or tile format (png, pbf…), the zoom levels and the number of tiles.',
  },
});
