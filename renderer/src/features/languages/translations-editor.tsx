import { languagesUiMessages as m } from '../../../../shared/i18n/messages/ui/languages.js';
import type { Translation, Translations } from '../../../../shared/model/schemas.js';
import { useT } from '../../i18n/i18n-context.js';
import { languageName } from './language-name.js';

// The name and description in each further language, beside the primary ones: one row per
// language. An empty field shows the primary text greyed (its placeholder): that is what is shown
// in that language until a translation is typed (the fallback).

export interface TranslationsEditorProps {
  idPrefix: string;
  /** The project's further languages, in order. */
  languages: readonly string[];
  translations: Translations;
  primary: { name: string; description: string };
  /** Which language's field the last error was about (`translations.fr.name` → fr). */
  invalidLanguage?: string | null;
  describedBy?: string;
  onChange(translations: Translations): void;
  /** The event form edits titles only: its fields read "Title in …", and there is no description. */
  titlesOnly?: boolean;
  testId?: string;
}

const EMPTY: Translation = { name: '', description: '' };

export function TranslationsEditor({
  idPrefix,
  languages,
  translations,
  primary,
  invalidLanguage,
  describedBy,
  onChange,
  titlesOnly = false,
  testId = 'translations',
}: TranslationsEditorProps) {
  const t = useT();
  if (languages.length === 0) return null;
  const set = (language: string, patch: Partial<Translation>) =>
    onChange({ ...translations, [language]: { ...(translations[language] ?? EMPTY), ...patch } });
  return (
    <fieldset className="translations" data-testid={testId}>
      <legend className="field__label">{t.t(m.translations)}</legend>
      {languages.map((language) => {
        const translation = translations[language] ?? EMPTY;
        const name = languageName(t, language);
        const invalid = invalidLanguage === language || undefined;
        return (
          <div key={language} className="translations__language">
            <label className="translations__label" htmlFor={`${idPrefix}-${language}-name`}>
              {titlesOnly ? t.t(m.titleIn, { language: name }) : t.t(m.nameIn, { language: name })}
            </label>
            <input
              id={`${idPrefix}-${language}-name`}
              className="input"
              lang={language}
              value={translation.name}
              placeholder={primary.name}
              data-testid={`translation-name-${language}`}
              aria-invalid={invalid}
              aria-describedby={invalid ? describedBy : undefined}
              onChange={(event) => set(language, { name: event.target.value })}
            />
            {!titlesOnly && (
              <>
                <label className="translations__label" htmlFor={`${idPrefix}-${language}-description`}>
                  {t.t(m.descriptionIn, { language: name })}
                </label>
                <textarea
                  id={`${idPrefix}-${language}-description`}
                  className="input input--multiline"
                  lang={language}
                  rows={2}
                  value={translation.description}
                  placeholder={primary.description}
                  data-testid={`translation-description-${language}`}
                  aria-invalid={invalid}
                  onChange={(event) => set(language, { description: event.target.value })}
                />
              </>
            )}
          </div>
        );
      })}
      {!titlesOnly && <p className="field__hint">{t.t(m.fallbackHint)}</p>}
    </fieldset>
  );
}
