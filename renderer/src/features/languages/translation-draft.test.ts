import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../shared/model/schemas.js';
import { samplePlace } from '../../test-support/sample-place.js';
import { changesFrom, draftFromPlace, rebaseDraft } from '../places/place-draft.js';

// The place form's translations: only the languages changed are sent (the others stay in the
// project), and texts the user did not touch follow the stored ones after an undo.

const castle: Place = {
  ...samplePlace(1, { category: 'heritage-site' }),
  name: 'Gozzoburg',
  translations: { fr: { name: 'Château', description: 'Château gothique' } },
};

describe('translations in the place form', () => {
  it('sends the languages whose texts changed, trimmed, and nothing when none did', () => {
    const draft = draftFromPlace(castle);
    expect(changesFrom(castle, draft)).toEqual({});
    const typed = {
      ...draft,
      translations: { ...draft.translations, de: { name: ' Gozzoburg ', description: '' } },
    };
    expect(changesFrom(castle, typed)).toEqual({ translations: { de: { name: 'Gozzoburg', description: '' } } });
    const cleared = { ...draft, translations: { fr: { name: '', description: 'Château gothique' } } };
    expect(changesFrom(castle, cleared)).toEqual({
      translations: { fr: { name: '', description: 'Château gothique' } },
    });
  });

  it('after an undo, an untouched translation shows the stored text; one being typed stays', () => {
    const draft = draftFromPlace(castle);
    const typing = { ...draft, translations: { fr: { name: 'Château de Gozzo', description: 'Château gothique' } } };
    const undone: Place = { ...castle, translations: { fr: { name: 'Château', description: 'Burg (alt)' } } };
    expect(rebaseDraft(typing, castle, undone).translations).toEqual({
      fr: { name: 'Château de Gozzo', description: 'Burg (alt)' },
    });
    expect(rebaseDraft(draft, castle, { ...castle, translations: undefined }).translations).toEqual({
      fr: { name: '', description: '' },
    });
    // Nothing stored changed: the very same draft.
    expect(rebaseDraft(draft, castle, { ...castle })).toBe(draft);
  });
});
