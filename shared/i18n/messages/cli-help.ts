import { defineMessages } from '../define-messages.js';

// `itinera help`: the usage summary.

export const cliHelpMessages = defineMessages({
  synopsis: {
    id: 'cli.help.synopsis',
    defaultMessage: 'help',
    description: 'How `itinera help` is called, in `itinera help`; keep "help".',
  },
  summary: {
    id: 'cli.help.summary',
    defaultMessage: 'show this text',
    description: 'What `itinera help` does: it shows the usage summary.',
  },
});
