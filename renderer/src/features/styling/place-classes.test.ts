import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator.js';
import { DEFAULT_PLACE_STYLE, type PlaceStyle } from '../../../../shared/model/place-style.js';
import type { CategoryId, SectorId } from '../../../../shared/model/typology.js';
import { FAMILY_COLOURS } from '../../map/family-colours.js';
import type { StyledPlace } from '../../map/place-style-types.js';
import {
  CATEGORY_PALETTE,
  MAX_EXTRA_RADIUS,
  NO_VALUE_COLOUR,
  OTHER_COLOUR,
  classIndex,
  classifyPlaces,
  countClasses,
  fieldReader,
} from './place-classes.js';
import { classLabel, placeLabeller } from './place-labels.js';
import { placePaint, placeStyler } from './place-paint.js';

// Places by any field: the classes a style makes (a colour per value, equal-count classes of a
// number), and the MapLibre expressions that draw them, evaluated by MapLibre's own style-spec
// code on features as the map gets them.

let nextId = 1;
function place(fields: Partial<StyledPlace> = {}): StyledPlace {
  return { id: nextId++, category: 'creative-firm', sector: null, customFields: {}, ...fields };
}
const style = (changes: Partial<PlaceStyle>): PlaceStyle => ({ ...DEFAULT_PLACE_STYLE, ...changes });
const classify = (
  placeStyle: PlaceStyle,
  places: StyledPlace[],
  links: { fromPlaceId: number; toPlaceId: number }[] = [],
) => countClasses(classifyPlaces(placeStyle, places, fieldReader(placeStyle.colourBy, links), FAMILY_COLOURS), places);

/** MapLibre's own specification of a circle paint property (its typings say less than it is). */
const spec = (property: 'circle-color' | 'circle-radius') =>
  latest.paint_circle[property] as unknown as Parameters<typeof createExpression>[1];

/** The circle colour MapLibre computes for a feature with these properties. */
function colourOf(expression: unknown, properties: Record<string, unknown>): string {
  const parsed = createExpression(expression, spec('circle-color'));
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  // Outside a layer MapLibre hands back the colour as written (no parsing into a Color).
  return String(parsed.value.evaluate({ zoom: 15 }, { type: 1, properties } as never));
}

describe('places by sector (a colour per value)', () => {
  const sectors: (SectorId | null)[] = ['design', 'design', 'music', 'crafts', 'design', 'music', null, null];
  const places = sectors.map((sector) => place({ sector }));
  const bySector = style({ colourBy: 'sector' });
  const classification = classify(bySector, places);

  it('makes a class per sector, most places first, and one for places without a sector', () => {
    expect(classification.method).toBe('categories');
    expect(classification.classes.map((entry) => [entry.kind, entry.value, entry.count])).toEqual([
      ['value', 'design', 3],
      ['value', 'music', 2],
      ['value', 'crafts', 1],
      ['none', null, 2],
    ]);
    expect(classification.classes.map((entry) => entry.colour)).toEqual([
      CATEGORY_PALETTE[0],
      CATEGORY_PALETTE[1],
      CATEGORY_PALETTE[2],
      NO_VALUE_COLOUR,
    ]);
  });

  it('draws each place in its class colour (evaluated by MapLibre)', () => {
    const paint = placePaint(classification, FAMILY_COLOURS);
    const styler = placeStyler(classification, null)!;
    for (const entry of places) {
      const value = styler.value(entry);
      const expected = classification.classes[classIndex(classification, classification.valueOf(entry))]!.colour;
      expect(colourOf(paint.colour, value === undefined ? {} : { styleValue: value })).toBe(expected);
    }
    expect(paint.extraRadius).toBe(0);
  });

  it('names the classes in the reader’s language', () => {
    const german = createTranslator('de');
    expect(classification.classes.map((entry) => classLabel(german, 'sector', entry))).toEqual([
      'Design',
      'Musik',
      'Kunsthandwerk',
      'Kein Wert',
    ]);
  });

  it('counts only the places shown, keeping the classes of the whole project', () => {
    const shown = countClasses(classification, places.slice(0, 2));
    expect(shown.classes.map((entry) => entry.count)).toEqual([2, 0, 0, 0]);
    expect(shown.classes.map((entry) => entry.value)).toEqual(['design', 'music', 'crafts', null]);
  });
});

describe('more values than colours', () => {
  it('gives the nine most frequent values a colour and the rest one "other" colour', () => {
    const places = Array.from({ length: 12 }, (_, index) =>
      Array.from({ length: 12 - index }, () => place({ customFields: { Street: `Gasse ${index + 1}` } })),
    ).flat();
    const classification = classify(style({ colourBy: 'field:Street' }), places);
    expect(classification.classes).toHaveLength(10);
    expect(classification.classes[0]).toMatchObject({ value: 'Gasse 1', count: 12 });
    expect(classification.classes[9]).toMatchObject({ kind: 'other', colour: OTHER_COLOUR, count: 3 + 2 + 1 });
    const paint = placePaint(classification, FAMILY_COLOURS);
    expect(colourOf(paint.colour, { styleValue: 'Gasse 12' })).toBe(OTHER_COLOUR);
    expect(colourOf(paint.colour, { styleValue: 'Gasse 2' })).toBe(CATEGORY_PALETTE[1]);
  });
});

