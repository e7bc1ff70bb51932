import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { LOCALE_NAMES, LOCALES, isAppLocale } from '../../../../shared/i18n/locales.js';
import { preferencesMessages as m } from '../../../../shared/i18n/messages/ui/preferences.js';
import { useLanguagePreference, useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

/**
 * The app's language: "System language" or one of the seven, each by its own name. The choice is
 * kept by the backend (the user's data folder) and changes every text at once, without a reload.
 */
export function LanguageMenu({ onError }: { onError(error: Notice | null): void }) {
  const t = useT();
  const { preference, choose } = useLanguagePreference();
  const label = t.t(m.languageLabel);
  return (
    <select
      className="language-menu"
      aria-label={label}
      title={label}
      data-testid="language-menu"
      value={preference ?? ''}
      onChange={(event) => {
        const value = event.target.value;
        onError(null);
        choose(isAppLocale(value) ? value : null).catch((failure: unknown) =>
          onError(messageRef(m.saveFailed, { reason: errorNotice(failure) })),
        );
      }}
    >
      <option value="">{t.t(m.systemLanguage)}</option>
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NAMES[locale]}
        </option>
      ))}
    </select>
  );
}
