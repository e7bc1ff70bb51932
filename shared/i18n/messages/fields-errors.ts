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
  notFound: {
    id: 'fields.error.notFound',
    defaultMessage: 'There is no custom field with id {id}.',
    description: 'Error when a request names a custom field definition that does not exist; {id} is its number.',
  },
  nameTaken: {
    id: 'fields.error.nameTaken',
    defaultMessage: "This category already has a field named ''{name}''.",
    description:
      'Error when a custom field gets a name another field of the same category (kind of place) has; {name} is that name.',
  },
  optionInUse: {
    id: 'fields.error.optionInUse',
    defaultMessage: "\"{place}\" still uses the option ''{option}''; change that place first",
    description:
      'Problem shown after the field name "Options" when an option removed from a choice field is still chosen on a place; {place} is the place’s name, {option} the option.',
  },
});
