import { fieldUiMessages as fieldsMessages } from '../../../../shared/i18n/messages/ui/fields.js';
import { stylingMessages as m } from '../../../../shared/i18n/messages/ui/styling.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { customFieldName } from '../../../../shared/model/place-style.js';
import type { StyleClass, StyledPlace } from './place-classes.js';

// The words of a place style in the reader's language: a place's label on the map when places
// are named by another field than the name, and each class in the legend.

/** A value of a field as the reader reads it (kinds, categories and sectors by their labels). */
export function valueLabel(t: Translator, field: string, value: string | number | boolean): string {
  if (customFieldName(field) !== null) {
    if (value === true || value === 'true') return t.t(fieldsMessages.yes);
    if (value === false || value === 'false') return t.t(fieldsMessages.no);
    return typeof value === 'number' ? t.number(value) : String(value);
  }
  switch (field) {
    case 'family':
    case 'category':
    case 'sector':
      return typologyLabel(t, field, String(value));
    default:
      return typeof value === 'number' ? t.number(value) : String(value);
  }
}

/** The label of each place on the map, or null when the name (or nothing) is drawn. */
export function placeLabeller(t: Translator, labelBy: string): ((place: StyledPlace) => string | undefined) | null {
  if (labelBy === 'name' || labelBy === 'none') return null;
  const custom = customFieldName(labelBy);
  if (custom !== null) {
    return (place) => {
      const value = Object.hasOwn(place.customFields, custom) ? place.customFields[custom] : null;
      return value === null || value === undefined || value === '' ? undefined : valueLabel(t, labelBy, value);
    };
  }
  if (labelBy === 'sector') return (place) => (place.sector ? valueLabel(t, 'sector', place.sector) : undefined);
  return (place) => valueLabel(t, 'category', place.category);
}

/** A class as the legend names it: its value, "Other", "No value" or a range of numbers. */
export function classLabel(t: Translator, field: string, entry: StyleClass): string {
  switch (entry.kind) {
    case 'none':
      return t.t(m.noValue);
    case 'other':
      return t.t(m.otherValues);
    case 'range': {
      const min = entry.value as number;
      const max = entry.max ?? min;
      return min === max ? t.number(min) : t.t(m.range, { min: t.number(min), max: t.number(max) });
    }
    default:
      return valueLabel(t, field, entry.value ?? '');
  }
}