describe('graduated classes of a number', () => {
  const places = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((visitors) => place({ customFields: { Visitors: visitors } }));
  places.push(place({ customFields: { Visitors: null } }));
  const graduated = style({ colourBy: 'field:Visitors', method: 'graduated', classes: 5, sizeByValue: true });
  const classification = classify(graduated, places);

  it('makes equal-count classes, light to dark, with the place without a value apart', () => {
    expect(classification.method).toBe('graduated');
    expect(classification.breaks).toEqual([3, 5, 7, 9]);
    const ranges = classification.classes.filter((entry) => entry.kind === 'range');
    expect(ranges.map((entry) => [entry.value, entry.max, entry.count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
    expect(ranges[0]!.extraRadius).toBe(0);
    expect(ranges[4]!.extraRadius).toBe(MAX_EXTRA_RADIUS);
    expect(classification.classes.at(-1)).toMatchObject({ kind: 'none', count: 1 });
    expect(classLabel(createTranslator('fr'), 'field:Visitors', ranges[4]!)).toBe('de 9 à 10');
  });

  it('draws colour and size by class (evaluated by MapLibre)', () => {
    const paint = placePaint(classification, FAMILY_COLOURS);
    const ranges = classification.classes.filter((entry) => entry.kind === 'range');
    expect(colourOf(paint.colour, { styleValue: 1 })).toBe(ranges[0]!.colour);
    expect(colourOf(paint.colour, { styleValue: 8.5 })).toBe(ranges[3]!.colour);
    expect(colourOf(paint.colour, { styleValue: 10 })).toBe(ranges[4]!.colour);
    expect(colourOf(paint.colour, {})).toBe(NO_VALUE_COLOUR);
    const radius = createExpression(paint.extraRadius, spec('circle-radius'));
    if (radius.result !== 'success') throw new Error('radius');
    expect(radius.value.evaluate({ zoom: 15 }, { type: 1, properties: { styleValue: 10 } } as never)).toBe(
      MAX_EXTRA_RADIUS,
    );
    expect(radius.value.evaluate({ zoom: 15 }, { type: 1, properties: {} } as never)).toBe(0);
  });

  it('keeps equal values in one class', () => {
    const ties = [0, 0, 0, 0, 1, 2].map((count) => place({ customFields: { Staff: count } }));
    const result = classify(style({ colourBy: 'field:Staff', method: 'graduated', classes: 3 }), ties);
    expect(result.breaks).toEqual([1]);
    expect(result.classes.map((entry) => [entry.value, entry.max, entry.count])).toEqual([
      [0, 0, 4],
      [1, 2, 2],
    ]);
  });

  it('colours text per value even when graduated was asked for', () => {
    const text = [place({ customFields: { Visitors: 'many' } }), place({ customFields: { Visitors: 3 } })];
    expect(classify(graduated, text).method).toBe('categories');
  });

  it('counts links for "number of links"', () => {
    const [a, b, c] = [place(), place(), place()];
    const links = [
      { fromPlaceId: a.id, toPlaceId: b.id },
      { fromPlaceId: a.id, toPlaceId: c.id },
    ];
    const read = fieldReader('links', links);
    expect([a, b, c].map(read)).toEqual([2, 1, 1]);
  });
});

describe('the default style and labels', () => {
  it('colours by kind with the project’s colours, and needs no style properties', () => {
    const classification = classify(DEFAULT_PLACE_STYLE, [place({ category: 'museum' as CategoryId })]);
    const colours = { ...FAMILY_COLOURS, 'cultural-venue': '#123456' };
    expect(colourOf(placePaint(classification, colours).colour, { family: 'cultural-venue' })).toBe('#123456');
    expect(placeStyler(classification, null)).toBeNull();
  });

  it('labels places by a chosen field in the reader’s language, or not at all', () => {
    const german = createTranslator('de');
    const firm = place({ sector: 'music', customFields: { Listed: true, Staff: 1200 } });
    expect(placeLabeller(german, 'sector')!(firm)).toBe('Musik');
    expect(placeLabeller(german, 'field:Listed')!(firm)).toBe('Ja');
    expect(placeLabeller(german, 'field:Staff')!(firm)).toBe('1.200');
    expect(placeLabeller(german, 'field:Missing')!(firm)).toBeUndefined();
    expect(placeLabeller(german, 'name')).toBeNull();
    const none = classify(style({ labelBy: 'none' }), [firm]);
    expect(placePaint(none, FAMILY_COLOURS).label).toBeNull();
  });
});
