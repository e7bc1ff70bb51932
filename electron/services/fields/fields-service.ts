import { ApiError } from '../../../shared/api/errors.js';
import type { fieldsApi } from '../../../shared/api/fields.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { fieldErrorMessages } from '../../../shared/i18n/messages/fields-errors.js';
import { modelMessages } from '../../../shared/i18n/messages/model.js';
import { fieldProblem } from '../../../shared/i18n/validation.js';
import { checkCustomFields } from '../../../shared/model/custom-field-values.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// Custom field definitions per category. Values stay on the places, keyed by the field's name:
// renaming a field renames the values, removing a definition keeps them as free fields.

export type FieldsService = ServiceOf<typeof fieldsApi>;

export function createFieldsService(context: ServiceContext): FieldsService {
  const { store, edits, requireCustomField, requirePlace } = context;
  const { customFields, places } = store;

  const nameTaken = (name: string, field: string) =>
    new ApiError('conflict', messageRef(fieldErrorMessages.nameTaken, { name }), field);
  const optionsProblem = (problem: ReturnType<typeof messageRef>) =>
    new ApiError('invalid-input', fieldProblem('changes.options', problem), 'changes.options');

  return {
    listCustomFields: () => customFields.list(),
    createCustomField(input) {
      return edits.run(messageRef(editMessages.addField, { name: input.name }), () => {
        if (customFields.forCategory(input.category).some((definition) => definition.name === input.name)) {
          throw nameTaken(input.name, 'name');
        }
        // Values already stored under this name (free fields from before) must fit the new type.
        const definition = customFields.insert(input);
        for (const placeId of places.idsWithCustomField(input.category, input.name)) {
          const place = requirePlace(placeId);
          const checked = checkCustomFields([definition], place.customFields);
          if (checked.problem) {
            throw new ApiError(
              'invalid-input',
              messageRef(fieldErrorMessages.valueDoesNotFit, {
                place: place.name,
                field: input.name,
                problem: checked.problem.message,
              }),
              'type',
            );
          }
        }
        return definition;
      });
    },
    updateCustomField({ id, changes }) {
      const current = requireCustomField(id);
      return edits.run(messageRef(editMessages.editField, { name: current.name }), () => {
        const name = changes.name ?? current.name;
        const options = changes.options ?? current.options;
        if (name !== current.name) {
          if (customFields.forCategory(current.category).some((definition) => definition.name === name)) {
            throw nameTaken(name, 'changes.name');
          }
        }
        if (current.type !== 'choice' && changes.options && changes.options.length > 0) {
          throw optionsProblem(messageRef(modelMessages.onlyChoiceHasOptions));
        }
        if (current.type === 'choice' && options.length === 0) {
          throw optionsProblem(messageRef(modelMessages.choiceNeedsOption));
        }
        const updated = customFields.update(id, { name, options, position: changes.position ?? current.position });
        // Renaming moves every place's value to the new name; a removed option must be unused.
        for (const placeId of places.idsWithCustomField(current.category, current.name)) {
          const place = requirePlace(placeId);
          const value = place.customFields[current.name] ?? null;
          if (current.type === 'choice' && typeof value === 'string' && !options.includes(value)) {
            throw optionsProblem(messageRef(fieldErrorMessages.optionInUse, { place: place.name, option: value }));
          }
          if (name !== current.name) {
            const { [current.name]: moved, ...rest } = place.customFields;
            places.setCustomFields(placeId, { ...rest, [name]: moved ?? null });
          }
        }
        return updated;
      });
    },
    deleteCustomField({ id }) {
      const current = requireCustomField(id);
      // NOTE: the values stay on the places as free fields (readable, exported); removing a
      // definition must not lose data a user typed.
      return edits.run(messageRef(editMessages.removeField, { name: current.name }), () => {
        customFields.remove(id);
        return { id };
      });
    },
  };
}
