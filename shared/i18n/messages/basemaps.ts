import { defineMessages } from '../define-messages.js';

// Errors of basemap and overlay files (MBTiles, PMTiles) added to a project.

export const basemapsMessages = defineMessages({
  notFound: {
    id: 'basemaps.error.notFound',
    defaultMessage: 'There is no basemap file with id {id}.',
    description: 'Error when a request names a basemap file that is not in the project; {id} is its number.',
  },
  notStaged: {
    id: 'basemaps.error.notStaged',
    defaultMessage: 'This file is no longer staged; choose it again.',
    description: 'Error when a tile file is added after it was let go (another file chosen, the project switched).',
  },
  emptyFile: {
    id: 'basemaps.error.emptyFile',
    defaultMessage: '{fileName}: the file is empty',
    description: 'Error when the chosen tile file has no content; {fileName} is its name.',
  },
  fileRefused: {
    id: 'basemaps.error.fileRefused',
    defaultMessage: '{fileName}: {reason}',
    description:
      'Error when a tile file cannot be used as a basemap: {fileName} is its name, {reason} what is wrong with it.',
  },
});
