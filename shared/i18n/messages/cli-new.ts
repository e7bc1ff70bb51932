import { defineMessages } from '../define-messages.js';

// `itinera new`: create an empty project.

export const cliNewMessages = defineMessages({
  synopsis: {
    id: 'cli.new.synopsis',
    defaultMessage: 'new FILE.gpkg [--name NAME]',
    description: 'How `itinera new` is called, in `itinera help`; keep "new" and "--name".',
  },
  summary: {
    id: 'cli.new.summary',
    defaultMessage: 'create an empty project',
    description: 'What `itinera new` does, in `itinera help`.',
  },
  created: {
    id: 'cli.new.created',
    defaultMessage: 'Created project "{name}" in {file}',
    description: 'Output of `itinera new`; {name} is the project’s name, {file} the path of its file.',
  },
});
