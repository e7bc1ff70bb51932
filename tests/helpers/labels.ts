import type { MessageRef } from '../../shared/i18n/define-messages.js';
import { isLocale } from '../../shared/i18n/locales.js';
import { createTranslator } from '../../shared/i18n/translator.js';

/** An edit's name as an English reader sees it ("Move Gozzoburg"). */
export function english(message: MessageRef | null | undefined): string | null {
  return message ? createTranslator('en').t(message) : null;
}

/** Undo state or result with its labels as English text, for comparing with what a user reads. */
export function inEnglish<
  T extends { undoLabel?: MessageRef | null; redoLabel?: MessageRef | null; label?: MessageRef },
>(value: T) {
  return {
    ...value,
    ...('undoLabel' in value ? { undoLabel: english(value.undoLabel) } : {}),
    ...('redoLabel' in value ? { redoLabel: english(value.redoLabel) } : {}),
    ...('label' in value ? { label: english(value.label) } : {}),
  };
}

/**
 * A day as the page shows it: the app's one date format (the translator's `date`) in the page's
 * language, with the browser's region (Chromium here speaks English, en-US: 03/01/2019).
 */
export async function shownDate(page: { evaluate<T>(fn: () => T): Promise<T> }, isoDay: string): Promise<string> {
  const [language, formatting] = await page.evaluate(() => [document.documentElement.lang, navigator.language]);
  return createTranslator(isLocale(language) ? language : 'en', formatting).date(isoDay);
}
