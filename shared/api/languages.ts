import { z } from 'zod';
import { LanguageCodeSchema, MAX_CONTENT_LANGUAGES } from '../model/content-languages.js';
import { EmptySchema, method } from './method.js';

// The project's content languages (issue #11): the primary language (that of the features' own
// names and descriptions) and the further languages they are translated into. Not an edit (no
// undo step): removing a further language hides its translations and deletes none of them.

export interface ContentLanguagesInfo {
  /** BCP 47 code of the primary language; null in projects made before languages were chosen. */
  primary: string | null;
  /** The further languages, in the order the panels show them. */
  further: string[];
  /**
   * Every language the project holds translations in (shown or not, e.g. names an OSM import
   * found), with how many places, areas, routes and events have one; most first.
   */
  stored: { language: string; features: number }[];
}

/** New languages: the primary one (omitted: unchanged) and the whole list of further ones. */
export const ContentLanguagesUpdateSchema = z
  .object({
    primary: LanguageCodeSchema.optional(),
    further: z.array(LanguageCodeSchema).max(MAX_CONTENT_LANGUAGES),
  })
  .strict();

export const languagesApi = {
  getContentLanguages: method<typeof EmptySchema, ContentLanguagesInfo>('settings:languages:get', EmptySchema),
  updateContentLanguages: method<typeof ContentLanguagesUpdateSchema, ContentLanguagesInfo>(
    'settings:languages:update',
    ContentLanguagesUpdateSchema,
  ),
};
