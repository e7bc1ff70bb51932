import type { Link } from '../../../../shared/model/schemas.js';
import { customFieldName, isDefaultColouring, type PlaceStyle } from '../../../../shared/model/place-style.js';
import { CATEGORY_FAMILIES, getCategory, type CategoryFamily } from '../../../../shared/model/typology.js';
import type { StyledPlace } from '../../map/place-style-types.js';

// Places by any field, pure: the classes a place style makes of the project's places (a colour
// per value, or graduated classes of a number), and each place's value. The map draws them with
// `match` / `step` expressions (place-paint.ts); the legend lists the classes with their counts.

export type { StyledPlace };
export type StyleValue = string | number;

export interface StyleClass {
  /** `value`: places with this value; `other`: values beyond the palette; `none`: no value. */
  kind: 'value' | 'other' | 'none' | 'range';
  /** The value as text (categories), or the smallest value of the class (graduated). */
  value: StyleValue | null;
  /** The largest value of a graduated class. */
  max: number | null;
  colour: string;
  /** Pixels added to the circle's radius (graduated with size by value). */
  extraRadius: number;
  /** Places of the class among those shown. */
  count: number;
}

export interface PlaceClassification {
  style: PlaceStyle;
  /** The method drawn: graduated only for a field whose values are numbers. */
  method: PlaceStyle['method'];
  classes: StyleClass[];
  /** Graduated: the smallest value of each class after the first (the step expression's stops). */
  breaks: number[];
  valueOf(place: StyledPlace): StyleValue | null;
}

/** Nine colours told apart by colour-blind readers too (Paul Tol's "muted", darkest first). */
export const CATEGORY_PALETTE = [
  '#332288',
  '#117733',
  '#CC6677',
  '#44AA99',
  '#AA4499',
  '#999933',
  '#882255',
  '#88CCEE',
  '#DDCC77',
] as const;
export const OTHER_COLOUR = '#6E6E6E';
export const NO_VALUE_COLOUR = '#C4C4C4';
/** Light to dark (ColorBrewer's YlGnBu): more is darker, readable on the light land colour. */
const RAMP = ['#C7E9B4', '#7FCDBB', '#41B6C4', '#1D91C0', '#225EA8', '#253494', '#081D58'] as const;
/** The largest graduated class grows the circle by this many pixels. */
export const MAX_EXTRA_RADIUS = 7;

export function rampColours(count: number): string[] {
  if (count <= 1) return [RAMP[RAMP.length - 1]!];
  return Array.from({ length: count }, (_, index) => RAMP[Math.round((index * (RAMP.length - 1)) / (count - 1))]!);
}

/** A function from a place to its value of the field (`links`: how many links it has). */
export function fieldReader(
  field: string,
  links: readonly Pick<Link, 'fromPlaceId' | 'toPlaceId'>[],
): (place: StyledPlace) => StyleValue | null {
  const custom = customFieldName(field);
  if (custom !== null) {
    return (place) => {
      const value = Object.hasOwn(place.customFields, custom) ? place.customFields[custom] : null;
      if (value === null || value === undefined || value === '') return null;
      return typeof value === 'boolean' ? String(value) : value;
    };
  }
  switch (field) {
    case 'category':
      return (place) => place.category;
    case 'sector':
      return (place) => place.sector;
    case 'links': {
      const counts = new Map<number, number>();
      for (const link of links) {
        counts.set(link.fromPlaceId, (counts.get(link.fromPlaceId) ?? 0) + 1);
        if (link.toPlaceId !== link.fromPlaceId) counts.set(link.toPlaceId, (counts.get(link.toPlaceId) ?? 0) + 1);
      }
      return (place) => counts.get(place.id) ?? 0;
    }
    default:
      return (place) => getCategory(place.category).family;
  }
}

/** Whether a field can be graduated: it has values, and every value is a number. */
export function isNumericField(places: readonly StyledPlace[], read: (place: StyledPlace) => StyleValue | null) {
  let any = false;
  for (const place of places) {
    const value = read(place);
    if (value === null) continue;
    if (typeof value !== 'number') return false;
    any = true;
  }
  return any;
}

/** The classes of a place style, made from all the project's places (so the filter does not move them). */
export function classifyPlaces(
  style: PlaceStyle,
  all: readonly StyledPlace[],
  valueOf: (place: StyledPlace) => StyleValue | null,
  familyColours: Record<CategoryFamily, string>,
): PlaceClassification {
  const graduated = style.method === 'graduated' && isNumericField(all, valueOf);
  const result = graduated
    ? graduatedClasses(style, all, valueOf)
    : categoryClasses(style, all, valueOf, familyColours);
  return { style, method: graduated ? 'graduated' : 'categories', valueOf, ...result };
}

