import { z } from 'zod';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
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
}

const familyColourShape = Object.fromEntries(
  CATEGORY_FAMILIES.map((family) => [family, ColourSchema.nullable().optional()]),
) as Record<CategoryFamily, z.ZodOptional<z.ZodNullable<typeof ColourSchema>>>;

/** A change of style: a colour per family, `null` to go back to the default. */
export const MapStyleChangesSchema = z
  .object({
    familyColours: z.object(familyColourShape).strict(),
  })
  .strict();
export type MapStyleChanges = z.input<typeof MapStyleChangesSchema>;

/** Reads the stored JSON leniently: a value another tool wrote badly falls back to the default. */
export function parseStoredMapStyle(text: string | undefined): MapStyleSettings {
  const familyColours: Partial<Record<CategoryFamily, string>> = {};
  if (!text) return { familyColours };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { familyColours };
  }
  const colours = (stored as { familyColours?: unknown } | null)?.familyColours;
  if (typeof colours !== 'object' || colours === null) return { familyColours };
  for (const family of CATEGORY_FAMILIES) {
    const parsed = ColourSchema.safeParse((colours as Record<string, unknown>)[family]);
    if (parsed.success) familyColours[family] = parsed.data;
  }
  return { familyColours };
}
