import { defineMessages } from '../../define-messages.js';

// Words many parts of the interface share: the buttons of every form and dialog.

export const commonMessages = defineMessages({
  cancel: {
    id: 'ui.common.cancel',
    defaultMessage: 'Cancel',
    description: 'Button that closes a form or dialog without saving. Keep it short (about 10 characters).',
  },
  close: {
    id: 'ui.common.close',
    defaultMessage: 'Close',
    description:
      'Button (or the name of a × button for screen readers) that closes a panel or dialog. Keep it short (about 10 characters).',
  },
  dismiss: {
    id: 'ui.common.dismiss',
    defaultMessage: 'Dismiss',
    description:
      'Small button next to a status or error message in the sidebar that hides the message. Keep it short (about 10 characters).',
  },
  saving: {
    id: 'ui.common.saving',
    defaultMessage: 'Saving…',
    description: 'Label of a save button while the change is being written to the project. Keep it short.',
  },
  edit: {
    id: 'ui.common.edit',
    defaultMessage: 'Edit',
    description:
      'Small button on an item of a list (a link, an event, an annotation) that opens it for editing. Keep it short.',
  },
  delete: {
    id: 'ui.common.delete',
    defaultMessage: 'Delete',
    description:
      'Small button that deletes an item from the project (asks first where the item matters). Keep it short.',
  },
  unknownError: {
    id: 'ui.common.unknownError',
    defaultMessage: 'Unknown error',
    description: 'Shown in place of the reason when something failed without saying why.',
  },
  notSet: {
    id: 'ui.common.notSet',
    defaultMessage: '—',
    description:
      'The empty choice of a drop-down (no value chosen), e.g. for a custom field or a sector. Usually a dash; keep it one or two characters.',
  },
  add: {
    id: 'ui.common.add',
    defaultMessage: 'Add',
    description: 'Small button that adds what was typed or chosen next to it (a tag, a value). Keep it short.',
  },
  dateExample: {
    id: 'ui.common.dateExample',
    defaultMessage: 'e.g. {example}',
    description:
      'Placeholder of a date field: an example date in the format the field expects; {example} is a date written in that format, such as 31/12/2026.',
  },
  pickDate: {
    id: 'ui.common.pickDate',
    defaultMessage: 'Choose a date from a calendar',
    description: 'Name (for screen readers and as a tooltip) of the calendar button next to a date field.',
  },
  invalidDate: {
    id: 'ui.common.invalidDate',
    defaultMessage: 'Write the date as {example} or as {isoExample}.',
    description:
      'Hint (and tooltip) of a date field whose text is not a date; {example} is a date in the format of the language (31/12/2026), {isoExample} the same date in the international format (2026-12-31).',
  },
});
