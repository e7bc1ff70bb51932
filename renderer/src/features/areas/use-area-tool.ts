import type { Polygon } from 'geojson';
import { useCallback, useState } from 'react';
import { areaPolygonProblemMessage } from '../../../../shared/geo/area-polygon-problem.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { areaMessages as m } from '../../../../shared/i18n/messages/ui/areas.js';
import { mapToolMessages } from '../../../../shared/i18n/messages/ui/map-tools.js';
import type { Quarter } from '../../../../shared/model/schemas.js';
import type { QuarterKindId } from '../../../../shared/model/typology.js';
import type { ToolDeps } from '../../app/map-tools/tool-deps.js';

// The Area tool: a drawn outline is checked (closed, no crossing edges) before a form asks for
// the area's name and kind; saving is one API call.

export function useAreaTool(on: boolean, { api, setStatus, setError, resetDrawing }: ToolDeps) {
  const [draftArea, setDraftArea] = useState<Polygon | null>(null);

  const onAreaDrawn = useCallback(
    (polygon: Polygon) => {
      const problem = areaPolygonProblemMessage(polygon);
      if (problem) {
        setError(problem);
        resetDrawing();
        return;
      }
      setError(null);
      setDraftArea(polygon);
    },
    [resetDrawing, setError],
  );

  const createArea = useCallback(
    async (input: { name: string; kind: QuarterKindId }) => {
      if (!draftArea) return;
      const quarter = await api.createQuarter({ ...input, geometry: draftArea as Quarter['geometry'] });
      setDraftArea(null);
      resetDrawing();
      setStatus(messageRef(m.saved, { name: quarter.name }));
    },
    [api, draftArea, resetDrawing, setStatus],
  );

  const cancelArea = useCallback(() => {
    setDraftArea(null);
    resetDrawing();
  }, [resetDrawing]);

  return {
    draftArea,
    onAreaDrawn,
    createArea,
    cancelArea,
    clear: useCallback(() => setDraftArea(null), []),
    drawing: on && !draftArea,
    hint: on && !draftArea ? messageRef(mapToolMessages.hintArea) : null,
  };
}
