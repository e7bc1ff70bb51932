import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import type { AppLocale } from '../../../shared/i18n/locales.js';
import { appMessages } from '../../../shared/i18n/messages/ui/app.js';
import { createTranslator, type Translator } from '../../../shared/i18n/translator.js';
import { useApi, useLiveQuery } from '../api/api-context.js';
import { liveQuery } from '../api/live-store.js';
import { resolveLocale, urlLanguageOf } from './resolve-locale.js';

// The language of the page as React state: the current Translator in a context (a language switch
// re-renders every component that reads it, memoised ones included), and the choice of the
// language menu, kept by the backend in the user's data folder so that it survives a restart.
// The choice is a live list (preferences topic): the desktop menu's Language submenu, or another
// tab, changes it and this page follows.

interface I18nValue {
  translator: Translator;
  /** The language chosen in the menu (null: the system's); undefined until the backend answered. */
  preference: AppLocale | null | undefined;
  choose(locale: AppLocale | null): Promise<void>;
}

const I18nContext = createContext<I18nValue | null>(null);

export const preferencesList = liveQuery('preferences', ['preferences'], (api) => api.getPreferences({}));

function browserLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** Takes `?lang=` out of the page address: a language chosen in the app wins from then on. */
function dropUrlLanguage(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.delete('lang');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [urlLanguage, setUrlLanguage] = useState(() => urlLanguageOf(window.location.search));
  const preferences = useLiveQuery(preferencesList);
  // NOTE: without an answer the page follows the browser's language (and can still be used).
  const preference: AppLocale | null | undefined =
    preferences.status === 'loading' ? undefined : (preferences.data?.locale ?? null);
  const [languages, setLanguages] = useState(browserLanguages);
  useEffect(() => {
    const onChange = () => setLanguages(browserLanguages());
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, []);

  const { locale, formattingLocale } = resolveLocale({
    urlLanguage,
    preference: preference ?? null,
    browserLanguages: languages,
  });
  const translator = createTranslator(locale, formattingLocale);

  // API calls send <html lang> as the language of their errors; screen readers read it too.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = translator.locale;
    root.dir = translator.direction;
    document.title = translator.t(messageRef(appMessages.appName));
  }, [translator]);

  const choose = useCallback(
    async (next: AppLocale | null) => {
      // Resolves once the preferences are read again (the live list): the page shows the choice.
      await api.updatePreferences({ locale: next });
      dropUrlLanguage();
      setUrlLanguage(null);
    },
    [api],
  );

  const value = useMemo(() => ({ translator, preference, choose }), [translator, preference, choose]);
  // The first screen waits for the stored choice (one local call), so it opens in that language.
  if (preference === undefined && !urlLanguage) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() needs an <I18nProvider> above it');
  return value;
}

/** The translator of the page's current language. */
export function useT(): Translator {
  return useI18n().translator;
}

/** The language menu's choice and how to change it. */
export function useLanguagePreference(): Pick<I18nValue, 'preference' | 'choose'> {
  const { preference, choose } = useI18n();
  return { preference, choose };
}
