import { z } from 'zod';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// Places drawn by any field (issue #14): which field colours them, as categories (a colour per
// value) or graduated classes (a ramp over equal-count classes of a number, optionally growing
// in size), and which field names them on the map. Saved with the project's map style; the
// default is what Itinera always drew: a colour per kind of place, labelled by name.

/** Fields every project has. `family` is the kind of place; `links` counts a place's links. */
export const BUILT_IN_STYLE_FIELDS = ['family', 'category', 'sector', 'links'] as const;
/** Labels every project can show; `none` draws no label (the selected place stays named). */
export const BUILT_IN_LABEL_FIELDS = ['name', 'category', 'sector', 'none'] as const;
/** A custom field (or an attribute an import kept) is named `field:<its name>`. */
export const CUSTOM_FIELD_PREFIX = 'field:';
const MAX_CUSTOM_NAME = 200;

export const STYLE_METHODS = ['categories', 'graduated'] as const;
export type StyleMethod = (typeof STYLE_METHODS)[number];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

function isFieldKey(value: string, builtIn: readonly string[]): boolean {
  if (builtIn.includes(value)) return true;
  if (!value.startsWith(CUSTOM_FIELD_PREFIX)) return false;
  const name = value.slice(CUSTOM_FIELD_PREFIX.length);
  return name.trim().length > 0 && name.length <= MAX_CUSTOM_NAME;
}

const fieldKey = (builtIn: readonly string[]) =>
  z.string().refine((value) => isFieldKey(value, builtIn), { error: problem(m.notKnownStyleField) });

const classCount = problem(m.classCount, { min: MIN_CLASSES, max: MAX_CLASSES });

export const PlaceStyleSchema = z
  .object({
    colourBy: fieldKey(BUILT_IN_STYLE_FIELDS),
    method: z.enum(STYLE_METHODS, { error: problem(m.notKnownStyleMethod) }),
    classes: z
      .number({ error: classCount })
      .int({ error: classCount })
      .min(MIN_CLASSES, { error: classCount })
      .max(MAX_CLASSES, { error: classCount }),
    sizeByValue: z.boolean(),
    labelBy: fieldKey(BUILT_IN_LABEL_FIELDS),
  })
  .strict();
export type PlaceStyle = z.infer<typeof PlaceStyleSchema>;

export const DEFAULT_PLACE_STYLE: PlaceStyle = {
  colourBy: 'family',
  method: 'categories',
  classes: 5,
  sizeByValue: false,
  labelBy: 'name',
};

/** Whether places are drawn as Itinera draws them by default (a colour per kind, named). */
export function isDefaultColouring(style: PlaceStyle): boolean {
  return style.colourBy === 'family' && style.method === 'categories';
}

/** The custom field's name of a `field:<name>` key, or null for a built-in field. */
export function customFieldName(key: string): string | null {
  return key.startsWith(CUSTOM_FIELD_PREFIX) ? key.slice(CUSTOM_FIELD_PREFIX.length) : null;
}

/** Reads a stored place style leniently: what another tool wrote badly falls back to the default. */
export function parseStoredPlaceStyle(stored: unknown): PlaceStyle {
  const parsed = PlaceStyleSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PLACE_STYLE;
}
