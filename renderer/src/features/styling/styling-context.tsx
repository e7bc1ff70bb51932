import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { stylingMessages as m } from '../../../../shared/i18n/messages/ui/styling.js';
import type { CategoryFamily } from '../../../../shared/model/typology.js';
import { useApi } from '../../api/api-context.js';
import { useNotices } from '../../app/notices.js';
import { errorNotice } from '../../i18n/notice.js';
import { useMapStyle } from './use-map-style.js';

// The map's colours per kind of place (saved in the project) and the heatmap switch, shared by
// the legend (where they are changed) and the map (where they are drawn).

export interface Styling {
  familyColours: Record<CategoryFamily, string>;
  /** While the colour picker moves: draw with this colour, save nothing yet. */
  previewColour(family: CategoryFamily, colour: string): void;
  /** The picker closed on a colour: save it in the project. */
  commitColour(family: CategoryFamily, colour: string): void;
  heatmap: boolean;
  toggleHeatmap(): void;
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
  const value = useMemo(
    () => ({ familyColours, previewColour, commitColour, heatmap, toggleHeatmap }),
    [familyColours, previewColour, commitColour, heatmap, toggleHeatmap],
  );
  return <StylingContext.Provider value={value}>{children}</StylingContext.Provider>;
}

export function useStyling(): Styling {
  const styling = useContext(StylingContext);
  if (!styling) throw new Error('useStyling() needs a <StylingProvider> above it');
  return styling;
}
