import { defineMessages } from '../define-messages.js';

// `itinera sample`: write the sample project.

export const cliSampleMessages = defineMessages({
  synopsis: {
    id: 'cli.sample.synopsis',
    defaultMessage: 'sample FILE.gpkg',
    description: 'How `itinera sample` is called, in `itinera help`; keep "sample".',
  },
  summary: {
    id: 'cli.sample.summary',
    defaultMessage: 'write the sample project (Krems old town)',
    description: 'What `itinera sample` does, in `itinera help`.',
  },
  written: {
    id: 'cli.sample.written',
    defaultMessage: 'Wrote the sample project to {file}',
    description: 'Output of `itinera sample`; {file} is the path of the new project file.',
  },
});
