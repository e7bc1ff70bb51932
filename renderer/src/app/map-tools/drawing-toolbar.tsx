import { mapToolMessages as m } from '../../../../shared/i18n/messages/ui/map-tools.js';
import type { MessageDescriptor } from '../../../../shared/i18n/define-messages.js';
import { useT } from '../../i18n/i18n-context.js';
import { focusMap, useMapHandle } from '../../map/map-handle.js';
import { useWorkspace } from '../project/workspace-context.js';
import type { MapTool } from './map-tool.js';
import { useMapTools } from './map-tools-context.js';

const TOOLS: { tool: Exclude<MapTool, 'browse'>; label: MessageDescriptor; title: MessageDescriptor; icon: string }[] =
  [
    { tool: 'edit', label: m.select, title: m.selectTitle, icon: 'M5 3l14 8-6 1.5L10 19z' },
    {
      tool: 'place',
      label: m.place,
      title: m.placeTitle,
      icon: 'M12 21s-6-6.2-6-11a6 6 0 0 1 12 0c0 4.8-6 11-6 11zM12 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
    },
    { tool: 'route', label: m.route, title: m.routeTitle, icon: 'M4 19l5-8 5 4 6-10' },
    { tool: 'area', label: m.area, title: m.areaTitle, icon: 'M4 7l7-4 9 5-2 11-12 1z' },
    {
      tool: 'link',
      label: m.link,
      title: m.linkTitle,
      icon: 'M5 17a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM19 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM7 14c4-1 7-3 10-5',
    },
  ];

/** Tools the keyboard can use on the map (map/keyboard-drawing.ts). */
const KEYBOARD_TOOLS: ReadonlySet<MapTool> = new Set(['place', 'route', 'area']);

/** Tools on the map's edge: pick one, pick it again (or press Esc) to go back to browsing. A tool
 *  picked with the keyboard that the keyboard can use gives the map the focus, ready for Enter. */
export function DrawingToolbar() {
  const t = useT();
  const mapRef = useMapHandle();
  const { ready } = useWorkspace();
  const { tool, chooseTool, select } = useMapTools();
  return (
    <div className="draw-toolbar" role="toolbar" aria-label={t.t(m.toolbarLabel)} data-testid="draw-toolbar">
      {TOOLS.map((entry) => (
        <button
          key={entry.tool}
          type="button"
          className="draw-toolbar__button"
          aria-pressed={tool === entry.tool}
          title={t.t(entry.title)}
          disabled={!ready}
          data-testid={`tool-${entry.tool}`}
          onClick={(event) => {
            const next = tool === entry.tool ? 'browse' : entry.tool;
            chooseTool(next);
            // NOTE: a click from the keyboard (Enter or Space) has no pointer, so detail is 0.
            if (event.detail === 0 && KEYBOARD_TOOLS.has(next)) focusMap(mapRef);
          }}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              d={entry.icon}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{t.t(entry.label)}</span>
        </button>
      ))}
      <button
        type="button"
        className="draw-toolbar__button draw-toolbar__button--danger"
        title={t.t(m.deleteTitle)}
        disabled={!ready || !select.canDelete}
        data-testid="tool-delete"
        onClick={() => void select.deleteSelection()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t.t(m.delete)}</span>
      </button>
    </div>
  );
}
