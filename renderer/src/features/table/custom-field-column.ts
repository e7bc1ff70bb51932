import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { tableMessages as m } from '../../../../shared/i18n/messages/ui/table.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import type { Place } from '../../../../shared/model/schemas.js';
import type { CustomFieldTypeId } from '../../../../shared/model/typology.js';
import { formatDateInput } from '../../i18n/date-input.js';
import type { Column } from './column.js';

// A column of the places tab per custom field: its values shown as the field's type says (dates
// in the app's format, numbers in the language's), edited with the type's input, sent typed.

/** A custom field's value typed as the place already holds it (a number stays a number). */
export function parseCustomValue(
  previous: unknown,
  text: string,
  type?: CustomFieldTypeId,
): string | number | boolean | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (type === 'number' || (type === undefined && typeof previous === 'number')) {
    const value = Number(trimmed);
    if (!Number.isFinite(value)) throw messageRef(m.notANumber, { text: trimmed });
    return value;
  }
  if (type === 'boolean' || (type === undefined && typeof previous === 'boolean')) {
    if (/^(true|yes|1)$/i.test(trimmed)) return true;
    if (/^(false|no|0)$/i.test(trimmed)) return false;
    throw messageRef(m.notYesOrNo, { text: trimmed });
  }
  return text;
}

export function customFieldColumn(
  t: Translator,
  numbers: Intl.NumberFormat,
  name: string,
  type: CustomFieldTypeId | undefined,
): Column<Place> {
  const valueOf = (place: Place) => place.customFields[name];
  return {
    id: `custom:${name}`,
    label: name,
    width: 140,
    text: (place) => {
      const value = valueOf(place);
      if (value === undefined || value === null) return '';
      if (typeof value === 'number') return numbers.format(value);
      return type === 'date' && typeof value === 'string' ? formatDateInput(t, value) : String(value);
    },
    sortKey: (place) => {
      const value = valueOf(place);
      if (value === undefined || value === null) return null;
      return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : value;
    },
    edit: {
      kind: type === 'date' ? 'date' : 'text',
      initial: (place) => {
        const value = valueOf(place);
        return value === undefined || value === null ? '' : String(value);
      },
      toChanges: (place, text) => {
        const fields = { ...place.customFields };
        // The backend checks the value against the category's definition (choice, URL, date).
        const value = parseCustomValue(fields[name], text, type);
        if (value === null) delete fields[name];
        else fields[name] = value;
        return { customFields: fields };
      },
    },
  };
}
