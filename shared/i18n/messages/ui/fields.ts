import { defineMessages } from '../../define-messages.js';

// Custom fields: those defined for a category (each with a type), the manager where they are
// defined, and a place's free fields ("Other fields").

export const fieldUiMessages = defineMessages({
  definedTitle: {
    id: 'ui.fields.definedTitle',
    defaultMessage: 'Fields of this category',
    description: 'Heading of the fields defined for the place’s category.',
  },
  none: {
    id: 'ui.fields.none',
    defaultMessage: 'No fields defined for this category.',
    description: 'Shown when the category has no defined fields.',
  },
  manage: {
    id: 'ui.fields.manage',
    defaultMessage: 'Manage fields…',
    description: 'Button that opens the manager of the category’s fields. Keep it short.',
  },
  managerTitle: {
    id: 'ui.fields.managerTitle',
    defaultMessage: 'Fields for {category}',
    description: 'Heading of the fields manager; {category} is the category’s name.',
  },
  managerHint: {
    id: 'ui.fields.managerHint',
    defaultMessage:
      'Fields every place of this category has. Values are checked when a place is saved and exported as columns.',
    description: 'Hint under the fields manager’s heading.',
  },
  newName: { id: 'ui.fields.newName', defaultMessage: 'New field name', description: 'Label of a new field’s name.' },
  newType: {
    id: 'ui.fields.newType',
    defaultMessage: 'Type',
    description: 'Label of a new field’s type (text, number, date, choice…).',
  },
  newOptions: {
    id: 'ui.fields.newOptions',
    defaultMessage: 'Options (comma-separated)',
    description: 'Label of the choices of a new field of type choice.',
  },
  add: { id: 'ui.fields.add', defaultMessage: 'Add field', description: 'Button that adds the field. Keep it short.' },
  renameLabel: {
    id: 'ui.fields.renameLabel',
    defaultMessage: 'Name: {name}',
    description: 'Name (for screen readers) of the input that renames a field; {name} is its current name.',
  },
  optionsLabel: {
    id: 'ui.fields.optionsLabel',
    defaultMessage: 'Options: {name}',
    description: 'Name (for screen readers) of the input with a choice field’s options; {name} is the field’s name.',
  },
  save: { id: 'ui.fields.save', defaultMessage: 'Save', description: 'Button that saves a field’s changes. Short.' },
  remove: { id: 'ui.fields.remove', defaultMessage: 'Remove', description: 'Button that removes a field. Short.' },
  removeHint: {
    id: 'ui.fields.removeHint',
    defaultMessage: 'Removing a field keeps the values on the places as other fields.',
    description: 'Tooltip of a field’s Remove button.',
  },
  yes: { id: 'ui.fields.yes', defaultMessage: 'Yes', description: 'Choice of a yes/no field.' },
  no: { id: 'ui.fields.no', defaultMessage: 'No', description: 'Choice of a yes/no field.' },
  otherTitle: {
    id: 'ui.fields.otherTitle',
    defaultMessage: 'Other fields',
    description: 'Heading of a place’s free fields (name and value pairs no definition names).',
  },
  noOther: {
    id: 'ui.fields.noOther',
    defaultMessage: 'No custom fields.',
    description: 'Shown when the place has no free fields.',
  },
  keyPlaceholder: {
    id: 'ui.fields.keyPlaceholder',
    defaultMessage: 'Field name',
    description: 'Placeholder of a free field’s name.',
  },
  valuePlaceholder: {
    id: 'ui.fields.valuePlaceholder',
    defaultMessage: 'Value',
    description: 'Placeholder of a free field’s value.',
  },
  keyLabel: {
    id: 'ui.fields.keyLabel',
    defaultMessage: 'Name of custom field {position, number}',
    description: 'Name (for screen readers) of a free field’s name input; {position} is its number in the list.',
  },
  valueLabel: {
    id: 'ui.fields.valueLabel',
    defaultMessage: 'Value of custom field {position, number}',
    description: 'Name (for screen readers) of a free field’s value input; {position} is its number in the list.',
  },
  removeLabel: {
    id: 'ui.fields.removeLabel',
    defaultMessage: 'Remove custom field {position, number}',
    description: 'Name and tooltip of a free field’s × button; {position} is its number in the list.',
  },
  addOther: {
    id: 'ui.fields.addOther',
    defaultMessage: 'Add field',
    description: 'Button that adds an empty free field. Keep it short.',
  },
});
