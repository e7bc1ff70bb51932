import type { Quarter, QuarterChanges, Translations } from '../../../../shared/model/schemas.js';
import type { QuarterKindId } from '../../../../shared/model/typology.js';
import { rebaseTranslations, translationChanges } from '../languages/translation-draft.js';

// The area form's state and the changes it amounts to (pure, like the place form's draft): only
// what differs from the stored area is sent, and a draft follows the stored area when it changes
// under the form (an undo, a redo, another window) without losing what the user typed.

export interface AreaDraft {
  name: string;
  kind: QuarterKindId;
  description: string;
  /** Name and description per further language, as typed (a language not typed in is absent). */
  translations: Translations;
}

export function draftFromArea(area: Quarter): AreaDraft {
  return {
    name: area.name,
    kind: area.kind,
    description: area.description,
    translations: { ...area.translations },
  };
}

/** Only what differs from the stored area; an empty object when nothing does. */
export function areaChangesFrom(area: Quarter, draft: AreaDraft): QuarterChanges {
  const changes: QuarterChanges = {};
  // The backend trims names too: a name that differs only by spaces is no change.
  if (draft.name.trim() !== area.name) changes.name = draft.name;
  if (draft.kind !== area.kind) changes.kind = draft.kind;
  if (draft.description !== area.description) changes.description = draft.description;
  const translations = translationChanges(area.translations, draft.translations);
  if (translations) changes.translations = translations;
  return changes;
}

const SCALAR_FIELDS = ['name', 'kind', 'description'] as const;

/**
 * The draft after the stored area changed under the form: each field the user has not touched
 * since `before` takes the value of `after`; what the user typed stays. The same object when the
 * draft stays as it is (a reshaped outline, a list read again, the area just saved from it).
 */
export function rebaseAreaDraft(draft: AreaDraft, before: Quarter, after: Quarter): AreaDraft {
  const old = draftFromArea(before);
  const fresh = draftFromArea(after);
  const changed = SCALAR_FIELDS.filter((field) => old[field] !== fresh[field]);
  const translations = rebaseTranslations(draft.translations, old.translations, fresh.translations);
  if (changed.length === 0 && translations === draft.translations) return draft;
  const next: AreaDraft = { ...draft, translations };
  for (const field of changed) {
    if (draft[field] === old[field]) (next as unknown as Record<string, unknown>)[field] = fresh[field];
  }
  const same = translations === draft.translations && SCALAR_FIELDS.every((field) => next[field] === draft[field]);
  return same ? draft : next;
}

/** Which field of the form an API error is about: `changes.translations.fr.name` → `translations`. */
export function areaFieldOfError(field: string | undefined): keyof AreaDraft | null {
  const name = field?.replace(/^changes\./, '').split('.')[0];
  return name === 'name' || name === 'kind' || name === 'description' || name === 'translations' ? name : null;
}
