import { useId, useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { LOCALES } from '../../../../shared/i18n/locales.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { languagesUiMessages as m } from '../../../../shared/i18n/messages/ui/languages.js';
import { canonicalLanguage } from '../../../../shared/model/content-languages.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { useContentLanguages } from './content-languages-context.js';
import { languageName } from './language-name.js';

// The project's content languages: the primary one, the further ones (added by any BCP 47
// code, or from the languages an import brought), and the language of the names on the map.
// Every change is saved at once (one call); removing a language deletes no translation.

export function ContentLanguagesDialog() {
  const t = useT();
  const id = useId();
  const { languages, update, mapLanguage, setMapLanguage, setDialogOpen } = useContentLanguages();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  if (!languages) return null;
  const { primary, further } = languages;
  const others = languages.stored.filter((entry) => entry.language !== primary && !further.includes(entry.language));

  async function save(changes: MethodInput<'updateContentLanguages'>) {
    setBusy(true);
    setError(null);
    try {
      await update(changes);
      setCode('');
    } catch (caught) {
      setError(messageRef(m.saveFailed, { reason: errorNotice(caught) }));
    } finally {
      setBusy(false);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    // The backend checks the code and says what is wrong with it.
    if (code.trim() !== '') void save({ further: [...further, code.trim()] });
  }

  function makePrimary() {
    const canonical = canonicalLanguage(code);
    void save({ primary: code.trim(), further: further.filter((language) => language !== canonical) });
  }

  const suggestions = [...new Set<string>([...LOCALES, ...languages.stored.map((entry) => entry.language)])].filter(
    (language) => language !== primary && !further.includes(language),
  );

  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      className="languages-dialog"
      testId="content-languages-dialog"
      busy={busy}
      onCancel={() => setDialogOpen(false)}
    >
      <header className="dialog__header">
        <h2 className="dialog__title" id={`${id}-title`}>
          {t.t(m.title)}
        </h2>
        <p className="dialog__subtitle">{t.t(m.intro)}</p>
      </header>
      <div className="dialog__body">
        <div className="field">
          <span className="field__label" id={`${id}-primary`}>
            {t.t(m.primary)}
          </span>
          <p className="field__readonly" aria-labelledby={`${id}-primary`} data-testid="primary-language">
            {primary ? languageName(t, primary) : t.t(m.primaryNotSet)}
          </p>
        </div>

        <section className="field" aria-labelledby={`${id}-further`}>
          <h3 className="field__label" id={`${id}-further`}>
            {t.t(m.further)}
          </h3>
          {further.length === 0 ? (
            <p className="field__hint">{t.t(m.noFurther)}</p>
          ) : (
            <ul className="item-list" data-testid="further-languages">
              {further.map((language) => (
                <li key={language} className="item-list__item" lang={language}>
                  <span className="item-list__main">{languageName(t, language)}</span>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t.t(m.removeLabel, { language: languageName(t, language) })}
                    disabled={busy}
                    onClick={() => void save({ further: further.filter((other) => other !== language) })}
                  >
                    {t.t(m.remove)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="field__hint">{t.t(m.removeHint)}</p>
        </section>

        <form className="field languages-dialog__add" onSubmit={add} noValidate>
          <label className="field__label" htmlFor={`${id}-code`}>
            {t.t(m.code)}
          </label>
          <div className="languages-dialog__row">
            <input
              id={`${id}-code`}
              className="input"
              value={code}
              list={`${id}-suggestions`}
              autoComplete="off"
              spellCheck={false}
              data-testid="language-code-input"
              aria-describedby={`${id}-code-hint`}
              onChange={(event) => setCode(event.target.value)}
            />
            <datalist id={`${id}-suggestions`}>
              {suggestions.map((language) => (
                <option key={language} value={language}>
                  {languageName(t, language)}
                </option>
              ))}
            </datalist>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || code.trim() === ''}
              data-testid="add-language-button"
            >
              {t.t(m.add)}
            </button>
            <button type="button" className="button" disabled={busy || code.trim() === ''} onClick={makePrimary}>
              {t.t(m.changePrimary)}
            </button>
          </div>
          <p className="field__hint" id={`${id}-code-hint`}>
            {t.t(m.codeHint)}
          </p>
        </form>

        {others.length > 0 && (
          <section className="field" aria-labelledby={`${id}-stored`}>
            <h3 className="field__label" id={`${id}-stored`}>
              {t.t(m.stored)}
            </h3>
            <ul className="item-list">
              {others.map(({ language, features }) => (
                <li key={language} className="item-list__item">
                  <span className="item-list__main">
                    {t.t(m.storedCount, { language: languageName(t, language), count: features })}
                  </span>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={busy}
                    onClick={() => void save({ further: [...further, language] })}
                  >
                    {t.t(m.addStored, { language: languageName(t, language) })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        {further.length > 0 && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-map`}>
              {t.t(m.mapLanguage)}
            </label>
            <select
              id={`${id}-map`}
              className="input"
              value={mapLanguage ?? ''}
              data-testid="map-language-select"
              onChange={(event) => setMapLanguage(event.target.value || null)}
            >
              <option value="">
                {primary ? t.t(m.primaryChoice, { language: languageName(t, primary) }) : t.t(m.primaryUnnamed)}
              </option>
              {further.map((language) => (
                <option key={language} value={language}>
                  {languageName(t, language)}
                </option>
              ))}
            </select>
          </div>
        )}
        <ErrorMessage message={error} onDismiss={() => setError(null)} />
      </div>
      <footer className="dialog__footer">
        <div className="dialog__actions">
          <span className="dialog__spacer" />
          <button
            type="button"
            className="button"
            data-testid="close-languages-button"
            onClick={() => setDialogOpen(false)}
          >
            {t.t(commonMessages.close)}
          </button>
        </div>
      </footer>
    </ModalDialog>
  );
}
