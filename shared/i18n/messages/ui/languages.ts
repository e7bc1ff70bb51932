import { defineMessages } from '../../define-messages.js';

// Content languages (issue #11): the project's primary language and its further languages, and
// the names and descriptions of places in those languages, edited side by side in the place
// panel. Languages are named by Intl (in the app's language) with their code, e.g. "French (fr)";
// {language} in these messages is such a name.

export const languagesUiMessages = defineMessages({
  button: {
    id: 'ui.languages.button',
    defaultMessage: 'Content languages',
    description:
      'Button in the sidebar header that opens the content languages dialog: the languages the names and descriptions of the project are written in (not the language of the app).',
  },
  buttonTitle: {
    id: 'ui.languages.buttonTitle',
    defaultMessage: 'The languages of names and descriptions: the primary one and translations',
    description: 'Tooltip of the Content languages button.',
  },
  title: {
    id: 'ui.languages.title',
    defaultMessage: 'Content languages',
    description: 'Title of the dialog where the project’s content languages are chosen.',
  },
  intro: {
    id: 'ui.languages.intro',
    defaultMessage:
      'Names and descriptions are written in the primary language. Further languages hold translations; where one is missing, the text in the primary language is shown.',
    description: 'Explanation at the top of the content languages dialog.',
  },
  primary: {
    id: 'ui.languages.primary',
    defaultMessage: 'Primary language',
    description: 'Label: the language the project’s names and descriptions themselves are written in.',
  },
  primaryNotSet: {
    id: 'ui.languages.primaryNotSet',
    defaultMessage: 'Not chosen yet (projects made before languages could be chosen)',
    description: 'Shown instead of the primary language when a project has none stored.',
  },
  changePrimary: {
    id: 'ui.languages.changePrimary',
    defaultMessage: 'Set as primary',
    description:
      'Button: make the typed language the primary language. The texts stay as they are: only which language they are said to be in changes.',
  },
  further: {
    id: 'ui.languages.further',
    defaultMessage: 'Further languages',
    description: 'Heading of the list of languages the names and descriptions are translated into.',
  },
  noFurther: {
    id: 'ui.languages.noFurther',
    defaultMessage: 'None yet: add a language below.',
    description: 'Shown when the project has no further language.',
  },
  remove: {
    id: 'ui.languages.remove',
    defaultMessage: 'Remove',
    description: 'Button beside a further language: take it off the project’s languages.',
  },
  removeLabel: {
    id: 'ui.languages.removeLabel',
    defaultMessage: 'Remove {language}',
    description: 'Accessible name of the Remove button of one language; {language} is the language’s name.',
  },
  removeHint: {
    id: 'ui.languages.removeHint',
    defaultMessage: 'Removing a language hides its translations; they stay in the project.',
    description: 'Hint below the list of further languages.',
  },
  code: {
    id: 'ui.languages.code',
    defaultMessage: 'Language code',
    description: 'Label of the field where a language is typed as a code (de, fr, pt-BR…).',
  },
  codeHint: {
    id: 'ui.languages.codeHint',
    defaultMessage: 'Any language, as a BCP 47 code: for example de, fr, pt-BR or hsb.',
    description: 'Hint below the language code field. BCP 47 is the standard of language codes; keep the examples.',
  },
  add: {
    id: 'ui.languages.add',
    defaultMessage: 'Add language',
    description: 'Button: add the typed language to the further languages.',
  },
  stored: {
    id: 'ui.languages.stored',
    defaultMessage: 'Also in the project’s data',
    description:
      'Heading of languages the project holds translations in that are not among its languages (e.g. names an OpenStreetMap import brought); each can be added.',
  },
  storedCount: {
    id: 'ui.languages.storedCount',
    defaultMessage: '{language}: {count, plural, one {# name or description} other {# names or descriptions}}',
    description: 'One language found in the data, with how many features have a text in it.',
  },
  addStored: {
    id: 'ui.languages.addStored',
    defaultMessage: 'Add {language}',
    description: 'Button: add a language found in the data to the further languages; {language} is its name.',
  },
  mapLanguage: {
    id: 'ui.languages.mapLanguage',
    defaultMessage: 'Names on the map in',
    description:
      'Label of the menu choosing the language of the names drawn on the map (where a name has no translation, the primary name is drawn).',
  },
  languageWithCode: {
    id: 'ui.languages.languageWithCode',
    defaultMessage: '{name} ({code})',
    description: 'A language as listed: its name and its code, e.g. "French (fr)".',
  },
  primaryChoice: {
    id: 'ui.languages.primaryChoice',
    defaultMessage: '{language}, the primary language',
    description: 'Choice in the map’s language menu: the primary language; {language} is its name.',
  },
  primaryUnnamed: {
    id: 'ui.languages.primaryUnnamed',
    defaultMessage: 'The primary language',
    description: 'Choice in the map’s language menu when the project’s primary language is not chosen yet.',
  },
  saveFailed: {
    id: 'ui.languages.saveFailed',
    defaultMessage: 'The languages could not be saved: {reason}',
    description: 'Error when the project’s languages could not be saved; {reason} is why (a message of its own).',
  },
  translations: {
    id: 'ui.languages.translations',
    defaultMessage: 'In further languages',
    description:
      'Heading of the place panel’s section where the name and description are edited in the project’s further languages, beside the primary ones.',
  },
  nameIn: {
    id: 'ui.languages.nameIn',
    defaultMessage: 'Name in {language}',
    description: 'Label of the name field in one further language; {language} is its name, e.g. "French (fr)".',
  },
  titleIn: {
    id: 'ui.languages.titleIn',
    defaultMessage: 'Title in {language}',
    description: 'Label of an event’s title field in one further language; {language} is its name.',
  },
  descriptionIn: {
    id: 'ui.languages.descriptionIn',
    defaultMessage: 'Description in {language}',
    description: 'Label of the description field in one further language; {language} is its name.',
  },
  fallbackHint: {
    id: 'ui.languages.fallbackHint',
    defaultMessage: 'Left empty, the text in the primary language is shown (greyed in the field).',
    description: 'Hint of the translations section: an empty translation falls back to the primary text.',
  },
});
