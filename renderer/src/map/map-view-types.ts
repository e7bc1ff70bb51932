import type { FeatureCollection, Polygon } from 'geojson';
import type { Quarter } from '../../../shared/model/schemas.js';
import type { Notice } from '../i18n/notice.js';
import type { DrawTool } from './draw-controller.js';
import type { PlacePaint } from './place-style-types.js';
import type { LinkCollection, PlaceCollection } from './project-geojson.js';

/** What the map draws: the project's data as GeoJSON (memoised), its colours and the selection. */
export interface MapLayers {
  /** Whether the project data has been read (until then the sources are empty on purpose). */
  dataReady: boolean;
  places: PlaceCollection;
  links: LinkCollection;
  routes: FeatureCollection;
  quarters: FeatureCollection;
  quarterLabels: FeatureCollection;
  /** The saved areas, which the Select tool reshapes. */
  quarterList: readonly Quarter[];
  bounds: [number, number, number, number] | null;
  selectedPlaceId: number | null;
  /** The area open in the area panel (feature-state on the areas source). */
  selectedAreaId: number | null;
  /** How places are coloured, sized and named (features/styling/place-paint.ts). */
  placePaint: PlacePaint;
  /** Whether the heatmap of creative firms is on; `creativeFirms` feeds it. */
  heatmap: boolean;
  creativeFirms: FeatureCollection;
  /** The highlighted links of the selected place (feature-state). */
  highlightedLinkIds: readonly number[];
  /** Draft quarters the analysis dock proposes (dashed until saved as areas). */
  proposedQuarters: FeatureCollection;
}

/** How the map's tools (app/map-tools) hear of clicks, drags and drawings, and what they show. */
export interface MapToolBindings {
  addMode: boolean;
  draftPosition: [number, number] | null;
  /** The terra-draw tool on, if any. */
  drawTool: DrawTool | null;
  /** A serial that changes when the drawn shape must go (saved or cancelled). */
  drawResetKey: number;
  /** Whether dragging a place moves it (not while drawing or linking). */
  canDragPlaces: boolean;
  /** Shift+click / Shift+drag pick places (the Select tool). */
  multiSelect: boolean;
  pickedPlaceIds: readonly number[];
  /** What the active tool expects, shown over the map. */
  hint: Notice | null;
  onSelectPlace(id: number): void;
  onPickPlaces(ids: number[], toggle: boolean): void;
  onMovePlaces(moves: { id: number; position: [number, number] }[]): Promise<boolean>;
  onAreaDrawn(polygon: Polygon): void;
  onRouteDrawn(positions: [number, number][]): void;
  onAreaChanged(quarterId: number, polygon: Polygon): void;
  onAreaSelected(quarterId: number | null): void;
  onPickPosition(position: [number, number]): void;
  onMovePlace(id: number, position: [number, number]): Promise<boolean>;
}
