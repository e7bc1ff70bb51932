import { describe, expect, it } from 'vitest';
import type { GuideAccessibility, GuideWays } from '../../../../shared/api/guides.js';
import { createTranslator } from '../../../../shared/i18n/translator.js';
import { accessTexts } from './guide-access-notes.js';

// The cover's accessibility notes as a reader of the printed guide gets them: rough surfaces and
// what a wheelchair cannot use in metres, and what the map does not know said to be unknown.

const en = createTranslator('en');
const de = createTranslator('de');
const noSteps = { count: 0, metres: 0 };

function notes(ways: Partial<GuideWays> | null, translator = en) {
  const accessibility: GuideAccessibility = {
    steps: noSteps,
    ways: ways && {
      totalMetres: 1000,
      unpavedMetres: 0,
      cobblesMetres: 0,
      noWheelchairMetres: 0,
      limitedWheelchairMetres: 0,
      unknownSurfaceMetres: 0,
      ...ways,
    },
  };
  return accessTexts(translator, accessibility);
}

describe('the printed guide’s accessibility notes', () => {
  it('names the rough surfaces and the metres a wheelchair cannot use, and how much is unknown', () => {
    const texts = notes({ unpavedMetres: 320, cobblesMetres: 150, noWheelchairMetres: 80, unknownSurfaceMetres: 400 });
    expect(texts.surfaces).toBe(
      'Unpaved for 320 m; cobbles or setts for 150 m. The map records no surface for 40% of the way.',
    );
    expect(texts.wheelchair).toBe(
      'Not suitable for wheelchairs: 80 m cannot be used (steps, loose ground or barriers).',
    );
    expect(texts.steps).toBe('No steps along the way.');
  });

  it('calls a route paved and fit for wheelchairs only when the map records every surface', () => {
    const known = notes({});
    expect(known.surfaces).toBe('Paved all the way, as far as the map knows.');
    expect(known.wheelchair).toBe('Suitable for wheelchairs, as far as the map knows.');
    const partly = notes({ unknownSurfaceMetres: 900 });
    expect(partly.surfaces).toBe(
      'Paved wherever the map records the surface. The map records no surface for 90% of the way.',
    );
    expect(partly.wheelchair).toBe(
      'No obstacles for wheelchairs known, but the map records no surface for part of the way.',
    );
  });

  it('says where wheelchair users may need help', () => {
    expect(notes({ cobblesMetres: 60, limitedWheelchairMetres: 60 }).wheelchair).toBe(
      'Wheelchair users may need help for 60 m (marked as limited access).',
    );
  });

  it('says surfaces and wheelchair access are not known for a route off the streets', () => {
    const texts = notes(null);
    expect(texts.surfaces).toBe(
      'Surfaces and wheelchair access are not known: the route does not follow the map’s streets.',
    );
    expect(texts.wheelchair).toBeNull();
  });

  it('speaks the guide’s language', () => {
    const texts = notes({ unpavedMetres: 1200, noWheelchairMetres: 1200, unknownSurfaceMetres: 250 }, de);
    expect(texts.surfaces).toBe('Unbefestigt auf 1.200 m. Für 25\u00a0% des Wegs verzeichnet die Karte keinen Belag.');
    expect(texts.wheelchair).toMatch(/^Nicht für Rollstühle geeignet: 1\.200 m/);
  });
});
