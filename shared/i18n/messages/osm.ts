import { defineMessages } from '../define-messages.js';

// Errors of OpenStreetMap imports.

export const osmMessages = defineMessages({
  emptyFile: {
    id: 'osm.error.emptyFile',
    defaultMessage: '{fileName}: the file is empty',
    description: 'Error when the chosen OpenStreetMap extract has no content; {fileName} is its name.',
  },
  notStaged: {
    id: 'osm.error.notStaged',
    defaultMessage: 'This extract is no longer staged; choose the file again.',
    description:
      'Error when an OpenStreetMap import is started after its file was let go (another file chosen, the project switched).',
  },
});
