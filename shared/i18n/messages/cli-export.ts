import { defineMessages } from '../define-messages.js';

// `itinera export`: the project (or some of its places) as a file of another format.

export const cliExportMessages = defineMessages({
  synopsis: {
    id: 'cli.export.synopsis',
    defaultMessage:
      'export FILE.gpkg --format F OUT [--families F1,F2] [--csv-geometry wkt|lonlat] [--csv-formulas neutralise|keep] [--include basemap,network]',
    description: 'How `itinera export` is called, in `itinera help`; keep "export", the --options and values.',
  },
  summary: {
    id: 'cli.export.summary',
    defaultMessage:
      'export to geojson, csv, kml, gpx, shp (zip), gpkg,\nfgb or jsonld; written atomically; CSV texts starting\nwith = + - @ get an apostrophe unless --csv-formulas keep',
    description: 'What `itinera export` does, in `itinera help`; keep the format names.',
  },
  needsFiles: {
    id: 'cli.export.needsFiles',
    defaultMessage: '"itinera export" needs a project file and an output file.',
    description: 'Error when `itinera export` is run without the project or the file to write.',
  },
  needsFormat: {
    id: 'cli.export.needsFormat',
    defaultMessage: '"itinera export" needs --format (geojson, csv, kml, gpx, shp, gpkg, fgb or jsonld).',
    description: 'Error when `itinera export` is run without saying which format to write.',
  },
  exported: {
    id: 'cli.export.exported',
    defaultMessage:
      'Exported {places, plural, one {# place} other {# places}}, {quarters, plural, one {# quarter} other {# quarters}}, {routes, plural, one {# route} other {# routes}} and {links, plural, one {# link} other {# links}} to {file} ({format}).',
    description: 'Output of `itinera export`: what was written to {file}, in {format} (geojson, csv…).',
  },
});
