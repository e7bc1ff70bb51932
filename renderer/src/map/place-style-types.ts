import type { ExpressionSpecification } from 'maplibre-gl';
import type { Place } from '../../../shared/model/schemas.js';

// What the map needs of a place style (features/styling makes them): the paint of the places'
// circles and labels, and what each place feature carries for it.

/** The circle and label paint of the places: expressions over each feature's style properties. */
export interface PlacePaint {
  colour: ExpressionSpecification;
  /** Pixels added to the circle radius (0 unless graduated with size by value). */
  extraRadius: ExpressionSpecification | number;
  /** The label layer's text, or null to draw no labels (the selected place stays named). */
  label: ExpressionSpecification | null;
}

/** What each place feature carries for the style: its value and its label (absent: none). */
export interface PlaceStyler {
  value(place: StyledPlace): string | number | undefined;
  label(place: StyledPlace): string | undefined;
}

/** The fields of a place a style reads (the lean first paint has no custom fields: empty). */
export type StyledPlace = Pick<Place, 'id' | 'category' | 'sector' | 'customFields'>;
