import { defineMessages } from '../define-messages.js';

// Printed route guides (issue #16): what the backend and the command line say about them.

export const guideMessages = defineMessages({
  languageNotInProject: {
    id: 'guides.error.languageNotInProject',
    defaultMessage: 'The project has no texts in “{language}”: a guide can be made in the project’s own languages.',
    description:
      'Error when a printed guide is asked for in a language that is not one of the project’s content languages; {language} is the code asked for (e.g. ja).',
  },
});
