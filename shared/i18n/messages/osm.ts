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
  ruleNotFound: {
    id: 'osm.error.ruleNotFound',
    defaultMessage: 'There is no OpenStreetMap category rule {id}.',
    description:
      'Error when a rule of the OpenStreetMap category mapping is asked for that does not exist; {id} is its number.',
  },
  ruleExists: {
    id: 'osm.error.ruleExists',
    defaultMessage: 'There is already a rule for {tag}; change that one instead.',
    description:
      'Error when a second category mapping rule is added for the same OpenStreetMap tag (and condition); {tag} is e.g. office=architect.',
  },
  notInReview: {
    id: 'osm.error.notInReview',
    defaultMessage: 'This import is not waiting for you to review its matches.',
    description:
      'Error when the matches of an OpenStreetMap import are confirmed while the import is not at that step (finished, cancelled, still reading).',
  },
});
