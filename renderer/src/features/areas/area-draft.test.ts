import { describe, expect, it } from 'vitest';
import type { Quarter } from '../../../../shared/model/schemas.js';
import { areaChangesFrom, areaFieldOfError, draftFromArea, rebaseAreaDraft } from './area-draft.js';

const altstadt: Quarter = {
  id: 1,
  name: 'Kremser Altstadt',
  kind: 'cultural-quarter',
  description: 'The old town.',
  customFields: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [15.5978, 48.4098],
        [15.6032, 48.4088],
        [15.6068, 48.4094],
        [15.5978, 48.4098],
      ],
    ],
  },
  translations: { fr: { name: 'Vieille ville de Krems', description: '' } },
};

describe('area draft', () => {
  it('has no changes when nothing was edited', () => {
    expect(areaChangesFrom(altstadt, draftFromArea(altstadt))).toEqual({});
  });

  it('sends only the edited fields, and a translation only for the language that changed', () => {
    const draft = {
      ...draftFromArea(altstadt),
      kind: 'heritage-protection-zone' as const,
      translations: {
        fr: { name: 'Vieille ville de Krems', description: '' },
        it: { name: 'Centro storico di Krems', description: '' },
      },
    };
    expect(areaChangesFrom(altstadt, draft)).toEqual({
      kind: 'heritage-protection-zone',
      translations: { it: { name: 'Centro storico di Krems', description: '' } },
    });
  });

  it('ignores spaces around an unchanged name, but sends an emptied one (the backend says why not)', () => {
    expect(areaChangesFrom(altstadt, { ...draftFromArea(altstadt), name: ' Kremser Altstadt ' })).toEqual({});
    expect(areaChangesFrom(altstadt, { ...draftFromArea(altstadt), name: '  ' })).toEqual({ name: '  ' });
  });

  it('follows an undo for untouched fields and keeps what the user typed', () => {
    const typed = { ...draftFromArea(altstadt), description: 'Being rewritten' };
    const renamed: Quarter = {
      ...altstadt,
      name: 'Altstadt Krems',
      description: 'Changed elsewhere',
      translations: { fr: { name: 'Krems, vieille ville', description: '' } },
    };
    const rebased = rebaseAreaDraft(typed, altstadt, renamed);
    expect(rebased).toEqual({
      name: 'Altstadt Krems',
      kind: 'cultural-quarter',
      description: 'Being rewritten',
      translations: { fr: { name: 'Krems, vieille ville', description: '' } },
    });
  });

  it('keeps the same draft when only the outline changed', () => {
    const draft = draftFromArea(altstadt);
    const reshaped: Quarter = { ...altstadt, geometry: { ...altstadt.geometry } };
    expect(rebaseAreaDraft(draft, altstadt, reshaped)).toBe(draft);
  });

  it('names the form field of an API error', () => {
    expect(areaFieldOfError('changes.name')).toBe('name');
    expect(areaFieldOfError('changes.translations.fr.name')).toBe('translations');
    expect(areaFieldOfError('changes.geometry')).toBeNull();
    expect(areaFieldOfError(undefined)).toBeNull();
  });
});

describe('rebaseAreaDraft after a save', () => {
  it('keeps the same draft when the stored area now holds what the draft holds', () => {
    const draft = { ...draftFromArea(altstadt), name: 'Altstadt' };
    expect(rebaseAreaDraft(draft, altstadt, { ...altstadt, name: 'Altstadt' })).toBe(draft);
  });
});
