import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { guideMessages } from '../../../shared/i18n/messages/guides.js';
import { contentLanguageCodes } from '../../../shared/model/language-texts.js';
import type { ProjectStore } from '../../store/project-store.js';

/**
 * The translations a print asks for: null for the project's own texts (no language, or its
 * primary one); a language the project has no texts in is refused.
 */
export function requireContentLanguage(store: ProjectStore, language: string | null): string | null {
  const languages = store.contentLanguages.get();
  if (language !== null && !contentLanguageCodes(languages).includes(language))
    throw new ApiError('invalid-input', messageRef(guideMessages.languageNotInProject, { language }), 'language');
  return language === languages.primary ? null : language;
}
