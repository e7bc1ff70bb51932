import { defineMessages } from '../define-messages.js';

// Content languages (issue #11): the problems of language codes and translations, and the errors
// of the project's language settings. Language codes appear as the user typed or stored them
// (BCP 47, e.g. "de", "pt-BR"); the app shows a language's name where it has the room.

export const languagesMessages = defineMessages({
  notLanguageCode: {
    id: 'languages.notLanguageCode',
    defaultMessage: '“{code}” is not a language code (BCP 47, such as de, fr or pt-BR)',
    description:
      'Problem of a language code that is not one; {code} is what was given. BCP 47 is the standard of language codes; keep the examples as they are.',
  },
  repeatedLanguage: {
    id: 'languages.repeatedLanguage',
    defaultMessage: 'lists “{code}” twice',
    description: 'Problem of a list of the project’s further languages that names one language twice.',
  },
  primaryAmongFurther: {
    id: 'languages.primaryAmongFurther',
    defaultMessage: '“{code}” is the primary language; a further language must be another one',
    description:
      'Problem of a list of further languages that holds the primary language (the language of the names themselves).',
  },
  translationInPrimary: {
    id: 'languages.error.translationInPrimary',
    defaultMessage:
      '“{code}” is the project’s primary language: the name and description themselves are in it. Nothing was changed.',
    description:
      'Error when a translation is given in the primary language of the project; {code} is the language code.',
  },
  notProjectLanguage: {
    id: 'languages.error.notProjectLanguage',
    defaultMessage:
      '“{code}” is not one of the project’s languages; add it under Content languages first. Nothing was changed.',
    description:
      'Error when a translation is given in a language the project does not have; {code} is the language code. “Content languages” is the name of the dialog where languages are added.',
  },
});
