import type { Translation, Translations } from '../../../../shared/model/schemas.js';

// Translations as a form holds them (pure): what an edit changed, and how a form follows the
// stored texts when they change under it (undo, redo) without losing what the user typed.

const NO_TRANSLATION: Translation = { name: '', description: '' };

/** The languages whose texts differ from the stored ones (only those are sent: the others stay). */
export function translationChanges(stored: Translations | undefined, draft: Translations): Translations | null {
  const changed: Translations = {};
  for (const [language, translation] of Object.entries(draft)) {
    const before = stored?.[language] ?? NO_TRANSLATION;
    const after = { name: translation.name.trim(), description: translation.description };
    if (after.name !== before.name || after.description !== before.description) changed[language] = after;
  }
  return Object.keys(changed).length > 0 ? changed : null;
}

/** Each translated text the user has not touched since `before` takes the stored one of `after`. */
export function rebaseTranslations(draft: Translations, before: Translations, after: Translations): Translations {
  let next = draft;
  for (const language of new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(draft)])) {
    const old = before[language] ?? NO_TRANSLATION;
    const fresh = after[language] ?? NO_TRANSLATION;
    const typed = draft[language] ?? old;
    const rebased = {
      name: typed.name === old.name ? fresh.name : typed.name,
      description: typed.description === old.description ? fresh.description : typed.description,
    };
    if (rebased.name !== typed.name || rebased.description !== typed.description) {
      next = { ...next, [language]: rebased };
    }
  }
  return next;
}
