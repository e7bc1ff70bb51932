import { defineMessages } from '../define-messages.js';

// The `itinera` command's own texts, shared by every command: the usage summary's frame, and the
// errors about the command line itself (each command's texts are in cli-<command>.ts). Usage
// lines: translate the description; keep command and option names (new, --name) as they are; the
// words in capitals (FILE.gpkg, NAME) name what the user types and may be translated.

export const cliMessages = defineMessages({
  usageHeader: {
    id: 'cli.usage.header',
    defaultMessage: 'Usage: itinera COMMAND [options]\n\nCommands:',
    description: 'First lines of `itinera help`, above the list of commands; COMMAND stands for a command’s name.',
  },
  optionsHeader: {
    id: 'cli.usage.optionsHeader',
    defaultMessage: 'Options of every command:',
    description: 'Heading of `itinera help` above the options every command accepts (--lang).',
  },
  langSynopsis: {
    id: 'cli.usage.langSynopsis',
    defaultMessage: '--lang LANGUAGE',
    description: 'The language option in `itinera help`; keep --lang, LANGUAGE may be translated.',
  },
  langSummary: {
    id: 'cli.usage.langSummary',
    defaultMessage:
      'the language of the output ({languages});\nby default the one LC_ALL, LC_MESSAGES, LANGUAGE\nor LANG asks for',
    description:
      'What --lang does, in `itinera help` (lines of at most 50 characters); {languages} lists the language codes.',
  },
  unknownCommand: {
    id: 'cli.error.unknownCommand',
    defaultMessage: 'Unknown command "{command}".',
    description: 'Error when `itinera` is run with a command it does not have; {command} is what was typed.',
  },
  needsProjectFile: {
    id: 'cli.error.needsProjectFile',
    defaultMessage: '"itinera {command}" needs a project file, e.g. itinera {command} quarter.gpkg',
    description: 'Error when a command is run without the project file it works on; {command} is its name.',
  },
  unexpectedArgument: {
    id: 'cli.error.unexpectedArgument',
    defaultMessage: 'Unexpected argument "{argument}".',
    description: 'Error when a command is given more file names or words than it takes.',
  },
  notANumber: {
    id: 'cli.error.notANumber',
    defaultMessage: '--{option} must be a number, not "{value}".',
    description: 'Error when an option that takes a number (e.g. --within, --port) gets something else.',
  },
  unknownOption: {
    id: 'cli.error.unknownOption',
    defaultMessage: "Unknown option ''{option}''.",
    description: 'Error when a command is given an option it does not have; {option} is what was typed.',
  },
  optionNeedsValue: {
    id: 'cli.error.optionNeedsValue',
    defaultMessage: 'The option {option} needs a value.',
    description: 'Error when an option such as --name is given without its value.',
  },
  badOptions: {
    id: 'cli.error.badOptions',
    defaultMessage: 'The options are not right: {detail}',
    description: 'Error for any other mistake in the options; {detail} is the technical reason (in English).',
  },
  unknownLanguage: {
    id: 'cli.error.unknownLanguage',
    defaultMessage: '--lang: Itinera does not speak "{language}"; choose one of {languages}.',
    description: 'Error when --lang names a language Itinera has no texts for; {languages} lists the codes.',
  },
});
