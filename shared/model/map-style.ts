import { z } from 'zod';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import { DEFAULT_PLACE_STYLE, PlaceStyleSchema, parseStoredPlaceStyle, type PlaceStyle } from './place-style.js';
import { CATEGORY_FAMILIES, type CategoryFamily } from './typology.js';

// How a project draws its places, saved in the project (settings table) so every window and
// every reopening shows the same colours. Only what the user changed is stored; the app's
// defaults fill the rest, so a better default palette reaches old projects too.

export const ColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, problem(m.colour))
  .transform((colour) => colour.toUpperCase());

export interface MapStyleSettings {
  /** Colours the user chose per kind of place (category family); missing ones use the default. */
  familyColours: Partial<Record<CategoryFamily, string>>;
  /** Which field colours, sizes and names the places (see place-style.ts). */
  placeStyle: PlaceStyle;
}

const familyColourShape = Object.fromEntries(
  CATEGORY_FAMILIES.map((family) => [family, ColourSchema.nullable().optional()]),
) as Record<CategoryFamily, z.ZodOptional<z.ZodNullable<typeof ColourSchema>>>;

/**
 * A change of style: a colour per family (`null`: back to the default), and/or a new place style
 * (`null`: back to a colour per kind, named).
 */
export const MapStyleChangesSchema = z
  .object({
    familyColours: z.object(familyColourShape).strict().optional(),
    placeStyle: PlaceStyleSchema.nullable().optional(),
  })
  .strict();
export type MapStyleChanges = z.input<typeof MapStyleChangesSchema>;

/** Reads the stored JSON leniently: a value another tool wrote badly falls back to the default. */
export function parseStoredMapStyle(text: string | undefined): MapStyleSettings {
  const familyColours: Partial<Record<CategoryFamily, string>> = {};
  const defaults = () => ({ familyColours, placeStyle: DEFAULT_PLACE_STYLE });
  if (!text) return defaults();
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return defaults();
  }
  const { familyColours: colours, placeStyle } = (stored ?? {}) as { familyColours?: unknown; placeStyle?: unknown };
  if (typeof colours === 'object' && colours !== null) {
    for (const family of CATEGORY_FAMILIES) {
      const parsed = ColourSchema.safeParse((colours as Record<string, unknown>)[family]);
      if (parsed.success) familyColours[family] = parsed.data;
    }
  }
  return { familyColours, placeStyle: parseStoredPlaceStyle(placeStyle) };
}
