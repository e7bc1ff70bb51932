import { defineMessages } from '../../define-messages.js';

// The language menu (sidebar header). The languages themselves are listed by their own names
// (English, Deutsch, Français…), which are not translated.

export const preferencesMessages = defineMessages({
  languageLabel: {
    id: 'ui.preferences.languageLabel',
    defaultMessage: 'Language',
    description:
      'Name of the language menu in the sidebar header (read by screen readers, shown as its tooltip). The menu lists the languages by their own names.',
  },
  systemLanguage: {
    id: 'ui.preferences.systemLanguage',
    defaultMessage: 'System language',
    description:
      'First choice of the language menu: follow the language of the computer (or the browser). Short: the menu is narrow (about 20 characters).',
  },
  saveFailed: {
    id: 'ui.preferences.saveFailed',
    defaultMessage: 'The language could not be saved: {reason}',
    description: 'Error when the chosen language could not be stored; {reason} is why (a message of its own).',
  },
});
