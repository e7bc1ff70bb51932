import { messageRef, type MessageRef } from '../i18n/define-messages.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { isCalendarDate, type CustomFieldDefinition, type Place } from './schemas.js';

// Values of user-defined custom fields, checked against their definitions (per category).
// Values are stored in place.customFields under the field's name, like the free fields that came
// before definitions: a free field whose name matches a new definition becomes that field's value.

export type CustomFieldValue = Place['customFields'][string];

export interface CustomFieldProblem {
  field: string;
  message: MessageRef;
}

const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** Why `value` does not fit `definition`, or null when it does (null and '' mean "empty"). */
export function customFieldValueProblem(definition: CustomFieldDefinition, value: CustomFieldValue): MessageRef | null {
  if (value === null || value === '') return null;
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' ? null : messageRef(m.customText);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : messageRef(m.customNumber);
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : messageRef(m.notDate);
    case 'boolean':
      return typeof value === 'boolean' ? null : messageRef(m.customBoolean);
    case 'url':
      return typeof value === 'string' && WEB_ADDRESS.test(value) ? null : messageRef(m.customUrl);
    case 'choice':
      return typeof value === 'string' && definition.options.includes(value)
        ? null
        : messageRef(m.customChoice, { options: definition.options.join(', ') });
  }
}

/**
 * Checks the defined fields among `values`; fields without a definition (free fields, or fields of
 * another category) are left as they are. Empty text ('') of a non-text field is stored as null.
 */
export function checkCustomFields(
  definitions: readonly CustomFieldDefinition[],
  values: Place['customFields'],
): { values: Place['customFields']; problem: CustomFieldProblem | null } {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const normalised: Place['customFields'] = { ...values };
  for (const [name, value] of Object.entries(values)) {
    const definition = byName.get(name);
    if (!definition) continue;
    const problem = customFieldValueProblem(definition, value);
    if (problem) return { values, problem: { field: name, message: problem } };
    if (value === '' && definition.type !== 'text') normalised[name] = null;
  }
  return { values: normalised, problem: null };
}
