import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { stylingMessages as m } from '../../../../shared/i18n/messages/ui/styling.js';
import type { CategoryFamily } from '../../../../shared/model/typology.js';
import { useApi } from '../../api/api-context.js';
import { useNotices } from '../../app/notices.js';
import { errorNotice } from '../../i18n/notice.js';
import { DEFAULT_PLACE_STYLE, type PlaceStyle } from '../../../../shared/model/place-style.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { classifyPlaces, countClasses, fieldReader, type PlaceClassification } from './place-classes.js';
import { placeLabeller } from './place-labels.js';
import { placePaint, placeStyler, type PlacePaint, type PlaceStyler } from './place-paint.js';
import { useMapStyle } from './use-map-style.js';

// The map's colours per kind of place and its place style (by which field places are coloured,
// sized and named; both saved in the project) and the heatmap switch, shared by the legend (where
// they are changed) and the map (where they are drawn).

export interface Styling {
  familyColours: Record<CategoryFamily, string>;
  /** While the colour picker moves: draw with this colour, save nothing yet. */
  previewColour(family: CategoryFamily, colour: string): void;
  /** The picker closed on a colour: save it in the project. */
  commitColour(family: CategoryFamily, colour: string): void;
  heatmap: boolean;
  toggleHeatmap(): void;
  placeStyle: PlaceStyle;
  /** Saves a new place style in the project (null: back to a colour per kind, named). */
  setPlaceStyle(style: PlaceStyle | null): void;
  /** The classes the style makes of the project's places, counted over the places shown. */
  classification: PlaceClassification;
  placePaint: PlacePaint;
  /** What each place feature carries for the style (null: the default style needs nothing). */
  placeStyler: PlaceStyler | null;
}

const StylingContext = createContext<Styling | null>(null);

export function StylingProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { setError } = useNotices();
  const mapStyle = useMapStyle(api);
  const [previewColours, setPreviewColours] = useState<Partial<Record<CategoryFamily, string>>>({});
  const familyColours = useMemo(
    () => ({ ...mapStyle.familyColours, ...previewColours }),
    [mapStyle.familyColours, previewColours],
  );
  const [heatmap, setHeatmap] = useState(false);
  const previewColour = useCallback((family: CategoryFamily, colour: string) => {
    setPreviewColours((current) => ({ ...current, [family]: colour }));
  }, []);
  const commitColour = useCallback(
    (family: CategoryFamily, colour: string) => {
      mapStyle.setFamilyColour(family, colour).then(
        () => setError(null),
        (error: unknown) => setError(messageRef(m.colourSaveFailed, { reason: errorNotice(error) })),
      );
      // The saved style (or, on failure, the old colour) takes over from the preview.
      setPreviewColours((current) => {
        const { [family]: _done, ...rest } = current;
        return rest;
      });
    },
    [mapStyle, setError],
  );
  const toggleHeatmap = useCallback(() => setHeatmap((on) => !on), []);
  // The style chosen shows at once (a checkbox must not spring back while the project saves it).
  const [pendingStyle, setPendingStyle] = useState<PlaceStyle | null>(null);
  const placeStyle = pendingStyle ?? mapStyle.placeStyle;
  const { setPlaceStyle: savePlaceStyle } = mapStyle;
  const setPlaceStyle = useCallback(
    (style: PlaceStyle | null) => {
      const shown = style ?? DEFAULT_PLACE_STYLE;
      setPendingStyle(shown);
      savePlaceStyle(style)
        .then(
          () => setError(null),
          (error: unknown) => setError(messageRef(m.styleSaveFailed, { reason: errorNotice(error) })),
        )
        // The saved style (or, on failure, the one before) takes over once it is read again;
        // a later choice still waiting keeps showing.
        .finally(() => setPendingStyle((current) => (current === shown ? null : current)));
    },
    [savePlaceStyle, setError],
  );
  const t = useT();
  const { data, visiblePlaces } = useWorkspace();
  // NOTE: only what the map draws rebuilds the places' source: a filter change or a colour moves
  // the counts or the paint, not each place's value (the number of links is read again only
  // when places are styled by it).
  const { colourBy } = placeStyle;
  const linksRead = colourBy === 'links' ? data.links : null;
  const valueOf = useMemo(() => fieldReader(colourBy, linksRead ?? []), [colourBy, linksRead]);
  const classes = useMemo(
    () => classifyPlaces(placeStyle, data.places, valueOf, familyColours),
    [placeStyle, data.places, valueOf, familyColours],
  );
  const classification = useMemo(() => countClasses(classes, visiblePlaces), [classes, visiblePlaces]);
  const paint = useMemo(() => placePaint(classes, familyColours), [classes, familyColours]);
  const { method } = classes;
  const styler = useMemo(
    () => placeStyler({ style: placeStyle, method, valueOf }, placeLabeller(t, placeStyle.labelBy)),
    [placeStyle, method, valueOf, t],
  );
  const value = useMemo(
    () => ({
      familyColours,
      previewColour,
      commitColour,
      heatmap,
      toggleHeatmap,
      placeStyle,
      setPlaceStyle,
      classification,
      placePaint: paint,
      placeStyler: styler,
    }),
    [
      familyColours,
      previewColour,
      commitColour,
      heatmap,
      toggleHeatmap,
      placeStyle,
      setPlaceStyle,
      classification,
      paint,
      styler,
    ],
  );
  return <StylingContext.Provider value={value}>{children}</StylingContext.Provider>;
}

export function useStyling(): Styling {
  const styling = useContext(StylingContext);
  if (!styling) throw new Error('useStyling() needs a <StylingProvider> above it');
  return styling;
}
