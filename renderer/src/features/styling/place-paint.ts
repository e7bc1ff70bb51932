import type { ExpressionSpecification } from 'maplibre-gl';
import { isDefaultColouring } from '../../../../shared/model/place-style.js';
import type { CategoryFamily } from '../../../../shared/model/typology.js';
import { familyColourExpression } from '../../map/family-colours.js';
import type { PlacePaint, PlaceStyler, StyledPlace } from '../../map/place-style-types.js';
import { NO_VALUE_COLOUR, OTHER_COLOUR, type PlaceClassification } from './place-classes.js';

export type { PlacePaint, PlaceStyler };

// From a place style's classes to what the map draws: each place feature carries its value
// (`styleValue`, left out when it has none) and its label (`label`); the circle layer's colour
// and size are `match` / `step` expressions over that value, so a new style or colour is a paint
// change, and only a new field or new data rebuilds the places' source.

const VALUE: ExpressionSpecification = ['get', 'styleValue'];
const HAS_VALUE: ExpressionSpecification = ['has', 'styleValue'];
const expression = (parts: unknown[]) => parts as unknown as ExpressionSpecification;

function stepExpression(outputs: readonly (string | number)[], breaks: readonly number[]): unknown {
  if (breaks.length === 0) return outputs[0];
  return ['step', VALUE, outputs[0], ...breaks.flatMap((lower, index) => [lower, outputs[index + 1]])];
}

export function placePaint(
  classification: PlaceClassification,
  familyColours: Record<CategoryFamily, string>,
): PlacePaint {
  const { style, classes, breaks, method } = classification;
  const label =
    style.labelBy === 'none'
      ? null
      : expression(style.labelBy === 'name' ? ['get', 'name'] : ['coalesce', ['get', 'label'], '']);
  if (isDefaultColouring(style)) {
    return { colour: familyColourExpression(familyColours) as ExpressionSpecification, extraRadius: 0, label };
  }
  const ranges = classes.filter((entry) => entry.kind === 'range');
  if (method === 'graduated') {
    const colour = expression([
      'case',
      HAS_VALUE,
      stepExpression(
        ranges.map((entry) => entry.colour),
        breaks,
      ),
      NO_VALUE_COLOUR,
    ]);
    const sized = ranges.some((entry) => entry.extraRadius > 0);
    const extraRadius = sized
      ? expression([
          'case',
          HAS_VALUE,
          stepExpression(
            ranges.map((entry) => entry.extraRadius),
            breaks,
          ),
          0,
        ])
      : 0;
    return { colour, extraRadius, label };
  }
  const pairs = classes
    .filter((entry) => entry.kind === 'value')
    .flatMap((entry) => [String(entry.value), entry.colour]);
  const match = pairs.length > 0 ? ['match', ['to-string', VALUE], ...pairs, OTHER_COLOUR] : OTHER_COLOUR;
  return { colour: expression(['case', HAS_VALUE, match, NO_VALUE_COLOUR]), extraRadius: 0, label };
}

/**
 * The styler of the place features, or null when the default style needs nothing beyond the
 * kind and name every feature has. `labelOf` turns a value into the words the map shows.
 */
export function placeStyler(
  classification: Pick<PlaceClassification, 'style' | 'method' | 'valueOf'>,
  labelOf: ((place: StyledPlace) => string | undefined) | null,
): PlaceStyler | null {
  const { style, method, valueOf } = classification;
  const coloured = !isDefaultColouring(style);
  if (!coloured && labelOf === null) return null;
  return {
    value(place) {
      if (!coloured) return undefined;
      const value = valueOf(place);
      if (value === null) return undefined;
      if (method === 'graduated') return typeof value === 'number' ? value : undefined;
      return String(value);
    },
    label: (place) => labelOf?.(place),
  };
}