/** The same classes, each with how many of the places shown it holds. */
export function countClasses(classification: PlaceClassification, shown: readonly StyledPlace[]): PlaceClassification {
  const classes = classification.classes.map((entry) => ({ ...entry, count: 0 }));
  const counted = { ...classification, classes };
  for (const place of shown) {
    const index = classIndex(counted, classification.valueOf(place));
    if (index >= 0) classes[index]!.count++;
  }
  return counted;
}

function categoryClasses(
  style: PlaceStyle,
  all: readonly StyledPlace[],
  valueOf: (place: StyledPlace) => StyleValue | null,
  familyColours: Record<CategoryFamily, string>,
): { classes: StyleClass[]; breaks: number[] } {
  const make = (kind: StyleClass['kind'], value: StyleValue | null, colour: string): StyleClass => ({
    kind,
    value,
    max: null,
    colour,
    extraRadius: 0,
    count: 0,
  });
  if (isDefaultColouring(style)) {
    return { classes: CATEGORY_FAMILIES.map((family) => make('value', family, familyColours[family])), breaks: [] };
  }
  // NOTE: values as text, so 1 and "1" are one class (the map matches the text too).
  const counts = new Map<string, number>();
  let noValue = false;
  for (const place of all) {
    const value = valueOf(place);
    if (value === null) noValue = true;
    else counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  }
  const values = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, 'en', { numeric: true }),
  );
  const classes = values
    .slice(0, CATEGORY_PALETTE.length)
    .map((value, index) => make('value', value, CATEGORY_PALETTE[index]!));
  if (values.length > CATEGORY_PALETTE.length) classes.push(make('other', null, OTHER_COLOUR));
  if (noValue) classes.push(make('none', null, NO_VALUE_COLOUR));
  return { classes, breaks: [] };
}

/** Equal-count (quantile) classes: each holds about as many places; equal values stay together. */
function graduatedClasses(
  style: PlaceStyle,
  all: readonly StyledPlace[],
  valueOf: (place: StyledPlace) => StyleValue | null,
): { classes: StyleClass[]; breaks: number[] } {
  const values: number[] = [];
  let noValue = false;
  for (const place of all) {
    const value = valueOf(place);
    if (typeof value === 'number' && Number.isFinite(value)) values.push(value);
    else noValue = true;
  }
  values.sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let index = 1; index < style.classes; index++) {
    const candidate = values[Math.floor((index * values.length) / style.classes)]!;
    if (candidate > values[0]! && candidate !== breaks[breaks.length - 1]) breaks.push(candidate);
  }
  const lowers = [values[0]!, ...breaks];
  const colours = rampColours(lowers.length);
  const classes: StyleClass[] = lowers.map((lower, index) => {
    const next = lowers[index + 1];
    // The largest value below the next class's smallest (the classes' values, not the breaks).
    const max = next === undefined ? values[values.length - 1]! : largestBelow(values, next);
    return {
      kind: 'range',
      value: lower,
      max,
      colour: colours[index]!,
      extraRadius: style.sizeByValue && lowers.length > 1 ? (index * MAX_EXTRA_RADIUS) / (lowers.length - 1) : 0,
      count: 0,
    };
  });
  if (noValue)
    classes.push({ kind: 'none', value: null, max: null, colour: NO_VALUE_COLOUR, extraRadius: 0, count: 0 });
  return { classes, breaks };
}

function largestBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return sorted[Math.max(0, low - 1)]!;
}

/** The index of the class a value falls in (-1 when the classes have no place for it). */
export function classIndex(
  classification: Pick<PlaceClassification, 'classes' | 'breaks' | 'method'>,
  value: StyleValue | null,
): number {
  const { classes, breaks } = classification;
  if (value === null || (classification.method === 'graduated' && typeof value !== 'number')) {
    return classes.findIndex((entry) => entry.kind === 'none');
  }
  if (classification.method === 'graduated') {
    let index = 0;
    while (index < breaks.length && (value as number) >= breaks[index]!) index++;
    return index;
  }
  const text = String(value);
  const found = classes.findIndex((entry) => entry.kind === 'value' && entry.value === text);
  return found >= 0 ? found : classes.findIndex((entry) => entry.kind === 'other');
}
