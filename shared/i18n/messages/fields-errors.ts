import { defineMessages } from '../define-messages.js';

// Errors of custom field definitions (the fields feature).

export const fieldErrorMessages = defineMessages({
  valueDoesNotFit: {
    id: 'fields.error.valueDoesNotFit',
    defaultMessage:
      '“{place}” already has a value for “{field}” that does not fit ({problem}); change it or choose another type',
    description:
      'Error when a new custom field’s type does not fit values already stored under its name; {problem} says why.',
  },
});
