import { ApiError } from '../../../shared/api/errors.js';
import type { ContentLanguagesInfo, languagesApi } from '../../../shared/api/languages.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { languagesMessages } from '../../../shared/i18n/messages/languages.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import { ContentLanguagesSchema, type TranslationChanges } from '../../../shared/model/content-languages.js';
import type { ProjectStore } from '../../store/project-store.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// The project's content languages (settings) and the rule every edit of translations follows:
// a translation is in one of the project's further languages. Imports may store others (an OSM
// extract's name:xx), which stay unseen until their language is added.

export type LanguagesService = ServiceOf<typeof languagesApi>;

function info(store: ProjectStore): ContentLanguagesInfo {
  const counts = new Map<string, number>();
  for (const repository of Object.values(store.translations)) {
    for (const [language, count] of repository.counts()) counts.set(language, (counts.get(language) ?? 0) + count);
  }
  const stored = [...counts]
    .map(([language, features]) => ({ language, features }))
    .sort((a, b) => b.features - a.features || (a.language < b.language ? -1 : 1));
  return { ...store.contentLanguages.get(), stored };
}

/**
 * Refuses translations in a language the project does not have, or in its primary language (the
 * features' own texts are in it): the error names the language's field, and nothing is written.
 */
export function checkTranslationLanguages(
  store: ProjectStore,
  translations: TranslationChanges | undefined,
  prefix: string,
): void {
  if (!translations) return;
  const { primary, further } = store.contentLanguages.get();
  for (const language of Object.keys(translations)) {
    if (further.includes(language)) continue;
    const field = `${prefix}translations.${language}`;
    const message =
      language === primary ? languagesMessages.translationInPrimary : languagesMessages.notProjectLanguage;
    throw new ApiError('invalid-input', messageRef(message, { code: language }), field);
  }
}

export function createLanguagesService({ store }: ServiceContext): LanguagesService {
  return {
    getContentLanguages: () => info(store),
    updateContentLanguages(changes) {
      return store.transaction(() => {
        const current = store.contentLanguages.get();
        const checked = ContentLanguagesSchema.safeParse({
          primary: changes.primary ?? current.primary,
          further: changes.further,
        });
        if (!checked.success) {
          const issue = checked.error.issues[0]!;
          const field = issue.path.join('.');
          throw new ApiError('invalid-input', issueMessage(issue), field);
        }
        store.contentLanguages.set(checked.data);
        store.touch('settings');
        return info(store);
      });
    },
  };
}
