import { z } from 'zod';
import { LOCALES, type AppLocale } from '../i18n/locales.js';
import { EmptySchema, method } from './method.js';

// The user's own settings, kept in their data folder (not in a project): the language of the app.
// Served without an open project, so the first screen already speaks the chosen language.

export interface Preferences {
  /** The language chosen in the language menu; null follows the system (browser) language. */
  locale: AppLocale | null;
}

export const PreferencesChangesSchema = z
  .object({ locale: z.enum(LOCALES).nullable() })
  .partial()
  .strict();

export const preferencesApi = {
  getPreferences: method<typeof EmptySchema, Preferences>('preferences:item:get', EmptySchema),
  updatePreferences: method<typeof PreferencesChangesSchema, Preferences>(
    'preferences:item:update',
    PreferencesChangesSchema,
  ),
};

/** Methods answered by the app itself, with or without an open project. */
export const APP_METHOD_NAMES = Object.keys(preferencesApi) as (keyof typeof preferencesApi)[];
