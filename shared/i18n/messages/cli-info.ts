import { defineMessages } from '../define-messages.js';

// `itinera info`: what a project holds.

export const cliInfoMessages = defineMessages({
  synopsis: {
    id: 'cli.info.synopsis',
    defaultMessage: 'info FILE.gpkg',
    description: 'How `itinera info` is called, in `itinera help`; keep "info".',
  },
  summary: {
    id: 'cli.info.summary',
    defaultMessage: 'print the project’s name, layers and feature counts',
    description: 'What `itinera info` does, in `itinera help`.',
  },
  project: {
    id: 'cli.info.project',
    defaultMessage: '{sample, select, yes {Project: {name} (sample data)} other {Project: {name}}}',
    description:
      'First line of `itinera info`; {name} is the project’s name; {sample} is "yes" for the sample project that comes with Itinera.',
  },
  file: {
    id: 'cli.info.file',
    defaultMessage: 'File: {file}',
    description: 'Line of `itinera info`: the path of the project file.',
  },
  layers: {
    id: 'cli.info.layers',
    defaultMessage: 'Layers:',
    description: 'Line of `itinera info` above the number of features in each layer (table) of the project.',
  },
  places: {
    id: 'cli.info.places',
    defaultMessage: 'places (points): {count, number}',
    description: 'Line of `itinera info`: how many places (sites and actors, stored as points) the project holds.',
  },
  quarters: {
    id: 'cli.info.quarters',
    defaultMessage: 'quarters (polygons): {count, number}',
    description: 'Line of `itinera info`: how many areas (cultural quarters, drawn as polygons) the project holds.',
  },
  routes: {
    id: 'cli.info.routes',
    defaultMessage: 'routes (lines): {count, number}',
    description: 'Line of `itinera info`: how many cultural routes (lines) the project holds.',
  },
  links: {
    id: 'cli.info.links',
    defaultMessage: 'links (place to place): {count, number}',
    description: 'Line of `itinera info`: how many links between two places the project holds.',
  },
  extent: {
    id: 'cli.info.extent',
    defaultMessage: 'Extent (W,S,E,N): {west}, {south}, {east}, {north}',
    description:
      'Line of `itinera info`: the box around everything in the project, as four coordinates in degrees (west, south, east, north); use a separator that does not read as a decimal mark in your language.',
  },
});
